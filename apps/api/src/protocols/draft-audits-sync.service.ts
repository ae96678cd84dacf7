import { Injectable } from '@nestjs/common';
import type { Protocol } from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { AuditCopyFields, DraftAuditsRepository } from './draft-audits.repository';

/** What an audit holds of a register entry: the fields its scores depend on. */
type AuditView = Pick<Protocol, 'id'> & AuditCopyFields & { reason?: string };

function auditView(p: Protocol): AuditView {
  const { id, name, category, type, serviceArea, scope, contextNeed, reach } = p;
  return { id, name, category, type, serviceArea, scope, contextNeed, reach };
}

/**
 * Draft audits follow the register; submitted audits keep what they were scored on. Each call runs
 * inside the register change's transaction, after the protocol row was written.
 */
@Injectable()
export class DraftAuditsSyncService {
  constructor(
    private readonly drafts: DraftAuditsRepository,
    private readonly audit: AuditTrailService,
  ) {}

  /** A protocol added while an audit is in draft joins that audit. */
  async protocolAdded(m: EntityManager, actor: Actor, protocol: Protocol): Promise<void> {
    await this.drafts.lockByCouncil(protocol.councilId, m);
    const joined = await this.drafts.addProtocol(protocol.councilId, protocol.id, protocol, m);
    await this.noteInDraftAudits(m, actor, protocol.councilId, joined, {
      action: 'audit.protocol-added',
      after: auditView(protocol),
    });
  }

  /** Draft audits take the edited fields; their trail notes the change if it reaches their scores. */
  async protocolChanged(
    m: EntityManager,
    actor: Actor,
    copy: AuditCopyFields,
    before: Protocol,
    after: Protocol,
  ): Promise<void> {
    await this.drafts.lockByCouncil(after.councilId, m);
    const followed = await this.drafts.updateProtocol(after.id, copy, m);
    const [was, now] = [auditView(before), auditView(after)];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      await this.noteInDraftAudits(m, actor, after.councilId, followed, {
        action: 'audit.protocol-changed',
        before: was,
        after: now,
      });
    }
  }

  /** Its ratings in draft audits go with it (the trail says so); submitted audits keep theirs. */
  async protocolRetired(
    m: EntityManager,
    actor: Actor,
    before: Protocol,
    after: Protocol,
    reason: string,
  ): Promise<void> {
    await this.drafts.lockByCouncil(after.councilId, m);
    const left = await this.drafts.removeProtocol(after.id, m);
    await this.noteInDraftAudits(m, actor, after.councilId, left, {
      action: 'audit.protocol-retired',
      before: auditView(before),
      after: { ...auditView(after), reason },
    });
  }

  /** A restored protocol rejoins the audits still in draft, unrated, as a new one would. */
  async protocolRestored(
    m: EntityManager,
    actor: Actor,
    after: Protocol,
    reason: string,
  ): Promise<void> {
    await this.drafts.lockByCouncil(after.councilId, m);
    const joined = await this.drafts.addProtocol(after.councilId, after.id, after, m);
    await this.noteInDraftAudits(m, actor, after.councilId, joined, {
      action: 'audit.protocol-restored',
      after: { ...auditView(after), reason },
    });
  }

  /**
   * A register change that reaches draft audits is a change to those audits too: it moves their
   * version on (an editor with the grid open gets a conflict, never a silent change) and goes into
   * each audit's trail.
   */
  private async noteInDraftAudits(
    m: EntityManager,
    actor: Actor,
    councilId: string,
    auditIds: string[],
    event: { action: string; before?: AuditView; after?: AuditView },
  ): Promise<void> {
    const ids = [...new Set(auditIds)];
    if (ids.length === 0) return;
    await this.drafts.bumpVersions(ids, m);
    for (const id of ids) {
      await this.audit.record(actor, { ...event, councilId, entityType: 'audit', entityId: id }, m);
    }
  }
}
