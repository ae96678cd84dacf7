import type { PeerGroupFilter, PrincipleBenchmark, TrendBenchmarkPoint } from '@rcp/api-contract';
import { describeDistribution, Distribution } from '@rcp/scoring';
import type { PeriodValueRow } from './benchmarks.repository';

/** Within this many points of the peer median counts as "near". */
export const NEAR_BAND = 5;

/** True when a council's peer-group facts match every facet the filter sets. */
export function inGroup(
  row: { type: string; region: string; population_band: string },
  g: PeerGroupFilter,
): boolean {
  return (
    (!g.type || row.type === g.type) &&
    (!g.region || row.region === g.region) &&
    (!g.populationBand || row.population_band === g.populationBand)
  );
}

/** "A", "B", … "Z", "AA", "AB" … */
export function letters(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export function halfYearLabel(periodEnd: string): string {
  const [y, m] = periodEnd.split('-').map(Number);
  return m <= 6 ? `H1 ${y}` : `H2 ${y}`;
}

/** Where a council's value sits against the group median (null without both). */
export function positionAgainst(
  yours: number | null,
  median: number | null,
): PrincipleBenchmark['position'] {
  if (median === null || yours === null) return null;
  return yours > median + NEAR_BAND ? 'above' : yours < median - NEAR_BAND ? 'below' : 'near';
}

/** One period end of the trend before withholding: how many values, and their quartiles. */
export interface RawTrendPoint {
  periodEnd: string;
  councils: number;
  median: number;
  q1: number;
  q3: number;
}

/** Median and interquartile range of the values per period end, oldest first (nulls skipped). */
export function rawTrend(rows: PeriodValueRow[]): RawTrendPoint[] {
  const byPeriod = new Map<string, number[]>();
  for (const r of rows) {
    if (r.value === null) continue;
    const list = byPeriod.get(r.period_end) ?? [];
    list.push(r.value);
    byPeriod.set(r.period_end, list);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([periodEnd, values]) => {
      const d = describeDistribution(values) as Distribution;
      return { periodEnd, councils: values.length, median: d.median, q1: d.q1, q3: d.q3 };
    });
}

/** The trend as shown: figures withheld for a period with fewer values than the minimum. */
export function withheldTrend(raw: RawTrendPoint[], minimum: number): TrendBenchmarkPoint[] {
  return raw.map((p) => {
    const enough = p.councils >= minimum;
    return {
      periodEnd: p.periodEnd,
      label: halfYearLabel(p.periodEnd),
      councils: p.councils,
      median: enough ? p.median : null,
      q1: enough ? p.q1 : null,
      q3: enough ? p.q3 : null,
      suppressed: !enough,
    };
  });
}

/** Median and interquartile range of the group per period end, withheld below the minimum. */
export function trendPoints(rows: PeriodValueRow[], minimum: number): TrendBenchmarkPoint[] {
  return withheldTrend(rawTrend(rows), minimum);
}
