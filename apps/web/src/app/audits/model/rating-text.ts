import type { AuditRating, RatingScaleLabel } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  PROTOCOL_CLASS_LABELS,
  type ProtocolClass,
  type Rating,
} from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';

/** The rating scale's words, by value ("2", "-1", "null"); the framework version may word them. */
export type RatingWords = Readonly<Record<string, string>>;

export const DEFAULT_RATING_WORDS: RatingWords = {
  '-2': 'Strongly inhibits',
  '-1': 'Inhibits',
  '0': 'No effect',
  '1': 'Enables',
  '2': 'Strongly enables',
  null: 'Not applicable',
};

export function ratingWordsOf(scale: readonly RatingScaleLabel[] | undefined): RatingWords {
  const words: Record<string, string> = { ...DEFAULT_RATING_WORDS };
  for (const s of scale ?? []) words[String(s.value)] = s.label;
  return words;
}

/** The rating as a short mark for the grid: +2, +1, 0, −1, −2, N/A; '' when not rated. */
export function ratingMark(value: Rating | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'N/A';
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${-value}`;
  return '0';
}

/** The rating in words: "Enables (+1)", "Not applicable", "Not rated". */
export function ratingInWords(
  value: Rating | null | undefined,
  words: RatingWords = DEFAULT_RATING_WORDS,
): string {
  if (value === undefined) return 'Not rated';
  const word = words[String(value)] ?? ratingMark(value);
  return value === null ? word : `${word} (${ratingMark(value)})`;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const LOCAL_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "2026-03-12" → "12 Mar 2026" (a calendar date, so no time zone shift). */
export function formatDay(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : DAY.format(d);
}

/** A moment as the local day: "12 Mar 2026". */
export function formatMomentDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : LOCAL_DAY.format(d);
}

/** "10:42" */
export function formatTime(d: Date): string {
  return TIME.format(d);
}

/** "12 Mar 2026 at 10:42" */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${LOCAL_DAY.format(d)} at ${TIME.format(d)}`;
}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function todayIso(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** How old a rating is, briefly: "new", "3 mo", "1 yr", "2 yr 4 mo". */
export function ageOf(ratedAt: string, now = new Date()): string {
  const then = new Date(ratedAt);
  if (Number.isNaN(then.getTime())) return '';
  let months = (now.getFullYear() - then.getFullYear()) * 12 + (now.getMonth() - then.getMonth());
  if (now.getDate() < then.getDate()) months--;
  if (months < 1) return 'under 1 mo';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${months} mo`;
  return rest === 0 ? `${years} yr` : `${years} yr ${rest} mo`;
}

/** The same age in words for screen readers: "3 months", "1 year 4 months". */
export function ageInWords(ratedAt: string, now = new Date()): string {
  return ageOf(ratedAt, now)
    .replace('under 1 mo', 'under a month')
    .replace(/(\d+) yr/, (_, n: string) => `${n} ${n === '1' ? 'year' : 'years'}`)
    .replace(/(\d+) mo$/, (_, n: string) => `${n} ${n === '1' ? 'month' : 'months'}`);
}

/** A score for display: one decimal, signed, with a true minus sign: "+12.5", "−3.6", "0.0". */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  const r = roundScore(score);
  const text = Math.abs(r).toFixed(1);
  return r > 0 ? `+${text}` : r < 0 ? `−${text}` : text;
}

/** A gap (never negative) for display: "16.4". */
export function formatGap(size: number | null | undefined): string {
  return size === null || size === undefined ? '–' : roundScore(size).toFixed(1);
}

/** A share 0…1 as a percentage with one decimal: "91.7%". */
export function formatPercent(share: number): string {
  return `${roundScore(share * 100).toFixed(1)}%`;
}

/** The classes' names, unscored last (the headline cards list them in this order). */
export const CLASS_WORDS: Readonly<Record<ProtocolClass | 'unscored', string>> =
  PROTOCOL_CLASS_LABELS;

export function classInWords(cls: ProtocolClass | null): string {
  return CLASS_WORDS[cls ?? 'unscored'];
}

/** "Relational need", "Transactional need", "Mixed need". */
export const CONTEXT_NEED_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  CONTEXT_NEEDS.map((need) => [need, `${CONTEXT_NEED_LABELS[need]} need`]),
);

/** A principle's title for a narrow column: the words before " and " or a comma. */
export function shortTitle(title: string): string {
  if (title.length <= 20) return title;
  const cut = title.split(/,| and /)[0].trim();
  return cut.length >= 3 ? cut : title;
}

/**
 * A cell's accessible name: protocol, principle, rating in words, and what else matters:
 * "Caseload size, Relationships first: Enables (+1), carried forward from 12 Mar 2025, not yet
 * confirmed, with evidence".
 */
export function cellName(
  protocolName: string,
  principleTitle: string,
  rating: AuditRating | undefined,
  words: RatingWords,
): string {
  let text = `${protocolName}, ${principleTitle}: ${ratingInWords(rating?.value, words)}`;
  if (rating?.carriedForward) {
    text += `, carried forward from ${formatMomentDay(rating.ratedAt)}, not yet confirmed`;
  }
  if (rating?.evidence) text += ', with evidence';
  return text;
}

/**
 * A column heading that fits a narrow column without breaking inside a word: a word longer than
 * `max` characters is cut after its first syllable-like stretch ("Relationships" → "Relat.").
 * Hyphenated words are judged part by part (a break after the hyphen is not inside a word).
 * The full title goes to screen readers separately.
 */
export function abbreviateHeading(text: string, max = 10): string {
  return text
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => abbreviateWord(part, max))
        .join('-'),
    )
    .join(' ');
}

function abbreviateWord(word: string, max: number): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length <= max) return word;
  const vowel = /[aeiouy]/i;
  for (let i = 4; i < word.length - 2; i++) {
    if (!vowel.test(word[i]) && vowel.test(word[i - 1])) return `${word.slice(0, i + 1)}.`;
  }
  return `${word.slice(0, max - 1)}.`;
}
