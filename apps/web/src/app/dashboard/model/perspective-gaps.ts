import { PerspectiveGapView } from '@rcp/api-contract';
import { Perspective } from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { capitalise, PERSPECTIVE_SHORT, perspectiveInSentence } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';
import { GroupedSeries } from './principle-profile';

/** The perspectives that rated this audit, in the order the API gives them. */
export function perspectivesOf(view: PerspectiveGapView): Perspective[] {
  return view.perspectives.map((p) => p.perspective);
}

/**
 * The gap between the highest and lowest of some figures as they are shown (one decimal), so that
 * "47.9 and 33.1: a gap of 14.8" always adds up on the page. Null with fewer than two figures.
 */
export function shownGap(values: ReadonlyArray<number | null | undefined>): number | null {
  const shown = values
    .map((v) => (typeof v === 'number' ? roundScore(v) : null))
    .filter((v): v is number => v !== null);
  if (shown.length < 2) return null;
  return roundScore(Math.max(...shown) - Math.min(...shown));
}

/** "Leadership rates the council highest (39.9) and frontline practitioners lowest (21.9): a gap of 18.0 points." */
export function gapSentence(view: PerspectiveGapView): string {
  const gap = view.gap;
  if (!gap) {
    return 'There is no gap to show: fewer than two perspectives have an index for this audit.';
  }
  const value = (p: Perspective) =>
    view.perspectives.find((x) => x.perspective === p)?.index ?? null;
  const size = shownGap([value(gap.high), value(gap.low)]) ?? gap.size;
  return `${capitalise(perspectiveInSentence(gap.high))} rates the council highest (${formatIndex(value(gap.high))}) and ${perspectiveInSentence(gap.low)} lowest (${formatIndex(value(gap.low))}): a gap of ${formatIndex(size)} points.`;
}

/** The principle the perspectives disagree on most, or null. */
export function largestPrincipleGap(
  view: PerspectiveGapView,
): PerspectiveGapView['byPrinciple'][number] | null {
  let best: PerspectiveGapView['byPrinciple'][number] | null = null;
  for (const row of view.byPrinciple) {
    if (row.gap !== null && (best === null || row.gap > (best.gap ?? 0))) best = row;
  }
  return best;
}

/** One sentence for the per-principle chart: the largest principle gap and who sees it how. */
export function principleGapSummary(view: PerspectiveGapView): string {
  const largest = largestPrincipleGap(view);
  if (!largest) return 'No principle has ratings from two or more perspectives to compare.';
  const values = perspectivesOf(view)
    .map((p) => ({ p, v: largest.values[p] }))
    .filter((x): x is { p: Perspective; v: number } => x.v !== null && x.v !== undefined)
    .sort((a, b) => b.v - a.v);
  const high = values[0];
  const low = values[values.length - 1];
  const withGaps = view.byPrinciple.filter((r) => r.gap !== null).length;
  const size = shownGap([high.v, low.v]) ?? largest.gap;
  return `Of ${withGaps} principles compared, the perspectives differ most on ${largest.title}, by ${formatIndex(size)} points (${perspectiveInSentence(high.p)} ${formatIndex(high.v)}, ${perspectiveInSentence(low.p)} ${formatIndex(low.v)}).`;
}

export function principleGapTable(view: PerspectiveGapView): ChartTable {
  const perspectives = perspectivesOf(view);
  return {
    columns: [
      { key: 'principle', label: 'Principle' },
      ...perspectives.map((p) => ({ key: p, label: PERSPECTIVE_SHORT[p], numeric: true })),
      { key: 'gap', label: 'Gap', numeric: true },
    ],
    rows: view.byPrinciple.map((row) => {
      const cells: Record<string, number | null> = {};
      for (const p of perspectives) cells[p] = roundScore(row.values[p] ?? null);
      const gap = row.gap === null ? null : shownGap(perspectives.map((p) => row.values[p]));
      return { principle: row.title, ...cells, gap: gap ?? roundScore(row.gap) };
    }),
  };
}

export function principleGapSeries(view: PerspectiveGapView): GroupedSeries[] {
  const perspectives = perspectivesOf(view);
  return view.byPrinciple
    .filter((row) => perspectives.some((p) => typeof row.values[p] === 'number'))
    .map((row) => ({
      name: row.title,
      series: perspectives
        .filter((p) => typeof row.values[p] === 'number')
        .map((p) => ({ name: PERSPECTIVE_SHORT[p], value: roundScore(row.values[p] as number) })),
    }));
}
