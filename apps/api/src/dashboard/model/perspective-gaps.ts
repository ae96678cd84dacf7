import type { PerspectiveGapView } from '@rcp/api-contract';
import { DashboardView, principleTitle } from './dashboard-view';

/** How far the perspectives of the selected audit differ (unfiltered, several perspectives only). */
export function buildPerspectiveGaps(v: DashboardView): PerspectiveGapView | null {
  const { selected } = v;
  if (!(selected.perspectives.length > 1 && selected.perspective_indexes && !v.filtered))
    return null;
  return {
    perspectives: selected.perspectives.map((p) => ({
      perspective: p,
      index: selected.perspective_indexes?.[p] ?? null,
    })),
    gap: selected.gap,
    byPrinciple: (selected.principle_gaps ?? []).map((g) => ({
      key: g.key,
      title: principleTitle(v, g.key),
      values: g.indexes,
      gap: g.gap?.size ?? null,
    })),
  };
}
