import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditHeadline, AuditProtocol, AuditTrailEntry, ClassCounts } from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** An audit as stored, with its framework version's number. */
export interface AuditRow {
  id: string;
  council_id: string;
  label: string;
  period_start: string;
  period_end: string;
  framework_version_id: string;
  framework_number: number;
  perspectives: Perspective[];
  status: 'draft' | 'submitted';
  submitted_at: Date | null;
  reopened_reason: string | null;
  version: number;
  register_version: number;
  index_score: number | null;
  wider_index: number | null;
  coverage: number | null;
  provisional: boolean | null;
  mismatch_count: number | null;
  protocol_load: number | null;
  wider_protocol_load: number | null;
  wider_mismatch_count: number | null;
  class_counts: ClassCounts | null;
  /** A draft's headline as scored at `draft_headline_version`. */
  draft_headline: AuditHeadline | null;
  draft_headline_version: number | null;
}

const AUDIT_SELECT = `a.id, a.council_id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
  to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.framework_version_id, fv.number AS framework_number,
  a.perspectives, a.status, a.submitted_at, a.reopened_reason, a.version, a.register_version, a.index_score,
  a.wider_index, a.coverage, a.provisional, a.mismatch_count, a.protocol_load, a.wider_protocol_load,
  a.wider_mismatch_count, a.class_counts, a.draft_headline, a.draft_headline_version`;

export interface NewAudit {
  councilId: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  frameworkNumber: number;
  perspectives: Perspective[];
  createdBy: string;
}

