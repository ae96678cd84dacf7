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
  AuditProtocol,
  AuditRating,
  AuditTrailEntry,
} from '@rcp/api-contract';
import { headlineFigures } from '@rcp/scoring';
import { EntityManager } from 'typeorm';
import { Actor, canReachCouncil } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { scoreAuditData } from './audit-scoring';
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

  async list(councilId: string): Promise<AuditListItem[]> {
    const rows = await this.audits.listByCouncil(councilId);
    const items: AuditListItem[] = [];
    for (const row of rows) {
      // A council has at most one draft: score it live; submitted audits carry stored numbers.
      const item = this.listItem(row);
      if (row.status !== 'submitted') {
        const [protocols, ratings] = [
          await this.audits.protocolsOf(row.id),
          await this.ratings.listByAudit(row.id),
        ];
        item.headline = await this.liveHeadline(row, protocols, ratings);
      }
      items.push(item);
    }
    return items;
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
    if (row.status !== 'submitted')
      item.headline = await this.liveHeadline(row, protocols, ratings);
    return {
      ...item,
      version: row.version,
      protocols,
      ratings,
      reopenedReason: row.reopened_reason,
    };
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
