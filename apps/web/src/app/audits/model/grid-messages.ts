import { PERSPECTIVE_LABELS, type ProtocolClass, type Rating } from '@rcp/vocabulary';
import type { ProtocolGap } from '@rcp/scoring';
import {
  ageInWords,
  CLASS_WORDS,
  formatGap,
  formatMomentDay,
  formatScore,
  ratingInWords,
  RatingWords,
} from './rating-text';

/** The rating grid's words: its polite announcements and the texts of its cells and details. */

export const HELP_SHOWN_MESSAGE = 'The keyboard shortcuts are shown above the grid.';
export const CLEARED_MESSAGE = 'Rating cleared: not rated.';
export const MINUS_MESSAGE = 'Minus: type 1 or 2.';

/** Said when the perspective switcher changes whose ratings are shown. */
export function perspectiveMessage(readOnly: boolean, label: string): string {
  return `${readOnly ? 'Showing' : 'Now editing'} the ratings of: ${label}.`;
}

/** Said when a key rated a cell; `dropped` when the change removed the old rating's evidence. */
export function ratedMessage(value: Rating | null, words: RatingWords, dropped: boolean): string {
  return `${ratingInWords(value, words)}${dropped ? ': the evidence for the previous rating was removed' : ''}.`;
}

/** Said when the evidence dialog closed without a result: what the cell still holds. */
export function cancelledMessage(still: Rating | null | undefined, words: RatingWords): string {
  return `Cancelled: still ${ratingInWords(still, words)}.`;
}

/** Said when the evidence dialog saved a rating. */
export function dialogSavedMessage(
  value: Rating | null,
  withEvidence: boolean,
  words: RatingWords,
): string {
  return `${ratingInWords(value, words)}${withEvidence ? ', with evidence' : ''}.`;
}

/** Said when a row's carried-forward ratings were confirmed (and some still need evidence). */
export function confirmRowMessage(
  protocolName: string,
  confirmed: number,
  needEvidence: number,
): string {
  let text =
    confirmed === 0
      ? `${protocolName} has no carried-forward ratings to confirm.`
      : `${confirmed} carried-forward ${confirmed === 1 ? 'rating' : 'ratings'} of ${protocolName} confirmed.`;
  if (needEvidence > 0) {
    text += ` ${needEvidence} need evidence first: open them with Enter.`;
  }
  return text;
}

/** The details panel's line for a rating carried forward and not yet confirmed. */
export function carriedText(ratedAt: string, now = new Date()): string {
  return `Carried forward from ${formatMomentDay(ratedAt)} (${ageInWords(ratedAt, now)} old), not yet confirmed.`;
}

/** A protocol's largest gap between the perspectives, with the two scores it lies between. */
export function gapText(g: ProtocolGap): string {
  return g.gap
    ? `${formatGap(g.gap.size)}: ${PERSPECTIVE_LABELS[g.gap.high]} ${formatScore(
        g.scores[g.gap.high],
      )}, ${PERSPECTIVE_LABELS[g.gap.low]} ${formatScore(g.scores[g.gap.low])}`
    : 'None yet (needs two perspectives’ scores)';
}

/** The grid's accessible name: whose ratings it shows when the audit collects several. */
export function gridLabel(perspectiveLabel: string | null): string {
  const who = perspectiveLabel ? ` (${perspectiveLabel})` : '';
  return `Ratings${who}: protocols by principle`;
}

/** A protocol's score and class: "+50.0, Enabling". */
export function scoreAndClass(result: {
  readonly score: number | null;
  readonly class: ProtocolClass | null;
}): string {
  return `${formatScore(result.score)}, ${CLASS_WORDS[result.class ?? 'unscored']}`;
}
