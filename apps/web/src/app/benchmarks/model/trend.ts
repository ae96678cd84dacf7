import { TrendBenchmarkPoint } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { plural } from './benchmark-text';
import { formatIndex } from '../../shared/format/index-format';

function shown(trend: readonly TrendBenchmarkPoint[]): TrendBenchmarkPoint[] {
  return trend.filter((p) => !p.suppressed && p.median !== null);
}

/** Why a half-year has no figures: "Withheld: only 3 councils reported (at least 5 are needed)." */
export function withheldText(point: TrendBenchmarkPoint, minimum: number): string {
  return `Withheld: only ${plural(point.councils, 'council')} reported (at least ${minimum} are needed)`;
}

/**
 * The trend's one sentence: where the median started and where it is now, and how many half-years
 * are withheld because too few councils reported. `subject` names the median ("the network
 * median", "the peer median").
 */
export function trendSummary(
  trend: readonly TrendBenchmarkPoint[],
  options: { subject: string; minimum: number },
): string {
  if (trend.length === 0)
    return 'No council has submitted an audit by this date, so there is no trend.';
  const points = shown(trend);
  const withheld = trend.length - points.length;
  const withheldClause =
    withheld === 0
      ? ''
      : `; ${plural(withheld, 'half-year')} ${withheld === 1 ? 'is' : 'are'} withheld because fewer than ${options.minimum} councils reported`;
  const subject = options.subject.charAt(0).toUpperCase() + options.subject.slice(1);
  if (points.length === 0) {
    return `Every half-year is withheld: in each, fewer than ${options.minimum} councils reported.`;
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return `${subject} was ${formatIndex(first.median)} in ${first.label}, the only half-year with enough councils${withheldClause}.`;
  }
  const delta = roundScore((last.median ?? 0) - (first.median ?? 0));
  const verb = delta > 0 ? 'rose from' : delta < 0 ? 'fell from' : 'was';
  const middle = delta === 0 ? ' and again' : ' to';
  return `${subject} ${verb} ${formatIndex(first.median)} in ${first.label}${middle} ${formatIndex(last.median)} in ${last.label}${withheldClause}.`;
}

/** Every half-year, withheld ones included and said to be withheld. */
export function trendTable(trend: readonly TrendBenchmarkPoint[], minimum: number): ChartTable {
  return {
    columns: [
      { key: 'label', label: 'Half-year' },
      { key: 'periodEnd', label: 'Period ends' },
      { key: 'councils', label: 'Councils reporting', numeric: true },
      { key: 'q1', label: 'Lower quartile', numeric: true },
      { key: 'median', label: 'Median', numeric: true },
      { key: 'q3', label: 'Upper quartile', numeric: true },
      { key: 'note', label: 'Note' },
    ],
    rows: trend.map((p) => ({
      label: p.label,
      periodEnd: p.periodEnd,
      councils: p.councils,
      q1: roundScore(p.q1),
      median: roundScore(p.median),
      q3: roundScore(p.q3),
      note: p.suppressed ? withheldText(p, minimum) : null,
    })),
  };
}

export interface RangeSeries {
  name: string;
  series: Array<{ name: string; value: number; min: number; max: number }>;
}

/**
 * The median as a line with the interquartile range as a band around it (ngx-charts draws a band
 * from each point's min to max). Withheld half-years are left out, never drawn as zero.
 */
export function trendSeries(trend: readonly TrendBenchmarkPoint[]): RangeSeries[] {
  const series = shown(trend).map((p) => ({
    name: p.label,
    value: roundScore(p.median ?? 0),
    min: roundScore(p.q1 ?? p.median ?? 0),
    max: roundScore(p.q3 ?? p.median ?? 0),
  }));
  return series.length ? [{ name: 'Median', series }] : [];
}

/** The half-years left off the chart, for the note under it. */
export function withheldPoints(trend: readonly TrendBenchmarkPoint[]): TrendBenchmarkPoint[] {
  return trend.filter((p) => p.suppressed);
}
