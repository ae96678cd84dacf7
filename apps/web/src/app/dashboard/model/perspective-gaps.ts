import { PerspectiveGapView, PerspectiveValue } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/chart-panel/chart-table';
import {
  capitalise,
  formatIndex,
  PERSPECTIVE_SHORT,
  perspectiveInSentence,
} from './dashboard-text';
import { GroupedSeries } from './principle-profile';

/** The perspectives that rated this audit, in the order the API gives them. */
export function perspectivesOf(view: PerspectiveGapView): PerspectiveValue[] {
  return view.perspectives.map((p) => p.perspective);
}

/** "Leadership rates the council highest (39.9) and frontline practitioners lowest (21.9): a gap of 18.0 points." */
export function gapSentence(view: PerspectiveGapView): string {
  const gap = view.gap;
  if (!gap) {
    return 'There is no gap to show: fewer than two perspectives have an index for this audit.';
  }
  const index = (p: PerspectiveValue) =>
    formatIndex(view.perspectives.find((x) => x.perspective === p)?.index ?? null);
  return `${capitalise(perspectiveInSentence(gap.high))} rates the council highest (${index(gap.high)}) and ${perspectiveInSentence(gap.low)} lowest (${index(gap.low)}): a gap of ${formatIndex(gap.size)} points.`;
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
    .filter((x): x is { p: PerspectiveValue; v: number } => x.v !== null && x.v !== undefined)
    .sort((a, b) => b.v - a.v);
  const high = values[0];
  const low = values[values.length - 1];
  const withGaps = view.byPrinciple.filter((r) => r.gap !== null).length;
  return `Of ${withGaps} principles compared, the perspectives differ most on ${largest.title}, by ${formatIndex(largest.gap)} points (${perspectiveInSentence(high.p)} ${formatIndex(high.v)}, ${perspectiveInSentence(low.p)} ${formatIndex(low.v)}).`;
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
      return { principle: row.title, ...cells, gap: roundScore(row.gap) };
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
