import type { ClassCounts } from '@rcp/api-contract';
import { DashboardView, emptyClassCounts, scoreOf } from './dashboard-view';

/**
 * The headline's class counts: each protocol of the selected audit that matches the filters,
 * counted once by its class (as scored for this view), or as unscored when it has none.
 * This is the one place the headline's counts are defined.
 */
export function headlineClassCounts(v: DashboardView): ClassCounts {
  const counts = emptyClassCounts();
  for (const p of v.current) counts[scoreOf(v, p).class ?? 'unscored']++;
  return counts;
}
