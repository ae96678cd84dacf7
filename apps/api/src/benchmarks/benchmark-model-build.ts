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

/** The eight peer groups a council belongs to: each facet either its own value or '' (any). */
function groupKeysOf(r: { type: string; region: string; population_band: string }): string[] {
  const keys: string[] = [];
  for (const type of [r.type, ''])
    for (const region of [r.region, ''])
      for (const band of [r.population_band, '']) keys.push(`${type}\u0000${region}\u0000${band}`);
  return keys;
}

/**
 * Every non-empty peer group's figures for every measure: the distribution over members' latest
 * audits and the raw trend over all their submitted audits — exactly what a request used to
 * compute for its one group, before withholding (that depends on the viewer's configured minimum).
 */
export function buildGroupStats(
  latest: StoredLatestRow[],
  audits: TrendSourceRow[],
): GroupStatsRow[] {
  const members = new Map<string, StoredLatestRow[]>();
  for (const row of latest)
    for (const key of groupKeysOf(row)) {
      const list = members.get(key) ?? [];
      list.push(row);
      members.set(key, list);
    }
  const auditsOf = new Map<string, TrendSourceRow[]>();
  for (const a of audits) {
    const list = auditsOf.get(a.council_id) ?? [];
    list.push(a);
    auditsOf.set(a.council_id, list);
  }
  const measures = new Set<string>(['']);
  for (const row of [...latest, ...audits])
    for (const key of Object.keys(row.principles)) measures.add(key);

  const out: GroupStatsRow[] = [];
  for (const [key, rows] of members) {
    const [type, region, population_band] = key.split('\u0000');
    const groupAudits = rows.flatMap((r) => auditsOf.get(r.council_id) ?? []);
    for (const measure of measures) {
      const distribution = describeDistribution(rows.map((r) => measureOf(r, measure)));
      const trend = rawTrend(
        groupAudits.map(
          (a): PeriodValueRow => ({ period_end: a.period_end, value: measureOf(a, measure) }),
        ),
      );
      if (distribution || trend.length)
        out.push({ type, region, population_band, measure, distribution, trend });
    }
  }
  return out;
}
