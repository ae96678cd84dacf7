export interface DistributionView {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One council in a benchmark. Other councils appear by name only if they chose to be named. */
export interface BenchmarkCouncil {
  /** Present only when the caller may know which council this is. */
  councilId: string | null;
  /** The council's name, or an anonymous label ("Council F") stable within this response only. */
  label: string;
  named: boolean;
  isYou: boolean;
  /**
   * The council's index (or the chosen principle's). For a council the caller may not identify it
   * is rounded to whole points, so that one council is harder to match across views.
   */
  index: number;
  /** Rank in the comparison group (1 = highest); null when the group is too small to show one. */
  rank: number | null;
  /** Only for councils the caller may identify. */
  provisional: boolean | null;
  /** Only for councils the caller may identify. */
  periodEnd: string | null;
  /** Only for councils the caller may identify. */
  type: string | null;
  region: string | null;
  populationBand: string | null;
}

export interface PrincipleBenchmark {
  key: string;
  title: string;
  distribution: DistributionView | null;
  /** The caller's own council, when it has one. */
  yours: number | null;
  /** Yours against the peer median: within ±nearBand points counts as near. */
  position: 'above' | 'near' | 'below' | null;
}

export interface TrendBenchmarkPoint {
  periodEnd: string;
  label: string;
  councils: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Set when the point is withheld because too few councils reported. */
  suppressed: boolean;
}

export interface PeerGroupFilter {
  type: string | null;
  region: string | null;
  populationBand: string | null;
}

export interface Benchmarks {
  asAt: string | null;
  comparisonGroup: PeerGroupFilter;
  displayGroup: PeerGroupFilter;
  minimumGroupSize: number;
  nearBand: number;
  /** Councils in the comparison group with a submitted audit by the date. */
  groupSize: number;
  /** Why figures are withheld, when the group is smaller than the minimum. */
  suppressedReason: string | null;
  distribution: DistributionView | null;
  /** Councils of the display group, ranked within the comparison group (highest index first). */
  councils: BenchmarkCouncil[];
  you: BenchmarkCouncil | null;
  principles: PrincipleBenchmark[];
  trend: TrendBenchmarkPoint[];
}

export interface WhoMadeItWorkEntry {
  /** The council's name, or null when it chose to stay anonymous (then only coordinators see it). */
  councilName: string | null;
  councilId: string | null;
  protocolName: string;
  category: string;
  score: number;
  periodEnd: string;
  evidence: string[];
}

export interface WhoMadeItWork {
  category: string | null;
  libraryKey: string | null;
  entries: WhoMadeItWorkEntry[];
  /** Enabling versions at councils that stay anonymous (not listed for council users). */
  anonymousCount: number;
}
