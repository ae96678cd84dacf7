import type { BreakdownRow, CouncilDashboard } from '@rcp/api-contract';
import type { DashboardProtocolRow } from '../dashboard.repository';
import { categoryTitle, DashboardView, emptyClassCounts, scoreOf } from './dashboard-view';
import { inHeadlineScope } from './headline-class-counts';

function breakdown(
  v: DashboardView,
  keyOf: (p: DashboardProtocolRow) => string,
  titleOf: (k: string) => string,
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  // The same protocols as the headline counts, so the panel's totals match it.
  for (const p of inHeadlineScope(v, v.current)) {
    const key = keyOf(p);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, title: titleOf(key), ...emptyClassCounts() }));
    row[scoreOf(v, p).class ?? 'unscored']++;
  }
  return [...rows.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** The selected audit's protocols counted by class, per category and per service area. */
export function buildClassBreakdown(v: DashboardView): CouncilDashboard['classBreakdown'] {
  return {
    byCategory: breakdown(
      v,
      (p) => p.category,
      (k) => categoryTitle(v, k),
    ),
    byServiceArea: breakdown(
      v,
      (p) => p.service_area,
      (k) => k,
    ),
  };
}
