import { FrameworkCategory, ProtocolFields } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  ContextNeed,
  labelOf,
  REACH_LABELS,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_TYPE_LABELS,
  ProtocolBasis,
  ProtocolScope,
  ProtocolType,
  Reach,
} from '@rcp/vocabulary';

/**
 * Hints that explain the register's values, and its value labels as functions, shared by its pages.
 * The labels themselves live in @rcp/vocabulary.
 */

export const CONTEXT_NEED_HINTS: Record<ContextNeed, string> = {
  relational:
    'People need a relationship: support, care, or situations that are complex or keep changing.',
  transactional:
    'People need a quick, reliable transaction: paying, booking, applying or reporting something.',
  mixed: 'Some of both: a transaction for most people, a relationship for some.',
};

export const REACH_HINTS: Record<Reach, string> = {
  low: 'Governs a few interactions: one small team, or something that happens now and then.',
  medium: 'Governs many interactions in one service.',
  high: 'Governs most interactions of a large service, or cuts across the council.',
};

export const BASIS_HINTS: Record<ProtocolBasis, string> = {
  statutory: 'A law, regulation or statutory guidance requires it.',
  'council-policy': 'The council decided it, and it is written down.',
  'local-practice': 'It is how things are done here, but it is not written down as policy.',
  assumed: 'Assumed – nobody has checked where this rule comes from.',
};

export const typeLabel = (type: ProtocolType): string => labelOf(PROTOCOL_TYPE_LABELS, type);
export const scopeLabel = (scope: ProtocolScope): string => labelOf(PROTOCOL_SCOPE_LABELS, scope);
export const basisLabel = (basis: ProtocolBasis): string => labelOf(PROTOCOL_BASIS_LABELS, basis);
export const contextNeedLabel = (need: ContextNeed): string => labelOf(CONTEXT_NEED_LABELS, need);
export const reachLabel = (reach: Reach): string => labelOf(REACH_LABELS, reach);

/** Category key → title, falling back to the key for a category the framework no longer has. */
export function categoryTitles(categories: readonly FrameworkCategory[]): Map<string, string> {
  return new Map(categories.map((c) => [c.key, c.title]));
}

export function categoryTitle(titles: ReadonlyMap<string, string>, key: string): string {
  return titles.get(key) ?? key;
}

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
/** A calendar date (YYYY-MM-DD) is read as midnight UTC and shown as that day. */
const CALENDAR_DATE = new Intl.DateTimeFormat('en-GB', { ...DAY, timeZone: 'UTC' });
/** A moment is shown as the day it was in the UK. */
const UK_DAY = new Intl.DateTimeFormat('en-GB', { ...DAY, timeZone: 'Europe/London' });
const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  ...DAY,
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "31 March 2027" for a date (YYYY-MM-DD) or a timestamp's day in the UK; "" for none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendar ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return (calendar ? CALENDAR_DATE : UK_DAY).format(date);
}

/** "31 March 2027, 14:05" (UK time) for a timestamp. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : UK_DATE_TIME.format(date);
}

/** "1 protocol", "3 protocols". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The register's columns, in the order of its file (the importer's template uses these headings). */
export const REGISTER_FILE_COLUMNS: ReadonlyArray<{
  key: keyof ProtocolFields;
  header: string;
  required: boolean;
}> = [
  { key: 'name', header: 'Name', required: true },
  { key: 'description', header: 'Description', required: false },
  { key: 'category', header: 'Category', required: true },
  { key: 'type', header: 'Type', required: true },
  { key: 'owner', header: 'Owner', required: false },
  { key: 'serviceArea', header: 'Service area', required: true },
  { key: 'scope', header: 'Scope', required: true },
  { key: 'contextNeed', header: 'Context need', required: true },
  { key: 'reach', header: 'Reach', required: true },
  { key: 'basis', header: 'Basis', required: true },
  { key: 'reviewDate', header: 'Review date', required: false },
  { key: 'sourceLinks', header: 'Source links', required: false },
];
