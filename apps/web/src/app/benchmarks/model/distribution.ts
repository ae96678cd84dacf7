import { BenchmarkCouncil, Benchmarks, DistributionView } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import {
  capitalise,
  countedGroup,
  formatCouncilIndex,
  formatProvisional,
  medianName,
  ordinal,
  plural,
  positionOf,
  positionPhrase,
  typeLabel,
} from './benchmark-text';
import { formatIndex } from '../../shared/format/index-format';

/** True when another council of the list shares the council's rank (equal indexes). */
export function isTied(council: BenchmarkCouncil, councils: readonly BenchmarkCouncil[]): boolean {
  return councils.some((c) => c.rank === council.rank && c.label !== council.label);
}

/** A council's name in a table or chart: the caller's own council says so in words. */
export function councilLabel(council: BenchmarkCouncil): string {
  return council.isYou ? `${council.label} (you)` : council.label;
}

/**
 * The distribution chart's one sentence. For a council: where it stands against the median and its
 * rank ("Your index of 39.9 is above the network median of 2.4; you rank 1st of 12."). For a
 * coordinator: the spread of the comparison group, and how many of them the display group shows.
 */
export function distributionSummary(
  b: Benchmarks,
  options: { measure?: string; coordinator: boolean },
): string {
  const measure = options.measure ?? 'index';
  const d = b.distribution;
  if (b.suppressedReason || !d) {
    return b.suppressedReason ?? 'There are no figures to compare yet.';
  }
  const median = medianName(b.comparisonGroup);
  if (!options.coordinator) {
    const you = b.you;
    if (!you) {
      return `Your council has no ${measure} to compare by this date; the ${median} is ${formatIndex(d.median)} across ${plural(d.count, 'council')}.`;
    }
    const where = positionPhrase(positionOf(you.index, d.median, b.nearBand), median);
    const stands = `Your ${measure} of ${formatIndex(you.index)} is ${where} of ${formatIndex(d.median)}`;
    if (you.rank === null) return `${stands}.`;
    const tied = isTied(you, b.councils) ? 'joint ' : '';
    return `${stands}; you rank ${tied}${ordinal(you.rank)} of ${b.groupSize}.`;
  }
  const group = countedGroup(b.groupSize, b.comparisonGroup);
  const spread = `${capitalise(measurePlural(measure))} across ${group} range from ${formatIndex(d.min)} to ${formatIndex(d.max)}; the median is ${formatIndex(d.median)} and the middle half lie between ${formatIndex(d.q1)} and ${formatIndex(d.q3)}.`;
  const shown =
    b.councils.length < b.groupSize
      ? ` ${plural(b.councils.length, 'council')} of the display group ${b.councils.length === 1 ? 'is' : 'are'} shown.`
      : '';
  return spread + shown;
}

/** "indexes", "Fairness scores". */
export function measurePlural(measure: string): string {
  return measure === 'index' ? 'indexes' : `${measure}s`;
}

/** The numbers behind the distribution chart: every council shown, best first. */
export function distributionTable(
  councils: readonly BenchmarkCouncil[],
  valueLabel = 'Index',
): ChartTable {
  return {
    columns: [
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'council', label: 'Council' },
      { key: 'index', label: valueLabel, numeric: true },
      { key: 'provisional', label: 'Provisional' },
    ],
    rows: councils.map((c) => ({
      rank: c.rank,
      council: councilLabel(c),
      index: roundScore(c.index),
      provisional: formatProvisional(c.provisional, 'Yes (low coverage)'),
    })),
  };
}

/** The full ranking for a coordinator's table and CSV, with each council's peer-group facts. */
export function rankingTable(
  councils: readonly BenchmarkCouncil[],
  valueLabel = 'Index',
): ChartTable {
  return {
    columns: [
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'council', label: 'Council' },
      { key: 'type', label: 'Type' },
      { key: 'region', label: 'Region' },
      { key: 'index', label: valueLabel, numeric: true },
      { key: 'provisional', label: 'Provisional' },
      { key: 'periodEnd', label: 'Period ends' },
    ],
    rows: councils.map((c) => ({
      rank: c.rank,
      council: councilLabel(c),
      type: c.type ? typeLabel(c.type) : null,
      region: c.region,
      index: roundScore(c.index),
      provisional: formatProvisional(c.provisional),
      periodEnd: c.periodEnd,
    })),
  };
}

/**
 * The label of a council's bar, with its figure (ngx-charts' own value labels collide with the
 * axis beside negative bars): "Council D (−15.8)", "▶ You: Northfield Borough Council (39.9)".
 */
export function barName(council: BenchmarkCouncil): string {
  const name = `${council.label} (${formatCouncilIndex(council)})`;
  return council.isYou ? `▶ You: ${name}` : name;
}

export interface BarDatum {
  name: string;
  value: number;
}

/** One horizontal bar per council, highest index at the top (ngx-charts draws them in order). */
export function distributionSeries(councils: readonly BenchmarkCouncil[]): BarDatum[] {
  return councils.map((c) => ({ name: barName(c), value: roundScore(c.index) }));
}

export interface ReferenceLine {
  name: string;
  value: number;
}

/** Dashed lines across the chart at the lower quartile, the median and the upper quartile. */
export function quartileLines(d: DistributionView | null): ReferenceLine[] {
  if (!d) return [];
  return [
    { name: `Lower quartile ${formatIndex(d.q1)}`, value: roundScore(d.q1) },
    { name: `Median ${formatIndex(d.median)}`, value: roundScore(d.median) },
    { name: `Upper quartile ${formatIndex(d.q3)}`, value: roundScore(d.q3) },
  ];
}
