import type { TrendPoint } from '@rcp/api-contract';
import { auditRef, DashboardView, measuresOf } from './dashboard-view';

/** Every submitted audit's index, oldest first (scored again when the view is filtered). */
export function buildTrend(v: DashboardView): TrendPoint[] {
  return v.audits.map((a) => {
    const s = v.rescored.get(a.id);
    return {
      ...auditRef(a),
      index: s ? (v.filters.scope === 'wider' ? s.wider.index : s.index) : a.index_score,
      provisional: s ? measuresOf(v, s).provisional : a.provisional,
      coverage: s ? measuresOf(v, s).coverage : a.coverage,
    };
  });
}
