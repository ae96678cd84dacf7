import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type {
  Audit,
  AuditHeadline,
  AuditListItem,
  AuditListPage,
  AuditProtocol,
  AuditRating,
  AuditStatusChange,
  AuditTrailEntry,
} from '@rcp/api-contract';
import { headlineFigures } from '@rcp/scoring';
import { EntityManager } from 'typeorm';
import { Actor, canReachCouncil } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { scoreAuditData } from './audit-scoring';
import { AUDIT_LIST_LIMIT, ListAuditsQuery } from './audit.dto';
import { AuditRow, AuditsRepository } from './audits.repository';
import { RatingsRepository } from './ratings.repository';

/** Reading audits: lists, one audit with live scores for drafts, its trail; and who may edit. */
@Injectable()
export class AuditReadsService {
  constructor(
    private readonly audits: AuditsRepository,
    private readonly ratings: RatingsRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  /**
   * One page of a council's audits. Submitted audits carry their stored figures, drafts the
   * headline stored at their current version: the list scores nothing unless a draft changed
   * by a path that did not store it (then once, and stored for the next read).
   */
  async list(councilId: string, query: ListAuditsQuery = {}): Promise<AuditListPage> {
    const page = { limit: query.limit ?? AUDIT_LIST_LIMIT.default, offset: query.offset ?? 0 };
    const rows = await this.audits.listPage(councilId, page);
    const total = await this.audits.countByCouncil(councilId);
    const items: AuditListItem[] = [];
    for (const row of rows) {
      const item = this.listItem(row);
      if (row.status !== 'submitted') item.headline = await this.draftHeadline(row);
      items.push(item);
    }
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<Audit> {
    return this.load(await this.reachable(actor, id));
  }

  async trail(actor: Actor, id: string): Promise<AuditTrailEntry[]> {
    await this.reachable(actor, id);
    return this.audits.trailOf(id);
  }

  /** The audit, if the actor may see it; another council's audit is "not found". */
  async reachable(actor: Actor, id: string, lock = false, m?: EntityManager): Promise<AuditRow> {
    const row = await this.audits.findById(id, lock, m);
    if (!row || !canReachCouncil(actor, row.council_id))
      throw new NotFoundException('Audit not found.');
    return row;
  }

  assertEditable(actor: Actor, row: AuditRow): void {
    if (actor.role !== 'lead')
      throw new ForbiddenException('Only the council lead can change an audit.');
    if (row.status !== 'draft') {
      throw new ConflictException(
        'This audit has been submitted and is locked. The council lead can reopen it.',
      );
    }
  }

  async scoringOf(row: AuditRow) {
    return (await this.frameworks.version(row.framework_number)).scoring;
  }

  /** The whole audit; a draft's headline is scored live by the shared scoring lib. */
  async load(row: AuditRow, m?: EntityManager): Promise<Audit> {
    const protocols = await this.audits.protocolsOf(row.id, m);
    const ratings = await this.ratings.listByAudit(row.id, m);
    const item = this.listItem(row);
    if (row.status !== 'submitted') {
      item.headline = await this.liveHeadline(row, protocols, ratings);
      if (!storedHeadline(row)) {
        await this.audits.storeDraftHeadline(row.id, row.version, item.headline, m);
      }
    }
    return {
      ...item,
      version: row.version,
      protocols,
      ratings,
      reopenedReason: row.reopened_reason,
    };
  }

  /**
   * The audit after submit or reopen, without its protocols and ratings (neither changes them):
   * a submitted audit's stored headline, a reopened one's scored again.
   */
  async statusChange(row: AuditRow, m?: EntityManager): Promise<AuditStatusChange> {
    const item = this.listItem(row);
    if (row.status !== 'submitted') item.headline = await this.draftHeadline(row, m);
    return { ...item, version: row.version, reopenedReason: row.reopened_reason };
  }

  /** A draft's headline: as stored at its current version, else scored now and stored. */
  private async draftHeadline(row: AuditRow, m?: EntityManager): Promise<AuditHeadline> {
    const stored = storedHeadline(row);
    if (stored) return stored;
    const [protocols, ratings] = [
      await this.audits.protocolsOf(row.id, m),
      await this.ratings.listByAudit(row.id, m),
    ];
    const headline = await this.liveHeadline(row, protocols, ratings);
    await this.audits.storeDraftHeadline(row.id, row.version, headline, m);
    return headline;
  }

  private async liveHeadline(
    row: AuditRow,
    protocols: AuditProtocol[],
    ratings: AuditRating[],
  ): Promise<AuditHeadline> {
    const live = scoreAuditData(await this.scoringOf(row), protocols, ratings, row.perspectives);
    return headlineFigures(live.summary);
  }

  private listItem(row: AuditRow): AuditListItem {
    return {
      id: row.id,
      councilId: row.council_id,
      label: row.label,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      status: row.status,
      frameworkVersion: row.framework_number,
      perspectives: row.perspectives,
      submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
      headline: {
        index: row.index_score,
        provisional: row.provisional ?? true,
        coverage: row.coverage ?? 0,
        protocolLoad: row.protocol_load ?? 0,
        mismatchCount: row.mismatch_count ?? 0,
        classCounts: row.class_counts ?? {
          enabling: 0,
          mixed: 0,
          neutral: 0,
          inhibiting: 0,
          unscored: 0,
        },
        widerIndex: row.wider_index,
        widerProtocolLoad: row.wider_protocol_load ?? 0,
        widerMismatchCount: row.wider_mismatch_count ?? 0,
      },
    };
  }
}

/** The draft's stored headline when it was scored at the audit's current version. */
function storedHeadline(row: AuditRow): AuditHeadline | null {
  return row.draft_headline && row.draft_headline_version === row.version
    ? row.draft_headline
    : null;
}
