/**
 * Distribution of council indexes for benchmarks: quartiles by linear interpolation between
 * closest ranks (the "inclusive" method: Excel's QUARTILE.INC, R's type 7), and competition
 * ranks (1, 2, 2, 4) with the highest index first. Documented in docs/scoring.md §Benchmarks.
 */

export interface Distribution {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The p-quantile (0…1) of values already sorted ascending; undefined for an empty list. */
export function quantileSorted(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[sorted.length - 1];
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  return fraction === 0
    ? sorted[lower]
    : sorted[lower] + (sorted[lower + 1] - sorted[lower]) * fraction;
}

/** Min, quartiles and max of the finite values given (others ignored); null when there are none. */
export function describeDistribution(
  values: readonly (number | null | undefined)[],
): Distribution | null {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    count: sorted.length,
    min: sorted[0],
    q1: quantileSorted(sorted, 0.25) as number,
    median: quantileSorted(sorted, 0.5) as number,
    q3: quantileSorted(sorted, 0.75) as number,
    max: sorted[sorted.length - 1],
  };
}

/** Competition ranks, highest value first: equal values share a rank and the next rank skips. */
export function competitionRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  order.forEach((entry, position) => {
    ranks[entry.i] =
      position > 0 && entry.v === order[position - 1].v
        ? ranks[order[position - 1].i]
        : position + 1;
  });
  return ranks;
}
