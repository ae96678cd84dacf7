import { type FrameworkCategory } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  REACH_LABELS,
  type ContextNeed,
  PROTOCOL_BASES,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_TYPE_LABELS,
  PROTOCOL_TYPES,
  type ProtocolBasis,
  type ProtocolScope,
  type ProtocolType,
  type Reach,
  REACHES,
} from '@rcp/vocabulary';

/** A cell either parses to a value or explains, in plain English, what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(message: string): Parsed<T> => ({ ok: false, message });

export const MAX_SOURCE_LINKS = 5;
const MAX_LINK_LENGTH = 2048;

/** For comparing choices: case, spacing, hyphens and underscores don't matter. */
export function normaliseChoice(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** For comparing names: trimmed, case-insensitive, runs of spaces as one. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${short}"`;
}

/** A choice accepted by its value, its label or an alias; reports the labels when it doesn't match. */
export class Choice<T extends string> {
  private readonly byText = new Map<string, T>();
  constructor(
    private readonly labels: readonly string[],
    accepted: Array<[string, T]>,
  ) {
    for (const [text, value] of accepted) {
      const key = normaliseChoice(text);
      if (!this.byText.has(key)) this.byText.set(key, value);
    }
  }

  parse(raw: string): Parsed<T> {
    if (raw === '') return problem('is required');
    const value = this.byText.get(normaliseChoice(raw));
    return value !== undefined
      ? ok(value)
      : problem(`must be one of: ${this.labels.join(', ')} (not ${quoted(raw)})`);
  }
}

function labelled<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Array<[string, T]> {
  return values.flatMap(
    (v): Array<[string, T]> => [
      [v, v],
      [labels[v], v],
    ],
  );
}

export const typeChoice = new Choice<ProtocolType>(
  PROTOCOL_TYPES.map((t) => PROTOCOL_TYPE_LABELS[t]),
  [
    ...labelled(PROTOCOL_TYPES, PROTOCOL_TYPE_LABELS),
    ['kpi', 'performance-measure'],
    ['commissioning', 'contract'],
    ['human resources', 'hr'],
  ],
);

export const scopeChoice = new Choice<ProtocolScope>(
  [PROTOCOL_SCOPE_LABELS.organisational, PROTOCOL_SCOPE_LABELS.wider],
  [
    ['organisational', 'organisational'],
    ['organizational', 'organisational'],
    [PROTOCOL_SCOPE_LABELS.organisational, 'organisational'],
    ['organizational protocol', 'organisational'],
    ['wider', 'wider'],
    ['wider environment', 'wider'],
    [PROTOCOL_SCOPE_LABELS.wider, 'wider'],
  ],
);

export const contextNeedChoice = new Choice<ContextNeed>(
  CONTEXT_NEEDS.map((v) => CONTEXT_NEED_LABELS[v]),
  labelled(CONTEXT_NEEDS, CONTEXT_NEED_LABELS),
);

export const reachChoice = new Choice<Reach>(
  REACHES.map((v) => REACH_LABELS[v]),
  labelled(REACHES, REACH_LABELS),
);

export const basisChoice = new Choice<ProtocolBasis>(
  PROTOCOL_BASES.map((b) => (b === 'assumed' ? 'Assumed' : PROTOCOL_BASIS_LABELS[b])),
  [...labelled(PROTOCOL_BASES, PROTOCOL_BASIS_LABELS), ['statute', 'statutory']],
);

/** Categories of the framework version, by key or title. */
export function categoryChoice(categories: readonly FrameworkCategory[]): Choice<string> {
  return new Choice(
    categories.map((c) => c.title),
    categories.flatMap(
      (c): Array<[string, string]> => [
        [c.key, c.key],
        [c.title, c.key],
      ],
    ),
  );
}

/** Single-line text: inner runs of white space become one space. */
export function parseText(
  raw: string,
  limits: { required: boolean; min?: number; max: number },
): Parsed<string> {
  const text = raw.replace(/\s+/g, ' ');
  if (text === '') return limits.required ? problem('is required') : ok('');
  const min = limits.min ?? 0;
  if (text.length < min || text.length > limits.max) {
    return problem(
      min > 0
        ? `must be between ${min} and ${limits.max} characters (this one has ${text.length})`
        : `must be ${limits.max} characters or fewer (this one has ${text.length})`,
    );
  }
  return ok(text);
}

/** Multi-line text: line breaks are kept. */
export function parseLongText(raw: string, max: number): Parsed<string> {
  const text = raw.replace(/\r\n?/g, '\n');
  return text.length > max
    ? problem(
        `must be ${max.toLocaleString('en-GB')} characters or fewer (this one has ${text.length.toLocaleString('en-GB')})`,
      )
    : ok(text);
}

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_SUFFIX}$`);
const UK_DATE = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME_SUFFIX}$`);

/** YYYY-MM-DD or DD/MM/YYYY (UK order; a time after it is ignored) → YYYY-MM-DD; blank → null. */
export function parseReviewDate(raw: string): Parsed<string | null> {
  if (raw === '') return ok(null);
  const iso = ISO_DATE.exec(raw);
  const uk = iso ? null : UK_DATE.exec(raw);
  if (!iso && !uk)
    return problem(`must be a date written as DD/MM/YYYY or YYYY-MM-DD (not ${quoted(raw)})`);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(uk?.[3]), Number(uk?.[2]), Number(uk?.[1])];
  const value = isoFromParts(year, month, day);
  return value ? ok(value) : problem(`is not a real date (${quoted(raw)})`);
}

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || text.length > MAX_LINK_LENGTH) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Web addresses separated by white space, commas or semicolons; duplicates dropped. */
/**
 * Links separated by semicolons, spaces or line breaks – or by commas, but only a comma just before
 * the next http(s) address, since a comma inside an address (`?ids=1,2`) is part of it.
 */
export function parseSourceLinks(raw: string): Parsed<string[]> {
  const parts = raw.split(/[\s;]+|,(?=\s*https?:\/\/)/i).map((l) => l.replace(/,+$/, ''));
  const links = [...new Set(parts.filter((l) => l !== ''))];
  const bad = links.filter((l) => !isWebAddress(l));
  if (bad.length > 0) {
    const list = bad.map(quoted).join(', ');
    return problem(
      bad.length === 1
        ? `must be web addresses starting with http:// or https:// – ${list} is not`
        : `must be web addresses starting with http:// or https:// – ${list} are not`,
    );
  }
  if (links.length > MAX_SOURCE_LINKS) {
    return problem(`can have at most ${MAX_SOURCE_LINKS} links (this one has ${links.length})`);
  }
  return ok(links);
}
