import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CouncilDashboard, PerspectiveGapView } from '@rcp/api-contract';
import type { Perspective, ProtocolClass, ProtocolStatus } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** The council as the dashboard names it (columns aliased to the contract's names). */
export type DashboardCouncilRow = CouncilDashboard['council'];

/**
 * A submitted audit as the dashboard's audit list needs it: stored headline columns only, never
 * the large summary JSON (which every row would otherwise unpack).
 */
export interface DashboardAuditRow {
  id: string;
  label: string;
  period_start: string;
  period_end: string;
  framework_number: number;
  perspectives: Perspective[];
  index_score: number | null;
  wider_index: number | null;
  coverage: number;
  provisional: boolean;
  mismatch_count: number;
  protocol_load: number;
}

/** One audit's figures per perspective, read from its stored summary (for the selected audit). */
export interface DashboardPerspectiveGapsRow {
  perspective_indexes: Partial<Record<Perspective, number | null>> | null;
  gap: PerspectiveGapView['gap'];
  principle_gaps: Array<{
    key: string;
    indexes: Partial<Record<Perspective, number | null>>;
    gap: { size: number } | null;
  }> | null;
}

/** A protocol as an audit holds it, with its stored leadership score and its register status. */
export interface DashboardProtocolRow {
  audit_id: string;
  protocol_id: string;
  name: string;
  category: string;
  type: string;
  service_area: string;
  scope: 'organisational' | 'wider';
  context_need: 'relational' | 'transactional' | 'mixed';
  reach: 'low' | 'medium' | 'high';
  score: number | null;
  class: ProtocolClass | null;
  mismatch: boolean | null;
  status: ProtocolStatus;
  retired_reason: string | null;
}

export interface DashboardRatingRow {
  audit_id: string;
  protocol_id: string;
  principle_key: string;
  value: number | null;
  evidence_text: string | null;
}

export interface DashboardPrincipleScoreRow {
  audit_id: string;
  principle_key: string;
  index_score: number | null;
}

/** Read model for a council's dashboard: submitted audits and what was stored with them. */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findCouncil(
    councilId: string,
    m: EntityManager = this.db.manager,
  ): Promise<DashboardCouncilRow | null> {
    const [council] = (await m.query(
      `SELECT id, name, type, region, population_band AS "populationBand", sharing FROM councils WHERE id = $1`,
      [councilId],
    )) as DashboardCouncilRow[];
    return council ?? null;
  }

  /** The council's submitted audits, oldest period first (then by submission). */
  async listSubmittedAudits(
    councilId: string,
    m: EntityManager = this.db.manager,
  ): Promise<DashboardAuditRow[]> {
    return (await m.query(
      `SELECT a.id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(a.period_end, 'YYYY-MM-DD') AS period_end, fv.number AS framework_number, a.perspectives,
              a.index_score, a.wider_index, a.coverage, a.provisional, a.mismatch_count, a.protocol_load
         FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 AND a.status = 'submitted'
        ORDER BY a.period_end, a.submitted_at`,
      [councilId],
    )) as DashboardAuditRow[];
  }

  /** One audit's index per perspective and its gaps, from its stored summary (null if none). */
  async findPerspectiveGaps(
    auditId: string,
    m: EntityManager = this.db.manager,
  ): Promise<DashboardPerspectiveGapsRow | null> {
    const [row] = (await m.query(
      `SELECT (SELECT jsonb_object_agg(p.key, p.value -> 'index') FROM jsonb_each(s.summary -> 'byPerspective') p)
                AS perspective_indexes,
              s.summary -> 'gaps' -> 'gap' AS gap,
              s.summary -> 'gaps' -> 'byPrinciple' AS principle_gaps
         FROM (SELECT summary FROM audits WHERE id = $1) s`,
      [auditId],
    )) as DashboardPerspectiveGapsRow[];
    return row ?? null;
  }

  /** Every protocol of these audits with its leadership score (null when not scored). */
  async listAuditProtocols(
    auditIds: string[],
    m: EntityManager = this.db.manager,
  ): Promise<DashboardProtocolRow[]> {
    return (await m.query(
      `SELECT ap.audit_id, ap.protocol_id, ap.name, ap.category, ap.type, ap.service_area, ap.scope, ap.context_need,
              ap.reach, s.score, s.class, s.mismatch, p.status, p.retired_reason
         FROM audit_protocols ap
         JOIN protocols p ON p.id = ap.protocol_id
         LEFT JOIN audit_protocol_scores s
           ON s.audit_id = ap.audit_id AND s.protocol_id = ap.protocol_id AND s.perspective = 'leadership'
        WHERE ap.audit_id = ANY($1)`,
      [auditIds],
    )) as DashboardProtocolRow[];
  }

  /** The leadership ratings of these audits, with their evidence. */
  async listLeadershipRatings(
    auditIds: string[],
    m: EntityManager = this.db.manager,
  ): Promise<DashboardRatingRow[]> {
    return (await m.query(
      `SELECT audit_id, protocol_id, principle_key, value, evidence_text FROM ratings
        WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
      [auditIds],
    )) as DashboardRatingRow[];
  }

  /** The stored leadership index of every principle of these audits. */
  async listPrincipleScores(
    auditIds: string[],
    m: EntityManager = this.db.manager,
  ): Promise<DashboardPrincipleScoreRow[]> {
    return (await m.query(
      `SELECT audit_id, principle_key, index_score FROM audit_principle_scores
        WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
      [auditIds],
    )) as DashboardPrincipleScoreRow[];
  }
}
