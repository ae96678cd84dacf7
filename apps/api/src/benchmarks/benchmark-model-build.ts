/** The council index (measure '') or one principle's index of a row. */
export function measureOf(
  row: { index_score: number | null; principles: Record<string, number | null> },
  measure: string,
): number | null {
  return measure === '' ? row.index_score : (row.principles[measure] ?? null);
}
