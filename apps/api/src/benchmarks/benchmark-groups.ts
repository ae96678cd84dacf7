import type { PeerGroupFilter, PrincipleBenchmark, TrendBenchmarkPoint } from '@rcp/api-contract';
import { describeDistribution } from '@rcp/scoring';
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

/** Median and interquartile range of the group per period end, withheld below the minimum. */
export function trendPoints(rows: PeriodValueRow[], minimum: number): TrendBenchmarkPoint[] {
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
      const enough = values.length >= minimum;
      const d = enough ? describeDistribution(values) : null;
      return {
        periodEnd,
        label: halfYearLabel(periodEnd),
        councils: values.length,
        median: d?.median ?? null,
        q1: d?.q1 ?? null,
        q3: d?.q3 ?? null,
        suppressed: !enough,
      };
    });
}
