import { type Rating } from '@rcp/vocabulary';
import type { AuditRating } from '@rcp/api-contract';
import { evidenceRequirement, type EvidenceRequirement } from '@rcp/scoring';

/**
 * What the grid does when a cell is given `value`, by the shared rule of what a rating change does
 * to its evidence (`evidenceRequirement`, with the cell's current value as "before"):
 * - `write` with `evidence: undefined`: the evidence stays (`keep`);
 * - `write` with `evidence: null`: the evidence goes (`drop`), here as on the server;
 * - `dialog`: the new value needs evidence given for it (`required`), so the evidence dialog opens
 *   with the value preset and the evidence field empty. A ±2 kept without any evidence (old data)
 *   also needs the dialog: the server takes ±2 only with evidence.
 */
export type RateDecision =
  | { readonly kind: 'write'; readonly evidence: undefined | null }
  | { readonly kind: 'dialog' };

export function rateDecision(
  current: Pick<AuditRating, 'value' | 'evidence'> | undefined,
  value: Rating | null,
): RateDecision {
  const rule = evidenceRequirement(current?.value, value);
  if (rule === 'required') return { kind: 'dialog' };
  if (rule === 'drop') return { kind: 'write', evidence: null };
  if ((value === 2 || value === -2) && !current?.evidence) return { kind: 'dialog' };
  return { kind: 'write', evidence: undefined };
}

/**
 * In the dialog: whether the evidence field must be filled for `value`, and whether the cell's
 * old evidence may still stand beside it (`keep` only).
 */
export function dialogEvidence(
  current: Pick<AuditRating, 'value' | 'evidence'> | undefined,
  value: Rating | null | undefined,
): {
  readonly rule: EvidenceRequirement | null;
  readonly needed: boolean;
  readonly reuse: boolean;
} {
  if (value === undefined) return { rule: null, needed: false, reuse: !!current?.evidence };
  const rule = evidenceRequirement(current?.value, value);
  const reuse = rule === 'keep' && !!current?.evidence;
  const needed = rule === 'required' || value === 2 || value === -2;
  return { rule, needed, reuse };
}