/** The SQL of audits: the audit rows, the protocols they took in, their trail. */
@Injectable()
export class AuditsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every audit of the council, in the list's order (for planning, which reads them all). */
  async listByCouncil(councilId: string, m: EntityManager = this.db.manager): Promise<AuditRow[]> {
    return (await m.query(
      `SELECT ${AUDIT_SELECT} FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 ORDER BY a.period_end DESC, a.created_at DESC, a.id DESC`,
      [councilId],
    )) as AuditRow[];
  }

  /** One page of the council's audits, newest period first, then the most recently started. */
  async listPage(
    councilId: string,
    page: { limit: number; offset: number },
    m: EntityManager = this.db.manager,
  ): Promise<AuditRow[]> {
    return (await m.query(
      `SELECT ${AUDIT_SELECT} FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 ORDER BY a.period_end DESC, a.created_at DESC, a.id DESC
        LIMIT $2 OFFSET $3`,
      [councilId, page.limit, page.offset],
    )) as AuditRow[];
  }

  async countByCouncil(councilId: string, m: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM audits WHERE council_id = $1`, [
      councilId,
    ])) as Array<{ n: number }>;
    return n;
  }

  /**
   * Keeps a draft's headline as scored at `version`. Only while the audit is still at that
   * version, and never waiting for a writer's row lock: a busy draft is simply scored again later.
   */
  async storeDraftHeadline(
    id: string,
    version: number,
    headline: AuditHeadline,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE audits SET draft_headline = $3, draft_headline_version = $2
        WHERE id = (SELECT id FROM audits WHERE id = $1 AND version = $2 AND status = 'draft'
                      FOR UPDATE SKIP LOCKED)`,
      [id, version, JSON.stringify(headline)],
    );
  }

  /** The audit, or undefined; `lock` takes its row lock for the rest of the transaction. */
  async findById(
    id: string,
    lock = false,
    m: EntityManager = this.db.manager,
  ): Promise<AuditRow | undefined> {
    const rows = (await m.query(
      `SELECT ${AUDIT_SELECT} FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [id],
    )) as AuditRow[];
    return rows[0];
  }

  /**
   * Locks the council's row, so two starts (or a start and a reopen) of a draft cannot both find
   * "no open draft" and both go ahead; then returns the council's open draft, if any.
   */
  async lockCouncilAndFindDraft(
    councilId: string,
    m: EntityManager,
  ): Promise<{ id: string; label: string } | undefined> {
    await m.query(`SELECT id FROM councils WHERE id = $1 FOR UPDATE`, [councilId]);
    const [draft] = (await m.query(
      `SELECT id, label FROM audits WHERE council_id = $1 AND status = 'draft' LIMIT 1`,
      [councilId],
    )) as Array<{ id: string; label: string }>;
    return draft;
  }

  /** Creates the audit and takes in every active protocol of the council's register. */
  async insertWithRegister(audit: NewAudit, m: EntityManager): Promise<string> {
    const [created] = (await m.query(
      `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, perspectives, created_by)
       SELECT $1, $2, $3, $4, fv.id, $6, $7 FROM framework_versions fv WHERE fv.number = $5
       RETURNING id`,
      [
        audit.councilId,
        audit.label,
        audit.periodStart,
        audit.periodEnd,
        audit.frameworkNumber,
        audit.perspectives,
        audit.createdBy,
      ],
    )) as Array<{ id: string }>;
    await m.query(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT $1, id, name, category, type, service_area, scope, context_need, reach
         FROM protocols WHERE council_id = $2 AND status = 'active'`,
      [created.id, audit.councilId],
    );
    return created.id;
  }

  /** The council's latest submitted audit other than `exceptId`. */
  async latestSubmittedId(
    councilId: string,
    exceptId: string,
    m: EntityManager = this.db.manager,
  ): Promise<string | undefined> {
    const [previous] = (await m.query(
      `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted' AND id <> $2
        ORDER BY period_end DESC, submitted_at DESC LIMIT 1`,
      [councilId, exceptId],
    )) as Array<{ id: string }>;
    return previous?.id;
  }

  async protocolsOf(auditId: string, m: EntityManager = this.db.manager): Promise<AuditProtocol[]> {
    return (await m.query(
      `SELECT protocol_id AS id, name, category, type, service_area AS "serviceArea", scope,
              context_need AS "contextNeed", reach
         FROM audit_protocols WHERE audit_id = $1 ORDER BY lower(name)`,
      [auditId],
    )) as AuditProtocol[];
  }

  /** Moves the version on after a write; returns the new version. */
  async bumpVersion(id: string, m: EntityManager): Promise<number> {
    // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [[{ version }]] = (await m.query(
      `UPDATE audits SET version = version + 1 WHERE id = $1 RETURNING version`,
      [id],
    )) as [Array<{ version: number }>, number];
    return version;
  }

  /** Back to draft: the stored summaries are withdrawn. */
  async reopen(id: string, reason: string, m: EntityManager): Promise<void> {
    // Back to draft first: the benchmarks model then refreshes once (a draft's rows move nothing).
    await m.query(
      `UPDATE audits SET status = 'draft', submitted_at = NULL, submitted_by = NULL, reopened_reason = $2,
         version = version + 1, index_score = NULL, wider_index = NULL, coverage = NULL, provisional = NULL,
         mismatch_count = NULL, protocol_load = NULL, summary = NULL, wider_protocol_load = NULL,
         wider_mismatch_count = NULL, class_counts = NULL
       WHERE id = $1`,
      [id, reason],
    );
    await m.query(`DELETE FROM audit_protocol_scores WHERE audit_id = $1`, [id]);
    await m.query(`DELETE FROM audit_principle_scores WHERE audit_id = $1`, [id]);
  }

  /** Removes a draft with everything in it (its protocols, ratings, cell changes cascade). */
  async delete(id: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM audits WHERE id = $1`, [id]);
  }

  async trailOf(auditId: string, m: EntityManager = this.db.manager): Promise<AuditTrailEntry[]> {
    const rows = (await m.query(
      `SELECT id::text, occurred_at, actor_email, action, before, after FROM audit_events
        WHERE entity_type = 'audit' AND entity_id = $1 ORDER BY occurred_at, id`,
      [auditId],
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
}
