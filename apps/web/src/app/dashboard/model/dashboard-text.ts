import { ClassCounts, DashboardAuditRef } from '@rcp/api-contract';
import { Perspective, PERSPECTIVE_LABELS, PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';
import { formatIndex, MINUS } from '../../shared/format/index-format';
import { formatCount, formatUtcDay } from '../../shared/format/count-format';

/** A change with its sign: "+15.8", "−3.1", "0.0". */
export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const r = roundScore(value);
  return r > 0 ? `+${r.toFixed(1)}` : formatIndex(r);
}

/** A share 0…1 as a percentage with one decimal: "59.5%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '–';
  return `${roundScore(share * 100).toFixed(1)}%`;
}

/** A share 0…1 as a number of percent for tables and CSV (59.5). */
export function percentNumber(share: number): number {
  return roundScore(share * 100);
}

/** A rating −2…+2 for display: "+2", "0", "−1". */
export function formatRating(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `${MINUS}${Math.abs(value)}`;
  return '0';
}

export interface ChangeText {
  /** ▲, ▼ or = : a shape, so the direction never depends on colour. */
  arrow: '▲' | '▼' | '=';
  /** "up 6.2 points", "down 3.1 points", "no change". */
  words: string;
  direction: 'up' | 'down' | 'same';
}

/** A change in index points, in words and with an arrow (rounded as displayed). */
export function changeText(delta: number): ChangeText {
  const r = roundScore(delta);
  if (r > 0) return { arrow: '▲', words: `up ${r.toFixed(1)} points`, direction: 'up' };
  if (r < 0)
    return { arrow: '▼', words: `down ${Math.abs(r).toFixed(1)} points`, direction: 'down' };
  return { arrow: '=', words: 'no change', direction: 'same' };
}

/** "H2 2023 (July to December)" → "H2 2023": the audit label without its explanation. */
export function shortLabel(audit: Pick<DashboardAuditRef, 'label'> | null | undefined): string {
  if (!audit) return '';
  return audit.label.replace(/\s*\([^)]*\)\s*$/, '').trim() || audit.label;
}

/** "30 June 2026" from "2026-06-30". */
export function formatDay(isoDate: string | null | undefined): string {
  if (!isoDate) return '–';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return formatUtcDay(d);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export type ClassKey = keyof ClassCounts;

/** The order classes are shown in everywhere: best to worst, then the unscored. */
export const CLASS_KEYS: readonly ClassKey[] = [
  'enabling',
  'mixed',
  'neutral',
  'inhibiting',
  'unscored',
];

export function classLabel(cls: ClassKey | null): string {
  return PROTOCOL_CLASS_LABELS[cls ?? 'unscored'];
}

export function totalOf(counts: ClassCounts): number {
  return CLASS_KEYS.reduce((sum, key) => sum + counts[key], 0);
}

/** Short names of the perspectives, for chart series and table columns. */
export const PERSPECTIVE_SHORT: Readonly<Record<Perspective, string>> = {
  leadership: 'Leadership',
  frontline: 'Frontline',
  residents: 'Residents',
};

/** "frontline practitioners", for the middle of a sentence. */
export function perspectiveInSentence(p: Perspective): string {
  return p === 'leadership' ? 'leadership' : PERSPECTIVE_LABELS[p].toLowerCase();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
