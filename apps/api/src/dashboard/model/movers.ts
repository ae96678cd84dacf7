import type { Mover } from '@rcp/api-contract';
import type { DashboardRatingRow } from '../dashboard.repository';
import { DashboardView, principleTitle, protocolsOf, ratingsOf, scoreOf } from './dashboard-view';

const cellsOf = (rows: DashboardRatingRow[]) => {
  const map = new Map<string, DashboardRatingRow>();
  for (const r of rows) map.set(`${r.protocol_id}/${r.principle_key}`, r);
  return map;
};

/**
 * Biggest movers between the comparison audit and the selected one, each with the change behind
 * it: protocols introduced, retired, or with changed ratings. At most ten, largest effect first.
 */
export function buildMovers(v: DashboardView): Mover[] {
  if (!v.compare) return [];
  const before = protocolsOf(v, v.compare.id);
  const after = v.current;
  const afterRatings = ratingsOf(v, v.selected.id);
  const old = new Map(before.map((p) => [p.protocol_id, p]));
  const now = new Map(after.map((p) => [p.protocol_id, p]));
  const oldCells = cellsOf(ratingsOf(v, v.compare.id));
  const newCells = cellsOf(afterRatings);
  const principleKeys = v.framework.principles.map((p) => p.key);
  const movers: Mover[] = [];
  for (const p of after) {
    const was = old.get(p.protocol_id);
    const a = scoreOf(v, p).score;
    const b = was ? scoreOf(v, was).score : null;
    const changed = principleKeys
      .map((key) => ({
        key,
        o: oldCells.get(`${p.protocol_id}/${key}`),
        n: newCells.get(`${p.protocol_id}/${key}`),
      }))
      .filter(({ o, n }) => (o?.value ?? 'none') !== (n?.value ?? 'none'))
      .map(({ key, o, n }) => ({
        key,
        title: principleTitle(v, key),
        before: o?.value ?? null,
        after: n?.value ?? null,
      }));
    if (was && changed.length === 0) continue;
    movers.push({
      protocolId: p.protocol_id,
      name: p.name,
      before: b,
      after: a,
      delta: a !== null && b !== null ? a - b : null,
      change: was ? 'ratings-changed' : 'introduced',
      retiredReason: null,
      evidence: [
        ...new Set(
          afterRatings
            .filter((r) => r.protocol_id === p.protocol_id && r.evidence_text)
            .map((r) => r.evidence_text as string),
        ),
      ].slice(0, 3),
      changedPrinciples: changed,
    });
  }
  for (const p of before) {
    if (now.has(p.protocol_id)) continue;
    movers.push({
      protocolId: p.protocol_id,
      name: p.name,
      before: scoreOf(v, p).score,
      after: null,
      delta: null,
      change: 'retired',
      retiredReason: p.retired_reason,
      evidence: [],
      changedPrinciples: [],
    });
  }
  // Largest effect first: retired and introduced protocols rank by the score they took away or added.
  const size = (m: Mover) => Math.abs(m.delta ?? m.after ?? m.before ?? 0);
  return movers.sort((x, y) => size(y) - size(x)).slice(0, 10);
}
