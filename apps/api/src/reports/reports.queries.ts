import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProtocolClass, ProtocolScope } from '@rcp/vocabulary';
import { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable';

export interface ReportAuditRow {
  id: string;
  label: string;
  period_start: string;
  period_end: string;
  framework_number: number;
}

/** A protocol of the report's audit with its leadership score there and in the audit before. */
export interface ReportProtocolRow {
  protocol_id: string;
  name: string;
  category: string;
  service_area: string;
  scope: ProtocolScope;
  score: number | null;
  class: ProtocolClass | null;
  previous_score: number | null;
}

export interface ReportEvidenceRow {
  protocol_id: string;
  principle_key: string;
  value: number | null;
  evidence_text: string;
  evidence_date: string | null;
}

/**
 * The reads behind a council report. Every read names the council, so an audit id of another
 * council finds nothing.
 */
@Injectable()
export class ReportsQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The council's submitted audits, in the dashboard's order (oldest period first). */
  async submittedAudits(councilId: string, m: Queryable = this.db): Promise<ReportAuditRow[]> {
    return (await m.query(
      `SELECT a.id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(a.period_end, 'YYYY-MM-DD') AS period_end, fv.number AS framework_number
         FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 AND a.status = 'submitted'
        ORDER BY a.period_end, a.submitted_at`,
      [councilId],
    )) as ReportAuditRow[];
  }

  /** Every protocol of the audit with its stored leadership score, and the one before's. */
  async protocols(
    councilId: string,
    auditId: string,
    previousAuditId: string | null,
    m: Queryable = this.db,
  ): Promise<ReportProtocolRow[]> {
    return (await m.query(
      `SELECT ap.protocol_id, ap.name, ap.category, ap.service_area, ap.scope, s.score, s.class,
              ps.score AS previous_score
         FROM audit_protocols ap
         JOIN audits a ON a.id = ap.audit_id AND a.council_id = $1
         LEFT JOIN audit_protocol_scores s
           ON s.audit_id = ap.audit_id AND s.protocol_id = ap.protocol_id AND s.perspective = 'leadership'
         LEFT JOIN audit_protocol_scores ps
           ON ps.audit_id = $3 AND ps.protocol_id = ap.protocol_id AND ps.perspective = 'leadership'
        WHERE ap.audit_id = $2`,
      [councilId, auditId, previousAuditId],
    )) as ReportProtocolRow[];
  }

  /** The leadership ratings of these protocols in the audit that have evidence written. */
  async evidence(
    councilId: string,
    auditId: string,
    protocolIds: string[],
    m: Queryable = this.db,
  ): Promise<ReportEvidenceRow[]> {
    if (protocolIds.length === 0) return [];
    return (await m.query(
      `SELECT r.protocol_id, r.principle_key, r.value, r.evidence_text,
              to_char(r.evidence_date, 'YYYY-MM-DD') AS evidence_date
         FROM ratings r JOIN audits a ON a.id = r.audit_id AND a.council_id = $1
        WHERE r.audit_id = $2 AND r.protocol_id = ANY($3) AND r.perspective = 'leadership'
          AND r.evidence_text IS NOT NULL AND btrim(r.evidence_text) <> ''`,
      [councilId, auditId, protocolIds],
    )) as ReportEvidenceRow[];
  }
}
