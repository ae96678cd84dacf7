import { TrendPoint } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { capitalise, percentNumber, shortLabel } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';

/** A point's label on the chart's axis: provisional results carry an asterisk, explained below it. */
export function trendTick(point: TrendPoint): string {
  return `${shortLabel(point)}${point.provisional ? '*' : ''}`;
}

function at(point: TrendPoint): string {
  return `${formatIndex(point.index)} in ${shortLabel(point)}${point.provisional ? ' (provisional)' : ''}`;
}

/**
 * One sentence on the index over time: where it started, where it is, and how many results are
 * provisional. `subject` names the index ("the index", "the wider-environment index").
 */
export function trendSummary(trend: readonly TrendPoint[], subject = 'the index'): string {
  const points = trend.filter((p) => p.index !== null);
  if (points.length === 0) {
    return trend.length === 0
      ? 'There is no submitted audit yet, so there is no index over time.'
      : `No audit has ${subject} yet: no protocol here has a score.`;
  }
  const provisional = points.filter((p) => p.provisional).length;
  const provisionalClause =
    provisional === 0
      ? ''
      : `; ${provisional} of the ${points.length} results ${provisional === 1 ? 'is' : 'are'} provisional, as less of the register had been assessed`;
  if (points.length === 1) {
    return `${capitalise(subject)} was ${at(points[0])}, the only audit with a result${provisional && !points[0].provisional ? provisionalClause : ''}.`;
  }
  const first = points[0];
  const last = points[points.length - 1];
  const delta = roundScore((last.index ?? 0) - (first.index ?? 0));
  const verb = delta > 0 ? 'rose from' : delta < 0 ? 'fell from' : 'was';
  const middle = delta === 0 ? ' and again' : ' to';
  return `${capitalise(subject)} ${verb} ${at(first)}${middle} ${at(last)}${provisionalClause}.`;
}

/** The numbers behind the line chart: every submitted audit, provisional ones marked. */
export function trendTable(trend: readonly TrendPoint[]): ChartTable {
  return {
    columns: [
      { key: 'audit', label: 'Audit' },
      { key: 'periodEnd', label: 'Period ends' },
      { key: 'index', label: 'Index', numeric: true },
      { key: 'coverage', label: 'Coverage (%)', numeric: true },
      { key: 'provisional', label: 'Provisional' },
    ],
    rows: trend.map((p) => ({
      audit: shortLabel(p),
      periodEnd: p.periodEnd,
      index: roundScore(p.index),
      coverage: percentNumber(p.coverage),
      provisional: p.provisional ? 'Yes (low coverage)' : 'No',
    })),
  };
}

export interface LineSeries {
  name: string;
  series: Array<{ name: string; value: number }>;
}

/** The line chart's one series (audits without an index are left out, never drawn as zero). */
export function trendSeries(trend: readonly TrendPoint[], name = 'Index'): LineSeries[] {
  const series = trend
    .filter((p) => p.index !== null)
    .map((p) => ({ name: trendTick(p), value: roundScore(p.index) ?? 0 }));
  return series.length ? [{ name, series }] : [];
}
