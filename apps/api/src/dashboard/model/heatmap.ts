import type { CouncilDashboard, HeatmapRow } from '@rcp/api-contract';
import { categoryTitle, DashboardView, ratingsOf, scoreOf } from './dashboard-view';

/** Heat map of protocols × principles for the selected audit, weakest protocol first. */
export function buildHeatmap(v: DashboardView): CouncilDashboard['heatmap'] {
  const cellsByProtocol = new Map<string, Record<string, number | null>>();
  for (const r of ratingsOf(v, v.selected.id)) {
    let cells = cellsByProtocol.get(r.protocol_id);
    if (!cells) cellsByProtocol.set(r.protocol_id, (cells = {}));
    cells[r.principle_key] = r.value;
  }
  return {
    principles: v.framework.principles.map(({ key, title, contexts }) => ({
      key,
      title,
      contexts,
    })),
    rows: v.current
      .map<HeatmapRow>((p) => {
        const { score, class: cls } = scoreOf(v, p);
        return {
          protocolId: p.protocol_id,
          name: p.name,
          category: categoryTitle(v, p.category),
          serviceArea: p.service_area,
          scope: p.scope,
          contextNeed: p.context_need,
          score,
          class: cls,
          cells: cellsByProtocol.get(p.protocol_id) ?? {},
        };
      })
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.name.localeCompare(b.name)),
  };
}
