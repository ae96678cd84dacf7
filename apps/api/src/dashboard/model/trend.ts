import type { TrendPoint } from '@rcp/api-contract';
import { auditRef, DashboardView, measuresOf, protocolsOf } from './dashboard-view';
import { inHeadlineScope } from './headline-class-counts';

/**
 * Every submitted audit's index, oldest first (scored again when the view is filtered), with its
 * protocol load — the protocols the headline counts — and how many protocols left or joined the
 * register since the audit before, so retiring and simplifying rules shows over time.
 */
export function buildTrend(v: DashboardView): TrendPoint[] {
  let previous: Set<string> | null = null;
  return v.audits.map((a) => {
    const s = v.rescored.get(a.id);
    const ids = new Set(inHeadlineScope(v, protocolsOf(v, a.id)).map((p) => p.protocol_id));
    const before = previous;
    previous = ids;
    return {
      ...auditRef(a),
      index: s ? (v.filters.scope === 'wider' ? s.wider.index : s.index) : a.index_score,
      provisional: s ? measuresOf(v, s).provisional : a.provisional,
      coverage: s ? measuresOf(v, s).coverage : a.coverage,
      protocolLoad: ids.size,
      protocolsRetired: before ? [...before].filter((id) => !ids.has(id)).length : null,
      protocolsIntroduced: before ? [...ids].filter((id) => !before.has(id)).length : null,
    };
  });
}
