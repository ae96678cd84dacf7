import { Injectable } from '@nestjs/common';
import type { FrameworkScoring, PlanAuditRef } from '@rcp/api-contract';
import type { ProtocolInput } from '@rcp/scoring';
import { protocolInputs } from '../audits/audit-scoring';
import { AuditRow, AuditsRepository } from '../audits/audits.repository';
import { RatingsRepository } from '../audits/ratings.repository';
import { FrameworksService } from '../frameworks/frameworks.service';

/** One audit as the plans read it: the scoring inputs of its leadership perspective. */
export interface PlanAudit {
  ref: PlanAuditRef;
  row: AuditRow;
  scoring: FrameworkScoring;
  inputs: ProtocolInput[];
  byId: Map<string, ProtocolInput>;
  names: Map<string, string>;
}

export function auditRef(row: AuditRow): PlanAuditRef {
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    periodEnd: row.period_end,
    submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
    frameworkVersion: row.framework_number,
  };
}

/** Loads a council's audits for planning, scored exactly as the audits module scores them. */
@Injectable()
export class PlanAuditsLoader {
  constructor(
    private readonly audits: AuditsRepository,
    private readonly ratings: RatingsRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  /** Submitted audits, oldest submission first. */
  async submitted(councilId: string): Promise<AuditRow[]> {
    const rows = await this.audits.listByCouncil(councilId);
    return rows
      .filter((r) => r.status === 'submitted' && r.submitted_at)
      .sort((a, b) => (a.submitted_at as Date).getTime() - (b.submitted_at as Date).getTime());
  }

  /** The audit plans project on: the latest submitted one; if none, the open draft. */
  async latest(councilId: string, submittedOnly = false): Promise<AuditRow | undefined> {
    const rows = await this.audits.listByCouncil(councilId);
    const submitted = rows.filter((r) => r.status === 'submitted');
    if (submitted.length) return submitted[0]; // listed newest period first
    return submittedOnly ? undefined : rows.find((r) => r.status === 'draft');
  }

  async load(row: AuditRow): Promise<PlanAudit> {
    const [protocols, ratings, framework] = [
      await this.audits.protocolsOf(row.id),
      await this.ratings.listByAudit(row.id),
      await this.frameworks.version(row.framework_number),
    ];
    const inputs = protocolInputs(protocols, ratings, 'leadership');
    return {
      ref: auditRef(row),
      row,
      scoring: framework.scoring,
      inputs,
      byId: new Map(inputs.map((p) => [p.id, p])),
      names: new Map(protocols.map((p) => [p.id, p.name])),
    };
  }
}
