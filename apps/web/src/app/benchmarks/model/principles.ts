import { PrincipleBenchmark } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { listOf, plural, Position, POSITION_WORDS } from './benchmark-text';
import { formatIndex } from '../../shared/format/index-format';

/** The five numbers a box shows, in order, with their names for the table. */
const FIVE = [
  ['min', 'Lowest'],
  ['q1', 'Lower quartile'],
  ['median', 'Median'],
  ['q3', 'Upper quartile'],
  ['max', 'Highest'],
] as const;

/** One principle's box: the five numbers it is drawn from, rounded as the table shows them. */
export interface PrincipleBox {
  name: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One box per principle with a distribution, in the framework's order. */
export function principleBoxes(principles: readonly PrincipleBenchmark[]): PrincipleBox[] {
  const boxes: PrincipleBox[] = [];
  for (const p of principles) {
    const d = p.distribution;
    if (!d) continue;
    boxes.push({
      name: p.title,
      min: roundScore(d.min),
      q1: roundScore(d.q1),
      median: roundScore(d.median),
      q3: roundScore(d.q3),
      max: roundScore(d.max),
    });
  }
  return boxes;
}

/** The numbers behind the principle chart; with the caller's own scores and positions if any. */
export function principleTable(
  principles: readonly PrincipleBenchmark[],
  options: { yours: boolean },
): ChartTable {
  return {
    columns: [
      { key: 'principle', label: 'Principle' },
      ...FIVE.map(([key, label]) => ({ key, label, numeric: true })),
      { key: 'councils', label: 'Councils', numeric: true },
      ...(options.yours
        ? [
            { key: 'yours', label: 'Yours', numeric: true },
            { key: 'position', label: 'Against the median' },
          ]
        : []),
    ],
    rows: principles.map((p) => ({
      principle: p.title,
      min: roundScore(p.distribution?.min ?? null),
      q1: roundScore(p.distribution?.q1 ?? null),
      median: roundScore(p.distribution?.median ?? null),
      q3: roundScore(p.distribution?.q3 ?? null),
      max: roundScore(p.distribution?.max ?? null),
      councils: p.distribution?.count ?? null,
      ...(options.yours
        ? {
            yours: roundScore(p.yours),
            position: p.position ? POSITION_WORDS[p.position] : null,
          }
        : {}),
    })),
  };
}

/** How many principles are above, near and below the median. */
export function positionCounts(
  principles: readonly PrincipleBenchmark[],
): Record<Position, number> {
  const counts: Record<Position, number> = { above: 0, near: 0, below: 0 };
  for (const p of principles) if (p.position) counts[p.position]++;
  return counts;
}

/**
 * The principle chart's one sentence. For a council: how many principles are above, near and below
 * the peer median. For a coordinator: the principles with the highest and lowest medians.
 */
export function principleSummary(
  principles: readonly PrincipleBenchmark[],
  options: { coordinator: boolean; median: string },
): string {
  const shown = principles.filter((p) => p.distribution !== null);
  if (shown.length === 0) return 'There are no principle scores to compare.';
  if (!options.coordinator && principles.some((p) => p.position !== null)) {
    const c = positionCounts(principles);
    const parts = [
      c.above ? `above the ${options.median} on ${plural(c.above, 'principle')}` : null,
      c.near ? `near it on ${plural(c.near, 'principle')}` : null,
      c.below ? `below it on ${plural(c.below, 'principle')}` : null,
    ].filter((x): x is string => x !== null);
    if (!c.above && parts.length) parts[0] = parts[0].replace(/ it /, ` the ${options.median} `);
    return `Your council is ${listOf(parts)}.`;
  }
  if (shown.length === 1) {
    const p = shown[0];
    const d = p.distribution;
    return `${p.title}: the median is ${formatIndex(d?.median)}, and the middle half of councils score between ${formatIndex(d?.q1)} and ${formatIndex(d?.q3)}.`;
  }
  const byMedian = [...shown].sort(
    (a, b) => (b.distribution?.median ?? 0) - (a.distribution?.median ?? 0),
  );
  const top = byMedian[0];
  const bottom = byMedian[byMedian.length - 1];
  return `Across ${plural(shown.length, 'principle')}, the highest median is ${top.title} at ${formatIndex(top.distribution?.median)} and the lowest is ${bottom.title} at ${formatIndex(bottom.distribution?.median)}.`;
}
