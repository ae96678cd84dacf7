import type { TrendPoint } from '@rcp/api-contract';
import type { ChartTable } from '../../shared/charts/chart-table';
import type { TrendLine } from '../../shared/charts/trend-chart';
import { shortLabel } from './dashboard-text';
import { trendTick } from './trend';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Protocol load over time in one sentence: where it started and ended, and how many rules were
 * retired and introduced along the way — simplifying a register is progress the index alone hides.
 */
export function protocolLoadSummary(trend: readonly TrendPoint[], scope: string): string {
  if (trend.length === 0)
    return 'There is no submitted audit yet, so there is no protocol load over time.';
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (trend.length === 1)
    return `${shortLabel(first)} counted ${plural(first.protocolLoad, `${scope} protocol`)}.`;
  const retired = trend.reduce((n, p) => n + (p.protocolsRetired ?? 0), 0);
  const introduced = trend.reduce((n, p) => n + (p.protocolsIntroduced ?? 0), 0);
  const verb =
    last.protocolLoad < first.protocolLoad
      ? 'fell from'
      : last.protocolLoad > first.protocolLoad
        ? 'rose from'
        : 'stayed at';
  const change =
    verb === 'stayed at'
      ? `${first.protocolLoad}`
      : `${first.protocolLoad} to ${last.protocolLoad}`;
  return `The load of ${scope} protocols ${verb} ${change} between ${shortLabel(first)} and ${shortLabel(last)}: ${plural(retired, 'protocol')} retired and ${introduced} introduced.`;
}

export function protocolLoadTable(trend: readonly TrendPoint[]): ChartTable {
  return {
    columns: [
      { key: 'audit', label: 'Audit' },
      { key: 'periodEnd', label: 'Period ends' },
      { key: 'load', label: 'Protocol load', numeric: true },
      { key: 'retired', label: 'Retired since the audit before', numeric: true },
      { key: 'introduced', label: 'Introduced since the audit before', numeric: true },
    ],
    rows: trend.map((p) => ({
      audit: shortLabel(p),
      periodEnd: p.periodEnd,
      load: p.protocolLoad,
      retired: p.protocolsRetired,
      introduced: p.protocolsIntroduced,
    })),
  };
}

export function protocolLoadSeries(trend: readonly TrendPoint[]): TrendLine[] {
  return trend.length
    ? [
        {
          name: 'Protocol load',
          series: trend.map((p) => ({ name: trendTick(p), value: p.protocolLoad })),
        },
      ]
    : [];
}
