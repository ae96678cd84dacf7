import type { MismatchRow } from '@rcp/api-contract';
import { categoryTitle, DashboardView, scoreOf } from './dashboard-view';

/** Protocols of the selected audit whose design does not fit the context they work in. */
export function buildMismatches(v: DashboardView): MismatchRow[] {
  return v.current
    .filter((p) => scoreOf(v, p).mismatch)
    .map((p) => ({
      protocolId: p.protocol_id,
      name: p.name,
      contextNeed: p.context_need,
      score: scoreOf(v, p).score,
      category: categoryTitle(v, p.category),
    }))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}
