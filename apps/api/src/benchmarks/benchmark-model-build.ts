import { describeDistribution } from '@rcp/scoring';
import { rawTrend } from './benchmark-groups';
import type { PeriodValueRow } from './benchmarks.repository';
import type { GroupStatsRow, StoredLatestRow, TrendSourceRow } from './benchmark-model.queries';

/** The council index (measure '') or one principle's index of a row. */
export function measureOf(
  row: { index_score: number | null; principles: Record<string, number | null> },
  measure: string,
): number | null {
  return measure === '' ? row.index_score : (row.principles[measure] ?? null);
}

/**
 * One peer group's figures for every measure: the distribution over members' latest audits and
 * the raw trend over all their submitted audits — exactly what a request used to compute for its
 * group, before withholding (that depends on the configured minimum, applied per request). The
 * council index row (measure '') is always there, so a built group is told from an unbuilt one.
 */
export function buildGroupStats(
  facets: { type: string; region: string; population_band: string },
  members: StoredLatestRow[],
  audits: TrendSourceRow[],
): GroupStatsRow[] {
  const measures = new Set<string>(['']);
  for (const row of [...members, ...audits])
    for (const key of Object.keys(row.principles)) measures.add(key);
  const out: GroupStatsRow[] = [];
  for (const measure of measures) {
    const distribution = describeDistribution(members.map((r) => measureOf(r, measure)));
    const trend = rawTrend(
      audits.map(
        (a): PeriodValueRow => ({ period_end: a.period_end, value: measureOf(a, measure) }),
      ),
    );
    if (measure === '' || distribution || trend.length)
      out.push({ ...facets, measure, distribution, trend });
  }
  return out;
}
