import {
  COUNCIL_TYPES,
  CouncilType,
  POPULATION_BANDS,
  PopulationBand,
  Region,
  REGIONS,
} from '@rcp/vocabulary';

/** A peer group: councils of a type, in a region, of a population band (null: any). */
export interface PeerGroup {
  type: CouncilType | null;
  region: Region | null;
  populationBand: PopulationBand | null;
}

/**
 * What the benchmarks page shows, kept in the address so a view can be bookmarked and shared:
 * `?asAt=2025-12-31&principle=mutual-trust&type=unitary&region=Wales&populationBand=under-150k`
 * for the comparison group, and `showType`, `showRegion`, `showPopulationBand` for a
 * coordinator's display group. The query parameters have the API's names.
 */
export interface BenchmarkFilters {
  /** Each council's latest audit for a period ending by this date (YYYY-MM-DD); null: the latest. */
  asAt: string | null;
  /** A principle's key to rank by that principle's score; null: the council index. */
  principle: string | null;
  /** Whom the figures compare against: quartiles, medians and ranks come from this group. */
  comparison: PeerGroup;
  /** Whom the chart and table show (coordinators only); ranks stay those of the comparison group. */
  display: PeerGroup;
}

export const ANY_GROUP: PeerGroup = Object.freeze({
  type: null,
  region: null,
  populationBand: null,
});

export const DEFAULT_FILTERS: BenchmarkFilters = Object.freeze({
  asAt: null,
  principle: null,
  comparison: ANY_GROUP,
  display: ANY_GROUP,
});

/** A query-parameter map as the router gives it (`Params`), or any plain record. */
export type QueryParams = Readonly<Record<string, unknown>>;

const PRINCIPLE_KEY = /^[a-z][a-z0-9_-]{0,59}$/;

function first(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  const v = first(value);
  return v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;
}

/** True for a real calendar date written YYYY-MM-DD ("2025-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function group(params: QueryParams, keys: [string, string, string]): PeerGroup {
  return {
    type: oneOf(COUNCIL_TYPES, params[keys[0]]),
    region: oneOf(REGIONS, params[keys[1]]),
    populationBand: oneOf(POPULATION_BANDS, params[keys[2]]),
  };
}

/**
 * Reads the filters from the address. Values that are not allowed (an unknown region, a date that
 * does not exist) are ignored rather than sent on, so an edited link never breaks the page. The
 * display group is read only for a coordinator.
 */
export function filtersFromParams(
  params: QueryParams,
  options: { displayGroup: boolean },
): BenchmarkFilters {
  const asAt = first(params['asAt']);
  const principle = first(params['principle']);
  return {
    asAt: asAt !== null && isIsoDate(asAt) ? asAt : null,
    principle: principle !== null && PRINCIPLE_KEY.test(principle) ? principle : null,
    comparison: group(params, ['type', 'region', 'populationBand']),
    display: options.displayGroup
      ? group(params, ['showType', 'showRegion', 'showPopulationBand'])
      : ANY_GROUP,
  };
}

/**
 * The filters as query parameters, leaving out whatever is "any", so the address stays short and
 * the same filters always give the same address. The API takes the same parameters.
 */
export function filtersToParams(filters: BenchmarkFilters): Record<string, string> {
  const entries: Array<[string, string | null]> = [
    ['asAt', filters.asAt],
    ['principle', filters.principle],
    ['type', filters.comparison.type],
    ['region', filters.comparison.region],
    ['populationBand', filters.comparison.populationBand],
    ['showType', filters.display.type],
    ['showRegion', filters.display.region],
    ['showPopulationBand', filters.display.populationBand],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null));
}

export function isAnyGroup(g: PeerGroup): boolean {
  return g.type === null && g.region === null && g.populationBand === null;
}

/** True when anything differs from the default view (the latest index across the network). */
export function isFiltered(filters: BenchmarkFilters): boolean {
  return (
    filters.asAt !== null ||
    filters.principle !== null ||
    !isAnyGroup(filters.comparison) ||
    !isAnyGroup(filters.display)
  );
}

/** The same filters with one field of one group changed ('' or null means "any"). */
export function withGroupField(
  filters: BenchmarkFilters,
  which: 'comparison' | 'display',
  field: keyof PeerGroup,
  value: string | null,
): BenchmarkFilters {
  return { ...filters, [which]: { ...filters[which], [field]: value || null } };
}
