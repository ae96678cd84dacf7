import type { ClassCounts } from '@rcp/api-contract';
import type { DashboardProtocolRow } from '../dashboard.repository';
import { DashboardView, emptyClassCounts, scoreOf } from './dashboard-view';

/**
 * The scope the headline figures count: the organisational protocols (what the council controls),
 * or the wider environment when the view is filtered to it. The other scope is reported apart, so
 * the index, class counts, load and mismatches always describe the same protocols — as the audit
 * page's headline does (`headlineFigures` in the scoring lib).
 */
export function headlineScope(v: DashboardView): 'organisational' | 'wider' {
  return v.filters.scope ?? 'organisational';
}

/** The protocols the headline counts, of an audit's protocols that match the filters. */
export function inHeadlineScope(
  v: DashboardView,
  protocols: readonly DashboardProtocolRow[],
): DashboardProtocolRow[] {
  const scope = headlineScope(v);
  return protocols.filter((p) => p.scope === scope);
}

/**
 * The headline's class counts: each protocol in the headline's scope counted once by its class
 * (as scored for this view), or as unscored when it has none.
 */
export function headlineClassCounts(v: DashboardView): ClassCounts {
  const counts = emptyClassCounts();
  for (const p of inHeadlineScope(v, v.current)) counts[scoreOf(v, p).class ?? 'unscored']++;
  return counts;
}
