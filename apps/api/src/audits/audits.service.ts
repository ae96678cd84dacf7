import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Audit,
  AuditListItem,
  AuditProtocol,
  AuditRating,
  AuditTrailEntry,
  FieldError,
  FrameworkScoring,
  PerspectiveValue,
  PutRatingsResponse,
} from '@rcp/api-contract';
import { applicablePrinciples } from '@rcp/scoring';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor, canReachCouncil } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { headlineOf, scoreAuditData } from './audit-scoring';
import { storeSummaries } from './audit-summaries';
import { CreateAuditDto, PutRatingsDto, RatingWriteDto } from './audit.dto';

interface AuditRow {
  id: string;
  council_id: string;
  label: string;
  period_start: string;
  period_end: string;
  framework_version_id: string;
  framework_number: number;
  perspectives: PerspectiveValue[];
  status: 'draft' | 'submitted';
  submitted_at: Date | null;
  reopened_reason: string | null;
  version: number;
  index_score: number | null;
  wider_index: number | null;
  coverage: number | null;
  provisional: boolean | null;
  mismatch_count: number | null;
  protocol_load: number | null;
}

interface RatingRow {
  protocol_id: string;
  principle_key: string;
  perspective: PerspectiveValue;
  value: number | null;
  evidence_text: string | null;
  evidence_date: string | null;
  evidence_url: string | null;
  carried_forward: boolean;
  rated_at: Date;
  rated_by: string | null;
}

const AUDIT_SELECT = `a.id, a.council_id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
  to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.framework_version_id, fv.number AS framework_number,
  a.perspectives, a.status, a.submitted_at, a.reopened_reason, a.version, a.index_score, a.wider_index, a.coverage,
  a.provisional, a.mismatch_count, a.protocol_load`;

const RATING_SELECT = `protocol_id, principle_key, perspective, value, evidence_text,
  to_char(evidence_date, 'YYYY-MM-DD') AS evidence_date, evidence_url, carried_forward, rated_at, rated_by`;

