/**
 * Rounds a score to one decimal place for display, halves away from zero (−12.25 → −12.3,
 * 12.25 → 12.3), never returning −0. Null stays null. Results keep full precision; round only
 * when showing a number.
 */
export function roundScore(x: number): number;
export function roundScore(x: number | null): number | null;
export function roundScore(x: number | null): number | null {
  if (x === null) return null;
  // The tiny nudge absorbs binary representation error (33.35 is stored as 33.3499999…).
  const rounded = Math.round(Math.abs(x) * 10 + 1e-7) / 10;
  return rounded === 0 ? 0 : Math.sign(x) * rounded;
}
