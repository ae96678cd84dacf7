import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A council's latest submitted audit with the council's peer-group facts. */
export interface LatestAuditRow {
  council_id: string;
  audit_id: string;
  index_score: number;
  provisional: boolean;
  period_end: string;
  name: string;
  type: string;
  region: string;
  population_band: string;
  sharing: 'named' | 'anonymised';
}

export interface PrincipleScoreRow {
  audit_id: string;
  principle_key: string;
  index_score: number | null;
}

/** One submitted audit's measure (council index or one principle's index) at its period end. */
export interface PeriodValueRow {
  period_end: string;
  value: number | null;
}

export interface EnablingScoreRow {
  audit_id: string;
  protocol_id: string;
  score: number;
  protocol_name: string;
  category: string;
}

export interface EvidenceRow {
  audit_id: string;
  protocol_id: string;
  evidence_text: string;
}

/** Read model for benchmarks across the network: stored submission results, leadership view. */
@Injectable()
export class BenchmarksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Each active council's latest scored, submitted audit for a period ending by `asAt` (any, when
   * null): latest period end first, then latest submission.
   */
  async listLatestSubmitted(
    asAt: string | null,
    m: EntityManager = this.db.manager,
  ): Promise<LatestAuditRow[]> {
    // One index probe per council (audits_latest_scored_idx) instead of sorting every audit.
    return (await m.query(
      `SELECT c.id AS council_id, a.id AS audit_id, a.index_score, a.provisional,
              to_char(a.period_end, 'YYYY-MM-DD') AS period_end, c.name, c.type, c.region, c.population_band, c.sharing
         FROM councils c
         CROSS JOIN LATERAL (
           SELECT a.id, a.index_score, a.provisional, a.period_end FROM audits a
            WHERE a.council_id = c.id AND a.status = 'submitted' AND a.index_score IS NOT NULL
              AND ($1::date IS NULL OR a.period_end <= $1::date)
            ORDER BY a.period_end DESC, a.submitted_at DESC LIMIT 1) a
        WHERE c.archived_at IS NULL
        ORDER BY c.id`,
      [asAt],
    )) as LatestAuditRow[];
  }

  /** The stored leadership index of every principle of these audits. */
  async listPrincipleScores(
    auditIds: string[],
    m: EntityManager = this.db.manager,
  ): Promise<PrincipleScoreRow[]> {
    return (await m.query(
      `SELECT audit_id, principle_key, index_score FROM audit_principle_scores
        WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
      [auditIds],
    )) as PrincipleScoreRow[];
  }

  /** The council index of every submitted audit of these councils ending by `asAt`. */
  async listSubmittedIndexes(
    councilIds: string[],
    asAt: string | null,
    m: EntityManager = this.db.manager,
  ): Promise<PeriodValueRow[]> {
    return (await m.query(
      `SELECT to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.index_score AS value
         FROM audits a
        WHERE a.status = 'submitted' AND a.council_id = ANY($1) AND ($2::date IS NULL OR a.period_end <= $2::date)`,
      [councilIds, asAt],
    )) as PeriodValueRow[];
  }

  /** One principle's leadership index in every submitted audit of these councils ending by `asAt`. */
  async listSubmittedPrincipleIndexes(
    councilIds: string[],
    asAt: string | null,
    principle: string,
    m: EntityManager = this.db.manager,
  ): Promise<PeriodValueRow[]> {
    return (await m.query(
      `SELECT to_char(a.period_end, 'YYYY-MM-DD') AS period_end, s.index_score AS value
         FROM audits a JOIN audit_principle_scores s ON s.audit_id = a.id AND s.perspective = 'leadership' AND s.principle_key = $3
        WHERE a.status = 'submitted' AND a.council_id = ANY($1) AND ($2::date IS NULL OR a.period_end <= $2::date)`,
      [councilIds, asAt, principle],
    )) as PeriodValueRow[];
  }

  /**
   * Protocols these audits class as enabling (leadership view), optionally of one category or one
   * library protocol, best score first.
   */
  async listEnablingProtocols(
    auditIds: string[],
    category: string | null,
    libraryKey: string | null,
    m: EntityManager = this.db.manager,
  ): Promise<EnablingScoreRow[]> {
    return (await m.query(
      `SELECT s.audit_id, s.protocol_id, s.score, ap.name AS protocol_name, ap.category
         FROM audit_protocol_scores s
         JOIN audit_protocols ap ON ap.audit_id = s.audit_id AND ap.protocol_id = s.protocol_id
         JOIN protocols p ON p.id = s.protocol_id
        WHERE s.audit_id = ANY($1) AND s.perspective = 'leadership' AND s.class = 'enabling'
          AND ($2::text IS NULL OR ap.category = $2) AND ($3::text IS NULL OR p.library_key = $3)
        ORDER BY s.score DESC`,
      [auditIds, category, libraryKey],
    )) as EnablingScoreRow[];
  }

  /** The written evidence behind positive leadership ratings of these (audit, protocol) pairs. */
  async listPositiveEvidence(
    pairs: Array<{ auditId: string; protocolId: string }>,
    m: EntityManager = this.db.manager,
  ): Promise<EvidenceRow[]> {
    return (await m.query(
      `SELECT audit_id, protocol_id, evidence_text FROM ratings
        WHERE (audit_id, protocol_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          AND perspective = 'leadership' AND value > 0 AND evidence_text IS NOT NULL`,
      [pairs.map((p) => p.auditId), pairs.map((p) => p.protocolId)],
    )) as EvidenceRow[];
  }
}
