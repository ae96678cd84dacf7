import type { RatingValue } from '@rcp/vocabulary';

/**
 * What a rating change does to the evidence a cell carries. Evidence belongs to the rating it was
 * given for, so:
 * - `keep`: the value is unchanged, or moves within the same direction below ±2 (+2 → +1): the
 *   evidence still supports it and stays unless new evidence is given;
 * - `drop`: the value moves to or from neutral / not applicable: the old evidence no longer
 *   describes it, so it goes (new evidence is welcome, not required);
 * - `required`: the value reaches ±2 or crosses from enabling to inhibiting (or back): only
 *   evidence given for this new rating may stand beside it.
 */
export type EvidenceRequirement = 'keep' | 'drop' | 'required';

/** `undefined` before: the cell had no rating at all. */
export function evidenceRequirement(
  before: RatingValue | undefined,
  after: RatingValue,
): EvidenceRequirement {
  if (before !== undefined && before === after) return 'keep';
  if (after === 2 || after === -2) return 'required';
  const from = Math.sign(before ?? 0);
  const to = Math.sign(after ?? 0);
  if (from !== 0 && to !== 0 && from !== to) return 'required';
  if (from === to && from !== 0) return 'keep';
  return 'drop';
}
