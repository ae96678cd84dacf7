import { roundScore } from '@rcp/scoring';

/** The typographic minus sign, so negative numbers read as negative to screen readers and eyes. */
export const MINUS = '\u2212';

/**
 * An index or score for display, one decimal, halves away from zero: "39.9", "−24.8"; "–" when
 * missing. Every page shows an index this way.
 */
export function formatIndex(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const r = roundScore(value);
  return r < 0 ? `${MINUS}${Math.abs(r).toFixed(1)}` : r.toFixed(1);
}