function toRating(r: RatingRow): AuditRating {
  return {
    protocolId: r.protocol_id,
    principleKey: r.principle_key,
    perspective: r.perspective,
    value: r.value as AuditRating['value'],
    evidence: r.evidence_text
      ? { text: r.evidence_text, date: r.evidence_date ?? '', url: r.evidence_url }
      : null,
    carriedForward: r.carried_forward,
    ratedAt: r.rated_at.toISOString(),
    ratedBy: r.rated_by,
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class AuditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditTrailService,
    private readonly frameworks: FrameworksService,
  ) {}

  async list(councilId: string): Promise<AuditListItem[]> {
    const rows = (await this.db.query(
      `SELECT ${AUDIT_SELECT} FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 ORDER BY a.period_end DESC, a.created_at DESC`,
      [councilId],
    )) as AuditRow[];
    const items: AuditListItem[] = [];
    for (const row of rows) {
      if (row.status === 'submitted') {
        items.push(this.listItem(row));
      } else {
        // Drafts are few (one per council at a time, usually): score them live.
        const full = await this.load(this.db.manager, row);
        items.push(this.listItem(row, full));
      }
    }
    return items;
  }

  /**
   * A new audit for a period, on the latest published framework, covering every active protocol.
   * Ratings from the council's last submitted audit are pre-filled as "carried forward".
   */
  async create(actor: Actor, councilId: string, dto: CreateAuditDto): Promise<Audit> {
    if (dto.periodEnd < dto.periodStart) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'periodEnd', messages: ['must be on or after the start of the period'] }],
      });
    }
    const perspectives = dto.perspectives?.length
      ? [...new Set(dto.perspectives)]
      : ['leadership' as const];
    if (!perspectives.includes('leadership')) perspectives.unshift('leadership');
    const framework = await this.frameworks.current();
    return this.db.transaction(async (m) => {
      const [{ id: versionId }] = (await m.query(
        `SELECT id FROM framework_versions WHERE number = $1`,
        [framework.number],
      )) as Array<{ id: string }>;
      const [created] = (await m.query(
        `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, perspectives, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          councilId,
          dto.label,
          dto.periodStart,
          dto.periodEnd,
          versionId,
          perspectives,
          actor.userId,
        ],
      )) as Array<{ id: string }>;
      await m.query(
        `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
         SELECT $1, id, name, category, type, service_area, scope, context_need, reach
           FROM protocols WHERE council_id = $2 AND status = 'active'`,
        [created.id, councilId],
      );
      const [previous] = (await m.query(
        `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted' AND id <> $2
          ORDER BY period_end DESC, submitted_at DESC LIMIT 1`,
        [councilId, created.id],
      )) as Array<{ id: string }>;
      let carried = 0;
      if (previous) {
        // Carry forward only what still fits: protocols in this audit, principles of this framework
        // version, perspectives this audit collects. The original date stays, to show the age.
        const keys = framework.items.filter((i) => i.layer === 'principle').map((i) => i.key);
        const result = (await m.query(
          `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
             evidence_url, carried_forward, rated_at, rated_by)
           SELECT $1, r.protocol_id, r.principle_key, r.perspective, r.value, r.evidence_text, r.evidence_date,
                  r.evidence_url, true, r.rated_at, r.rated_by
             FROM ratings r
             JOIN audit_protocols ap ON ap.audit_id = $1 AND ap.protocol_id = r.protocol_id
            WHERE r.audit_id = $2 AND r.principle_key = ANY($3) AND r.perspective = ANY($4)
           RETURNING 1`,
          [created.id, previous.id, keys, perspectives],
        )) as unknown[];
        carried = result.length;
      }
      await this.audit.record(
        actor,
        {
          action: 'audit.created',
          councilId,
          entityType: 'audit',
          entityId: created.id,
          after: {
            label: dto.label,
            periodStart: dto.periodStart,
            periodEnd: dto.periodEnd,
            perspectives,
            frameworkVersion: framework.number,
            carriedForwardFrom: previous?.id ?? null,
            carriedForward: carried,
          },
        },
        m,
      );
      return this.load(m, await this.row(m, created.id));
    });
  }

  async get(actor: Actor, id: string): Promise<Audit> {
    return this.load(this.db.manager, await this.reachable(this.db.manager, actor, id));
  }

  /**
   * Upserts ratings in bulk, only if the caller read the current version (else 409 / 412 and nothing
   * written). ±2 needs evidence. Every changed cell goes into the audit trail with before and after.
   */
  async putRatings(
    actor: Actor,
    id: string,
    dto: PutRatingsDto,
    ifMatch?: number,
  ): Promise<PutRatingsResponse> {
    const expected = ifMatch ?? dto.version;
    if (expected === undefined) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [
          { field: 'version', messages: ['is required (in the body or as an If-Match header)'] },
        ],
      });
    }
    return this.db.transaction(async (m) => {
      const row = await this.reachable(m, actor, id, true);
      this.assertEditable(actor, row);
      if (row.version !== expected) {
        const message =
          'Someone else changed this audit since you loaded it. Reload to see their changes.';
        if (ifMatch !== undefined)
          throw new HttpException({ message }, HttpStatus.PRECONDITION_FAILED);
        throw new ConflictException({ message, currentVersion: row.version });
      }
      const scoring = await this.scoringOf(m, row.framework_version_id);
      const protocols = await this.protocolsOf(m, id);
      // Evidence already stored for a cell still counts when a write does not resend it.
      const withEvidence = new Set(
        (
          (await m.query(
            `SELECT protocol_id || '/' || principle_key || '/' || perspective AS cell FROM ratings
              WHERE audit_id = $1 AND evidence_text IS NOT NULL AND length(trim(evidence_text)) > 0`,
            [id],
          )) as Array<{ cell: string }>
        ).map((r) => r.cell),
      );
      this.validateWrites(dto.ratings, row, protocols, scoring, withEvidence);

      const stored: AuditRating[] = [];
      const trail: Array<{ before: AuditRating | null; after: AuditRating | null }> = [];
      for (const w of dto.ratings) {
        const perspective = w.perspective ?? 'leadership';
        const [before] = (await m.query(
          `SELECT ${RATING_SELECT} FROM ratings WHERE audit_id = $1 AND protocol_id = $2 AND principle_key = $3 AND perspective = $4`,
          [id, w.protocolId, w.principleKey, perspective],
        )) as RatingRow[];
        if (w.clear) {
          if (before) {
            await m.query(
              `DELETE FROM ratings WHERE audit_id = $1 AND protocol_id = $2 AND principle_key = $3 AND perspective = $4`,
              [id, w.protocolId, w.principleKey, perspective],
            );
            trail.push({ before: toRating(before), after: null });
          }
          continue;
        }
        const evidence =
          w.evidence === undefined
            ? before
              ? { text: before.evidence_text, date: before.evidence_date, url: before.evidence_url }
              : null
            : w.evidence;
        const [after] = (await m.query(
          `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
             evidence_url, carried_forward, rated_at, rated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, now(), $9)
           ON CONFLICT (audit_id, protocol_id, principle_key, perspective) DO UPDATE SET
             value = EXCLUDED.value, evidence_text = EXCLUDED.evidence_text, evidence_date = EXCLUDED.evidence_date,
             evidence_url = EXCLUDED.evidence_url, carried_forward = false, rated_at = now(), rated_by = EXCLUDED.rated_by
           RETURNING ${RATING_SELECT}`,
          [
            id,
            w.protocolId,
            w.principleKey,
            perspective,
            w.value ?? null,
            evidence?.text ?? null,
            evidence?.text ? evidence.date || today() : null,
            evidence?.text ? (evidence.url ?? null) : null,
            actor.userId,
          ],
        )) as RatingRow[];
        const rating = toRating(after);
        stored.push(rating);
        trail.push({ before: before ? toRating(before) : null, after: rating });
      }
      for (const change of trail) {
        const cell = change.after ?? change.before;
        await this.audit.record(
          actor,
          {
            action: change.after
              ? change.before
                ? 'rating.changed'
                : 'rating.added'
              : 'rating.cleared',
            councilId: row.council_id,
            entityType: 'audit',
            entityId: id,
            before: change.before ?? undefined,
            after: change.after ?? {
              protocolId: cell?.protocolId,
              principleKey: cell?.principleKey,
              perspective: cell?.perspective,
            },
          },
          m,
        );
      }
      // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
      const [[{ version }]] = (await m.query(
        `UPDATE audits SET version = version + 1 WHERE id = $1 RETURNING version`,
        [id],
      )) as [Array<{ version: number }>, number];
      const ratings = await this.ratingsOf(m, id);
      const scores = scoreAuditData(scoring, protocols, ratings, row.perspectives);
      return { version, ratings: stored, headline: headlineOf(scores.summary) };
    });
  }

  /** Locks the audit and stores its summaries, all computed by the shared scoring lib, in one transaction. */
  async submit(actor: Actor, id: string, version: number): Promise<Audit> {
    return this.db.transaction(async (m) => {
      const row = await this.reachable(m, actor, id, true);
      this.assertEditable(actor, row);
      if (row.version !== version) throw this.stale();
      const scoring = await this.scoringOf(m, row.framework_version_id);
      const protocols = await this.protocolsOf(m, id);
      const ratings = await this.ratingsOf(m, id);
      const scores = scoreAuditData(scoring, protocols, ratings, row.perspectives);
      await storeSummaries(m, id, scores, actor.userId);
      const h = headlineOf(scores.summary);
      await this.audit.record(
        actor,
        {
          action: 'audit.submitted',
          councilId: row.council_id,
          entityType: 'audit',
          entityId: id,
          after: h,
        },
        m,
      );
      return this.load(m, await this.row(m, id));
    });
  }

  /** Unlocks a submitted audit (leads only, with a reason); its stored summaries are withdrawn. */
  async reopen(actor: Actor, id: string, version: number, reason: string): Promise<Audit> {
    return this.db.transaction(async (m) => {
      const row = await this.reachable(m, actor, id, true);
      if (actor.role !== 'lead')
        throw new ForbiddenException('Only the council lead can reopen an audit.');
      if (row.status !== 'submitted') throw new ConflictException('This audit is not submitted.');
      if (row.version !== version) throw this.stale();
      await m.query(`DELETE FROM audit_protocol_scores WHERE audit_id = $1`, [id]);
      await m.query(`DELETE FROM audit_principle_scores WHERE audit_id = $1`, [id]);
      await m.query(
        `UPDATE audits SET status = 'draft', submitted_at = NULL, submitted_by = NULL, reopened_reason = $2,
           version = version + 1, index_score = NULL, wider_index = NULL, coverage = NULL, provisional = NULL,
           mismatch_count = NULL, protocol_load = NULL, summary = NULL
         WHERE id = $1`,
        [id, reason],
      );
      await this.audit.record(
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
      return this.load(m, await this.row(m, id));
    });
  }

  async trail(actor: Actor, id: string): Promise<AuditTrailEntry[]> {
    await this.reachable(this.db.manager, actor, id);
    const rows = (await this.db.query(
      `SELECT id::text, occurred_at, actor_email, action, before, after FROM audit_events
        WHERE entity_type = 'audit' AND entity_id = $1 ORDER BY occurred_at, id`,
      [id],
    )) as Array<{
      id: string;
      occurred_at: Date;
      actor_email: string | null;
      action: string;
      before: unknown;
      after: unknown;
    }>;
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      actorEmail: r.actor_email,
      action: r.action,
      before: r.before,
      after: r.after,
    }));
  }

  private validateWrites(
    writes: RatingWriteDto[],
    row: AuditRow,
    protocols: AuditProtocol[],
    scoring: FrameworkScoring,
    withEvidence: Set<string>,
  ): void {
    const byId = new Map(protocols.map((p) => [p.id, p]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    writes.forEach((w, i) => {
      const field = (name: string) => `ratings.${i}.${name}`;
      const protocol = byId.get(w.protocolId);
      const perspective = w.perspective ?? 'leadership';
      if (!protocol) {
        errors.push({ field: field('protocolId'), messages: ['is not a protocol of this audit'] });
        return;
      }
      const applicable = applicablePrinciples(scoring, protocol.contextNeed).map((p) => p.key);
      if (!applicable.includes(w.principleKey)) {
        errors.push({
          field: field('principleKey'),
          messages: [
            `does not apply to a ${protocol.contextNeed} protocol in this framework version`,
          ],
        });
      }
      if (!row.perspectives.includes(perspective)) {
        errors.push({ field: field('perspective'), messages: ['is not collected by this audit'] });
      }
      const cell = `${w.protocolId}/${w.principleKey}/${perspective}`;
      if (seen.has(cell))
        errors.push({ field: field('principleKey'), messages: ['is rated twice in one request'] });
      seen.add(cell);
      if (!w.clear) {
        if (w.value === undefined)
          errors.push({
            field: field('value'),
            messages: ['is required (−2…2, or null for not applicable)'],
          });
        const kept = w.evidence === undefined && withEvidence.has(cell);
        if ((w.value === 2 || w.value === -2) && !w.evidence?.text && !kept) {
          errors.push({
            field: field('evidence'),
            messages: ['is required for a rating of −2 or +2: say what shows it'],
          });
        }
      }
    });
    if (errors.length)
      throw new BadRequestException({ message: 'Some ratings could not be saved.', errors });
  }

  private assertEditable(actor: Actor, row: AuditRow): void {
    if (actor.role !== 'lead')
      throw new ForbiddenException('Only the council lead can change an audit.');
    if (row.status !== 'draft') {
      throw new ConflictException(
        'This audit has been submitted and is locked. The council lead can reopen it.',
      );
    }
  }

  private listItem(row: AuditRow, full?: Audit): AuditListItem {
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
      headline: full
        ? full.headline
        : {
            index: row.index_score,
            provisional: row.provisional ?? true,
            coverage: row.coverage ?? 0,
            protocolLoad: row.protocol_load ?? 0,
            mismatchCount: row.mismatch_count ?? 0,
            widerIndex: row.wider_index,
          },
    };
  }

  private async load(m: EntityManager, row: AuditRow): Promise<Audit> {
    const protocols = await this.protocolsOf(m, row.id);
    const ratings = await this.ratingsOf(m, row.id);
    let item: AuditListItem;
    if (row.status === 'submitted') {
      item = this.listItem(row);
    } else {
      const scoring = await this.scoringOf(m, row.framework_version_id);
      const live = scoreAuditData(scoring, protocols, ratings, row.perspectives);
      item = { ...this.listItem(row), headline: headlineOf(live.summary) };
    }
    return {
      ...item,
      version: row.version,
      protocols,
      ratings,
      reopenedReason: row.reopened_reason,
    };
  }

  private async row(m: EntityManager, id: string, lock = false): Promise<AuditRow> {
    const rows = (await m.query(
      `SELECT ${AUDIT_SELECT} FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [id],
    )) as AuditRow[];
    if (!rows[0]) throw new NotFoundException('Audit not found.');
    return rows[0];
  }

  /** The audit, if the actor may see it; another council's audit is "not found". */
  private async reachable(
    m: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<AuditRow> {
    const row = await this.row(m, id, lock);
    if (!canReachCouncil(actor, row.council_id)) throw new NotFoundException('Audit not found.');
    return row;
  }

  private async protocolsOf(m: EntityManager, auditId: string): Promise<AuditProtocol[]> {
    const rows = (await m.query(
      `SELECT protocol_id AS id, name, category, type, service_area AS "serviceArea", scope, context_need AS "contextNeed", reach
         FROM audit_protocols WHERE audit_id = $1 ORDER BY lower(name)`,
      [auditId],
    )) as AuditProtocol[];
    return rows;
  }

  private async ratingsOf(m: EntityManager, auditId: string): Promise<AuditRating[]> {
    const rows = (await m.query(`SELECT ${RATING_SELECT} FROM ratings WHERE audit_id = $1`, [
      auditId,
    ])) as RatingRow[];
    return rows.map(toRating);
  }

  private async scoringOf(m: EntityManager, versionId: string): Promise<FrameworkScoring> {
    const [{ number }] = (await m.query(`SELECT number FROM framework_versions WHERE id = $1`, [
      versionId,
    ])) as Array<{
      number: number;
    }>;
    return (await this.frameworks.version(number)).scoring;
  }

  private stale(): ConflictException {
    return new ConflictException(
      'Someone else changed this audit since you loaded it. Reload to see their changes.',
    );
  }
}
