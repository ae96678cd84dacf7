import type {
  AuditProtocol,
  AuditRating,
  ClassCounts,
  DashboardAuditRef,
  FrameworkScoring,
  FrameworkVersion,
  HeatmapRow,
} from '@rcp/api-contract';
import type { ProtocolClass } from '@rcp/vocabulary';
import { AuditSummary, scoreAudit } from '@rcp/scoring';
import { protocolInputs } from '../../audits/audit-scoring';
import type {
  DashboardAuditRow,
  DashboardPerspectiveGapsRow,
  DashboardPrincipleScoreRow,
  DashboardProtocolRow,
  DashboardRatingRow,
} from '../dashboard.repository';

export interface DashboardFilters {
  serviceArea: string | null;
  scope: 'organisational' | 'wider' | null;
}

/** What the dashboard needs of the selected audit's framework version. */
export interface DashboardFramework {
  principles: Array<{ key: string; title: string; contexts: HeatmapRow['contextNeed'][] }>;
  categoryTitles: Map<string, string>;
  scoring: FrameworkScoring;
}

/** Everything read from the database for one dashboard with a selected audit. */
export interface DashboardData {
  /** Submitted audits, oldest first. */
  audits: DashboardAuditRow[];
  selected: DashboardAuditRow;
  compare: DashboardAuditRow | null;
  filters: DashboardFilters;
  framework: DashboardFramework;
  /** Protocols (with stored leadership scores) of the audits the view needs. */
  protocols: DashboardProtocolRow[];
  ratings: DashboardRatingRow[];
  /** Stored principle indexes: only loaded for the unfiltered view. */
  principleScores: DashboardPrincipleScoreRow[];
  /** The selected audit's figures per perspective: only loaded when it has several, unfiltered. */
  perspectiveGaps: DashboardPerspectiveGapsRow | null;
}

/** The loaded data, plus what every panel derives from it the same way. */
export interface DashboardView extends DashboardData {
  filtered: boolean;
  /** Filtered views: every audit scored again on its matching protocols (by audit id). */
  rescored: Map<string, AuditSummary>;
  /** The selected audit's protocols that match the filters. */
  current: DashboardProtocolRow[];
  rescoredProtocols: Map<string, AuditSummary['protocols'][number]>;
}

export interface ProtocolScore {
  score: number | null;
  class: ProtocolClass | null;
  mismatch: boolean;
}

export const emptyClassCounts = (): ClassCounts => ({
  enabling: 0,
  mixed: 0,
  neutral: 0,
  inhibiting: 0,
  unscored: 0,
});

export const auditRef = (a: DashboardAuditRow): DashboardAuditRef => ({
  id: a.id,
  label: a.label,
  periodStart: a.period_start,
  periodEnd: a.period_end,
});

export function isFiltered(filters: DashboardFilters): boolean {
  return filters.serviceArea !== null || filters.scope !== null;
}

export function dashboardFramework(version: FrameworkVersion): DashboardFramework {
  return {
    principles: version.items
      .filter((i) => i.layer === 'principle')
      .map((i) => ({ key: i.key, title: i.title, contexts: i.contexts ?? [] })),
    categoryTitles: new Map(version.categories.map((c) => [c.key, c.title])),
    scoring: version.scoring,
  };
}

function matches(filters: DashboardFilters, p: DashboardProtocolRow): boolean {
  return (
    (filters.serviceArea === null || p.service_area === filters.serviceArea) &&
    (filters.scope === null || p.scope === filters.scope)
  );
}

/** An audit's protocols that match the filters. */
export function protocolsOf(v: DashboardData, auditId: string): DashboardProtocolRow[] {
  return v.protocols.filter((p) => p.audit_id === auditId && matches(v.filters, p));
}

export function ratingsOf(v: DashboardData, auditId: string): DashboardRatingRow[] {
  return v.ratings.filter((r) => r.audit_id === auditId);
}

/** A protocol's result: scored again in a filtered view, as stored at submission otherwise. */
export function scoreOf(v: DashboardView, p: DashboardProtocolRow): ProtocolScore {
  const fromLib = v.rescoredProtocols.get(`${p.audit_id}/${p.protocol_id}`);
  return fromLib
    ? { score: fromLib.score, class: fromLib.class, mismatch: fromLib.mismatch }
    : { score: p.score, class: p.class, mismatch: p.mismatch ?? false };
}

/** The wider environment is scored apart: its own index, coverage and provisional flag. */
export function measuresOf(v: DashboardView, summary: AuditSummary) {
  return v.filters.scope === 'wider' ? summary.wider : summary;
}

export function principleTitle(v: DashboardView, key: string): string {
  return v.framework.principles.find((p) => p.key === key)?.title ?? key;
}

export function categoryTitle(v: DashboardView, key: string): string {
  return v.framework.categoryTitles.get(key) ?? key;
}

function rescore(
  scoring: FrameworkScoring,
  protocols: DashboardProtocolRow[],
  ratings: DashboardRatingRow[],
): AuditSummary {
  const auditProtocols: AuditProtocol[] = protocols.map((p) => ({
    id: p.protocol_id,
    name: p.name,
    category: p.category,
    type: p.type,
    serviceArea: p.service_area,
    scope: p.scope,
    contextNeed: p.context_need,
    reach: p.reach,
  }));
  const auditRatings = ratings.map(
    (r) =>
      ({
        protocolId: r.protocol_id,
        principleKey: r.principle_key,
        perspective: 'leadership',
        value: r.value,
      }) as AuditRating,
  );
  return scoreAudit(scoring, protocolInputs(auditProtocols, auditRatings, 'leadership'));
}

/**
 * Filtered views score every audit's matching protocols again (with the shared lib); the
 * unfiltered view uses the stored numbers as they were at submission.
 */
export function createDashboardView(data: DashboardData): DashboardView {
  const filtered = isFiltered(data.filters);
  const rescored = new Map<string, AuditSummary>();
  if (filtered) {
    for (const a of data.audits)
      rescored.set(
        a.id,
        rescore(data.framework.scoring, protocolsOf(data, a.id), ratingsOf(data, a.id)),
      );
  }
  const rescoredProtocols = new Map(
    [...rescored.entries()].flatMap(([auditId, summary]) =>
      summary.protocols.map((r) => [`${auditId}/${r.id}`, r] as const),
    ),
  );
  return {
    ...data,
    filtered,
    rescored,
    rescoredProtocols,
    current: protocolsOf(data, data.selected.id),
  };
}
