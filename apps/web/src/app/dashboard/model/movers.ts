import { MismatchRow, Mover } from '@rcp/api-contract';
import { changeText, formatRating, formatSigned } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';

/** A rating in a "before → after" pair: the number, or "no rating" (N/A or not yet rated). */
function ratingWord(value: number | null): string {
  return value === null ? 'no rating' : formatRating(value);
}

function size(change: Mover['changedPrinciples'][number]): number {
  if (change.before === null || change.after === null) return 0.5;
  return Math.abs(change.after - change.before);
}

/** The principles whose rating changed, biggest change first (ties in framework order). */
export function changedPrinciplesBySize(mover: Mover): Mover['changedPrinciples'] {
  return mover.changedPrinciples
    .map((c, i) => ({ c, i }))
    .sort((a, b) => size(b.c) - size(a.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** "Continuity over time −1 → +1". */
export function principleChangeText(change: Mover['changedPrinciples'][number]): string {
  return `${change.title} ${ratingWord(change.before)} → ${ratingWord(change.after)}`;
}

/**
 * What changed behind a mover, in words: "Introduced", "Retired: <reason>", or
 * "Ratings changed: Mutual trust −2 → +2; Continuity 0 → +2 … and 12 more" (the biggest first).
 */
export function moverChangeText(mover: Mover, shown = 3): string {
  switch (mover.change) {
    case 'introduced':
      return 'Introduced';
    case 'retired':
      return mover.retiredReason?.trim() ? `Retired: ${mover.retiredReason.trim()}` : 'Retired';
    case 'ratings-changed': {
      const changes = changedPrinciplesBySize(mover);
      if (changes.length === 0) return 'Ratings changed';
      const listed = changes.slice(0, shown).map(principleChangeText).join('; ');
      const more = changes.length - shown;
      return `Ratings changed: ${listed}${more > 0 ? ` … and ${more} more` : ''}`;
    }
  }
}

/** The effect on the protocol's score, in words: "▲ up 120.0 points (−57.1 → +62.9)". */
export function moverEffectText(mover: Mover): string {
  if (mover.change === 'introduced') {
    return mover.after === null
      ? 'New in this audit, not yet scored'
      : `New in this audit, scoring ${formatSigned(mover.after)}`;
  }
  if (mover.change === 'retired') {
    return mover.before === null
      ? 'No longer in the register'
      : `No longer in the register; it scored ${formatSigned(mover.before)}`;
  }
  if (mover.delta === null) {
    return `Score ${formatSigned(mover.before)} → ${formatSigned(mover.after)}`;
  }
  const c = changeText(mover.delta);
  return `${c.arrow} ${c.words} (${formatSigned(mover.before)} → ${formatSigned(mover.after)})`;
}

/** Why a mismatch matters, in a sentence a council can repeat. */
export function mismatchExplanation(row: MismatchRow): string {
  const need =
    row.contextNeed === 'mixed'
      ? 'This protocol governs work that needs a mix of relationship and transaction'
      : 'This protocol governs work that needs a relationship';
  const score = row.score === null ? '' : ` (overall score ${formatIndex(row.score)})`;
  return `${need}, but it inhibits the relational principles${score}: it imposes a script, a slot or a process where a person needs a relationship.`;
}
