import type { ContextNeed, Perspective, ProtocolClass, ProtocolScope } from '@rcp/vocabulary';

export interface ClassCounts {
  enabling: number;
  mixed: number;
  neutral: number;
  inhibiting: number;
  /** Protocols with no rating yet. */
  unscored: number;
}

export interface DashboardAuditRef {
  id: string;
  label: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * The dashboard's headline, defined as the audit page's: the figures count the protocols of one
 * scope (`scope`: organisational unless the view is filtered to the wider environment); the wider
 * environment is reported apart.
 */
export interface DashboardHeadline {
  /** Which protocols the index, class counts, load and mismatches count. */
  scope: ProtocolScope;
  index: number | null;
  /** Index change since the comparison audit (null when either is missing). */
  change: number | null;
  provisional: boolean;
  coverage: number;
  classCounts: ClassCounts;
  mismatches: number;
  protocolLoad: number;
  protocolLoadChange: number | null;
  /** The wider environment, reported apart so a council is not blamed for what it cannot change. */
  widerIndex: number | null;
  /** Wider-environment protocols matching the filters, not counted above (0 when `scope` is wider). */
  widerProtocolLoad: number;
}

export interface TrendPoint extends DashboardAuditRef {
  index: number | null;
  provisional: boolean;
  coverage: number;
  /** Protocols the headline counts in this audit (organisational, unless filtered to wider). */
  protocolLoad: number;
  /** Protocols in the audit before that are gone from this one (null for the first audit). */
  protocolsRetired: number | null;
  /** Protocols in this audit that the one before did not have (null for the first audit). */
  protocolsIntroduced: number | null;
}

export interface PrincipleProfilePoint {
  key: string;
  title: string;
  current: number | null;
  previous: number | null;
}

export interface HeatmapRow {
  protocolId: string;
  name: string;
  category: string;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  score: number | null;
  class: ProtocolClass | null;
  /** principle key → rating (−2…2), null for N/A; absent when not rated or not applicable. */
  cells: Record<string, number | null>;
}

export interface BreakdownRow extends ClassCounts {
  key: string;
  title: string;
}

export type MoverChange = 'introduced' | 'retired' | 'ratings-changed';

export interface Mover {
  protocolId: string;
  name: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  change: MoverChange;
  /** Why it was retired, when it was. */
  retiredReason: string | null;
  /** Evidence recorded with the new ratings (±2 ratings always have some). */
  evidence: string[];
  /** Principles whose rating changed, with before → after. */
  changedPrinciples: Array<{
    key: string;
    title: string;
    before: number | null;
    after: number | null;
  }>;
}

export interface MismatchRow {
  protocolId: string;
  name: string;
  contextNeed: ContextNeed;
  score: number | null;
  category: string;
}

export interface PerspectiveGapView {
  perspectives: Array<{ perspective: Perspective; index: number | null }>;
  gap: { high: Perspective; low: Perspective; size: number } | null;
  byPrinciple: Array<{
    key: string;
    title: string;
    values: Partial<Record<Perspective, number | null>>;
    gap: number | null;
  }>;
}

export interface CouncilDashboard {
  council: {
    id: string;
    name: string;
    type: string;
    region: string;
    populationBand: string;
    sharing: string;
  };
  /** Submitted audits, oldest first (for the pickers). */
  audits: DashboardAuditRef[];
  selected: DashboardAuditRef | null;
  compareTo: DashboardAuditRef | null;
  filters: { serviceArea: string | null; scope: ProtocolScope | null };
  serviceAreas: string[];
  headline: DashboardHeadline | null;
  trend: TrendPoint[];
  principleProfile: PrincipleProfilePoint[];
  heatmap: {
    /** Each principle with the contexts it applies to: elsewhere a cell does not apply at all. */
    principles: Array<{ key: string; title: string; contexts: HeatmapRow['contextNeed'][] }>;
    rows: HeatmapRow[];
  };
  classBreakdown: { byCategory: BreakdownRow[]; byServiceArea: BreakdownRow[] };
  movers: Mover[];
  mismatches: MismatchRow[];
  perspectiveGaps: PerspectiveGapView | null;
}

/** One council in the coordinator's network overview. */
export interface NetworkCouncilRow {
  councilId: string;
  name: string;
  type: string;
  region: string;
  populationBand: string;
  sharing: string;
  latestIndex: number | null;
  /** Change from the council's previous submitted audit. */
  change: number | null;
  provisional: boolean | null;
  coverage: number | null;
  /** Label of the latest submitted audit, e.g. "H1 2026 (January to June)". */
  lastLabel: string | null;
  lastPeriodEnd: string | null;
  lastSubmittedAt: string | null;
  submittedAudits: number;
  draftAudits: number;
}
