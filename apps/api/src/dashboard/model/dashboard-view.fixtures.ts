import type { FrameworkScoring } from '@rcp/api-contract';
import { DEFAULT_SCORING_PARAMETERS } from '@rcp/scoring';
import type {
  DashboardAuditRow,
  DashboardProtocolRow,
  DashboardRatingRow,
} from '../dashboard.repository';
import {
  createDashboardView,
  DashboardData,
  DashboardFramework,
  DashboardView,
} from './dashboard-view';

/** Test data for the panel builders: plain rows as the repository returns them. */

const scoring: FrameworkScoring = {
  ...DEFAULT_SCORING_PARAMETERS,
  principles: [
    { key: 'continuity', weight: 1, contexts: ['relational', 'mixed'], relational: true },
    {
      key: 'autonomy',
      weight: 1,
      contexts: ['relational', 'mixed', 'transactional'],
      relational: false,
    },
  ],
};

export const FRAMEWORK: DashboardFramework = {
  principles: [
    { key: 'continuity', title: 'Continuity', contexts: ['relational', 'mixed'] },
    { key: 'autonomy', title: 'Autonomy', contexts: ['relational', 'mixed', 'transactional'] },
  ],
  categoryTitles: new Map([
    ['continuity', 'Continuity of care'],
    ['time-and-caseload', 'Time and caseload'],
  ]),
  scoring,
};

export function anAudit(id: string, o: Partial<DashboardAuditRow> = {}): DashboardAuditRow {
  return {
    id,
    label: `Audit ${id}`,
    period_start: '2026-01-01',
    period_end: '2026-06-30',
    framework_number: 1,
    perspectives: ['leadership'],
    index_score: 10,
    wider_index: null,
    coverage: 1,
    provisional: false,
    mismatch_count: 0,
    protocol_load: 0,
    ...o,
  };
}

export function aProtocol(
  auditId: string,
  protocolId: string,
  o: Partial<DashboardProtocolRow> = {},
): DashboardProtocolRow {
  return {
    audit_id: auditId,
    protocol_id: protocolId,
    name: `Protocol ${protocolId}`,
    category: 'continuity',
    type: 'procedure',
    service_area: 'Housing',
    scope: 'organisational',
    context_need: 'relational',
    reach: 'high',
    score: 0,
    class: 'neutral',
    mismatch: false,
    status: 'active',
    retired_reason: null,
    ...o,
  };
}

export function aRating(
  auditId: string,
  protocolId: string,
  principleKey: string,
  value: number | null,
  evidence: string | null = null,
): DashboardRatingRow {
  return {
    audit_id: auditId,
    protocol_id: protocolId,
    principle_key: principleKey,
    value,
    evidence_text: evidence,
  };
}

/** A view of the last audit given (or `selected`), unfiltered unless filters are given. */
export function aView(o: Partial<DashboardData> & { audits: DashboardAuditRow[] }): DashboardView {
  return createDashboardView({
    selected: o.audits[o.audits.length - 1],
    compare: null,
    filters: { serviceArea: null, scope: null },
    framework: FRAMEWORK,
    protocols: [],
    ratings: [],
    principleScores: [],
    perspectiveGaps: null,
    ...o,
  });
}
