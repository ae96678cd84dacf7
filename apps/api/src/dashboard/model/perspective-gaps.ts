import type { PerspectiveGapView } from '@rcp/api-contract';
import { DashboardView, principleTitle } from './dashboard-view';

/** How far the perspectives of the selected audit differ (unfiltered, several perspectives only). */
export function buildPerspectiveGaps(v: DashboardView): PerspectiveGapView | null {
  const { selected, perspectiveGaps: stored } = v;
  if (!(selected.perspectives.length > 1 && stored?.perspective_indexes && !v.filtered))
    return null;
  return {
    perspectives: selected.perspectives.map((p) => ({
      perspective: p,
      index: stored.perspective_indexes?.[p] ?? null,
    })),
    gap: stored.gap,
    byPrinciple: (stored.principle_gaps ?? []).map((g) => ({
      key: g.key,
      title: principleTitle(v, g.key),
      values: g.indexes,
      gap: g.gap?.size ?? null,
    })),
  };
}
