import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Audit, AuditStatusChange } from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { headlineFigures } from '@rcp/scoring';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { staleVersion } from '../common/conflicts';
import { ukToday } from '../common/uk-date';
import { FrameworksService } from '../frameworks/frameworks.service';
import { AuditReadsService } from './audit-reads.service';
import { scoreAuditData } from './audit-scoring';
import { storeSummaries } from './audit-summaries.queries';
import { CreateAuditDto } from './audit.dto';
import { AuditsRepository } from './audits.repository';
import { RatingsRepository } from './ratings.repository';

function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({
    message: 'The request has invalid fields.',
    errors: [{ field, messages: [message] }],
  });
}

/** An audit's life: started (one open draft per council), submitted, reopened. */
@Injectable()
export class AuditLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsRepository,
    private readonly ratings: RatingsRepository,
    private readonly reads: AuditReadsService,
    private readonly trail: AuditTrailService,
    private readonly frameworks: FrameworksService,
  ) {}

  /**
   * A new audit for a period that has ended or is under way, on the latest published framework,
   * covering every active protocol. Ratings from the council's last submitted audit are pre-filled
   * as "carried forward". A council has one open draft at a time.
   */
  async create(actor: Actor, councilId: string, dto: CreateAuditDto): Promise<Audit> {
    if (dto.periodEnd < dto.periodStart)
      throw invalidField('periodEnd', 'must be on or after the start of the period');
    if (dto.periodEnd > ukToday())
      throw invalidField(
        'periodEnd',
        'cannot be in the future: audit a period that has ended or ends today',
      );
    const perspectives: Perspective[] = dto.perspectives?.length
      ? [...new Set(dto.perspectives)]
      : ['leadership'];
    if (!perspectives.includes('leadership')) perspectives.unshift('leadership');
    const framework = await this.frameworks.current();
    return this.db.transaction(async (m) => {
      const draft = await this.audits.lockCouncilAndFindDraft(councilId, m);
      if (draft) throw this.draftOpen(draft.label);
      const id = await this.audits.insertWithRegister(
        {
          councilId,
          label: dto.label,
          periodStart: dto.periodStart,
          periodEnd: dto.periodEnd,
          frameworkNumber: framework.number,
          perspectives,
          createdBy: actor.userId,
        },
        m,
      );
      const previous = await this.audits.latestSubmittedId(councilId, id, m);
      const keys = framework.items.filter((i) => i.layer === 'principle').map((i) => i.key);
      const carried = previous
        ? await this.ratings.carryForward(id, previous, keys, perspectives, m)
        : 0;
      await this.trail.record(
        actor,
        {
          action: 'audit.created',
          councilId,
          entityType: 'audit',
          entityId: id,
          after: {
            label: dto.label,
            periodStart: dto.periodStart,
            periodEnd: dto.periodEnd,
            perspectives,
            frameworkVersion: framework.number,
            carriedForwardFrom: previous ?? null,
            carriedForward: carried,
          },
        },
        m,
      );
      return this.reads.load(await this.reads.reachable(actor, id, false, m), m);
    });
  }

  /** Locks the audit and stores its summaries, all computed by the shared scoring lib, in one transaction. */
  async submit(actor: Actor, id: string, version: number): Promise<AuditStatusChange> {
    return this.db.transaction(async (m) => {
      const row = await this.reads.reachable(actor, id, true, m);
      this.reads.assertEditable(actor, row);
      if (row.version !== version) throw staleVersion('this audit');
      const protocols = await this.audits.protocolsOf(id, m);
      const ratings = await this.ratings.listByAudit(id, m);
      const scoring = await this.reads.scoringOf(row);
      const scores = scoreAuditData(scoring, protocols, ratings, row.perspectives);
      await storeSummaries(m, id, scores, actor.userId);
      await this.trail.record(
        actor,
        {
          action: 'audit.submitted',
          councilId: row.council_id,
          entityType: 'audit',
          entityId: id,
          after: headlineFigures(scores.summary),
        },
        m,
      );
      return this.reads.statusChange(await this.reads.reachable(actor, id, false, m), m);
    });
  }

  /** Unlocks a submitted audit (leads only, with a reason); its stored summaries are withdrawn. */
  async reopen(
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<AuditStatusChange> {
    return this.db.transaction(async (m) => {
      const probe = await this.reads.reachable(actor, id, false, m);
      if (actor.role !== 'lead')
        throw new ForbiddenException('Only the council lead can reopen an audit.');
      // The council's lock first (as a start takes it), then the audit's.
      const draft = await this.audits.lockCouncilAndFindDraft(probe.council_id, m);
      const row = await this.reads.reachable(actor, id, true, m);
      if (row.status !== 'submitted') throw new ConflictException('This audit is not submitted.');
      if (row.version !== version) throw staleVersion('this audit');
      if (draft) throw this.draftOpen(draft.label);
      await this.audits.reopen(id, reason, m);
      await this.trail.record(
        actor,
        {
          action: 'audit.reopened',
          councilId: row.council_id,
          entityType: 'audit',
          entityId: id,
          before: { status: 'submitted' },
          after: { status: 'draft', reason },
        },
        m,
      );
      return this.reads.statusChange(await this.reads.reachable(actor, id, false, m), m);
    });
  }

  /**
   * Discards a draft that was never submitted (started by mistake, or for the wrong period), so
   * another can be started. A reopened audit has a submitted history and cannot be discarded.
   */
  async discard(actor: Actor, id: string, version: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const row = await this.reads.reachable(actor, id, true, m);
      this.reads.assertEditable(actor, row);
      if (row.version !== version) throw staleVersion('this audit');
      if (row.reopened_reason !== null)
        throw new ConflictException(
          'This audit was submitted before and has a history: submit it again instead of discarding it.',
        );
      await this.audits.delete(id, m);
      await this.trail.record(
        actor,
        {
          action: 'audit.discarded',
          councilId: row.council_id,
          entityType: 'audit',
          entityId: id,
          before: { label: row.label, periodStart: row.period_start, periodEnd: row.period_end },
        },
        m,
      );
    });
  }

  private draftOpen(label: string): ConflictException {
    return new ConflictException(
      `This council already has an open draft audit ("${label}"). Submit it, or discard it if it was started by mistake, before starting another.`,
    );
  }
}
