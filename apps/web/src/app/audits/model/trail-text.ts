import { type AuditTrailEntry } from '@rcp/api-contract';
import {
  type Perspective,
  PERSPECTIVE_LABELS,
  labelOf,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_TYPE_LABELS,
  type Rating,
} from '@rcp/vocabulary';
import { formatScore, ratingInWords, RatingWords } from './rating-text';

/** Names the trail refers to by key. */
export interface TrailNames {
  protocolName(id: string): string | undefined;
  principleTitle(key: string): string | undefined;
  categoryTitle?(key: string): string | undefined;
  readonly words: RatingWords;
  /** Show each rating's perspective (the audit collects more than one). */
  readonly showPerspective: boolean;
}

/** One entry of the trail in words: what it concerns and what changed. */
export interface TrailLine {
  readonly id: string;
  readonly occurredAt: string;
  readonly who: string;
  /** "Caseload size, Relationships first" or "The audit". */
  readonly subject: string;
  /** "Enables (+1) → Strongly enables (+2), evidence added". */
  readonly change: string;
}

interface CellLike {
  protocolId?: string;
  principleKey?: string;
  perspective?: Perspective;
  value?: Rating | null;
  evidence?: { text?: string } | null;
  carriedForward?: boolean;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function cell(value: unknown): CellLike | null {
  return asObject(value) as CellLike | null;
}

function subjectOf(c: CellLike | null, names: TrailNames): string {
  if (!c?.protocolId) return 'A rating';
  const protocol = names.protocolName(c.protocolId) ?? 'A protocol no longer in the audit';
  const principle = (c.principleKey && names.principleTitle(c.principleKey)) ?? c.principleKey;
  const who =
    names.showPerspective && c.perspective ? ` (${PERSPECTIVE_LABELS[c.perspective]})` : '';
  return `${protocol}, ${principle}${who}`;
}

/** Evidence quoted, shortened to keep one line readable. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}”`;
}

/** Which evidence goes with the new value: evidence belongs to the rating it was given for. */
function evidenceChange(before: CellLike | null, after: CellLike | null): string {
  const a = before?.evidence?.text ?? null;
  const b = after?.evidence?.text ?? null;
  if (a === b) return b ? `, with its evidence ${quote(b)}` : '';
  if (!a) return `, evidence added: ${quote(b as string)}`;
  if (!b) return `, evidence removed (was ${quote(a)})`;
  return `, evidence changed to ${quote(b)} (was ${quote(a)})`;
}

/** An audit trail entry in words a council lead can read. */
export function describeTrailEntry(entry: AuditTrailEntry, names: TrailNames): TrailLine {
  const base = {
    id: entry.id,
    occurredAt: entry.occurredAt,
    who: entry.actorEmail ?? 'The system',
  };
  const before = cell(entry.before);
  const after = cell(entry.after);
  const words = (c: CellLike | null) =>
    c && 'value' in c ? ratingInWords(c.value ?? null, names.words) : 'Not rated';
  switch (entry.action) {
    case 'rating.added':
      return {
        ...base,
        subject: subjectOf(after, names),
        change: `Not rated → ${words(after)}${evidenceChange(null, after)}`,
      };
    case 'rating.changed': {
      const confirmed =
        before?.carriedForward === true &&
        after?.carriedForward === false &&
        before.value === after.value;
      return {
        ...base,
        subject: subjectOf(after ?? before, names),
        change: confirmed
          ? `Confirmed the carried-forward rating ${words(after)}${evidenceChange(before, after)}`
          : `${words(before)} → ${words(after)}${evidenceChange(before, after)}`,
      };
    }
    case 'rating.cleared':
      return {
        ...base,
        subject: subjectOf(before ?? after, names),
        change: `${words(before)} → Not rated`,
      };
    case 'audit.created': {
      const a = asObject(entry.after);
      const carried = typeof a?.['carriedForward'] === 'number' ? a['carriedForward'] : 0;
      return {
        ...base,
        subject: 'The audit',
        change: `Started${carried ? `, with ${carried} ratings carried forward from the last submitted audit` : ''}`,
      };
    }
    case 'audit.submitted': {
      const a = asObject(entry.after);
      const index = typeof a?.['index'] === 'number' ? a['index'] : null;
      return {
        ...base,
        subject: 'The audit',
        change: `Submitted and locked; council index ${formatScore(index)}${a?.['provisional'] ? ' (provisional)' : ''}`,
      };
    }
    case 'audit.reopened': {
      const a = asObject(entry.after);
      const reason = typeof a?.['reason'] === 'string' ? a['reason'] : '';
      return {
        ...base,
        subject: 'The audit',
        change: `Reopened${reason ? `: “${reason}”` : ''}`,
      };
    }
    case 'audit.protocol-added':
      return {
        ...base,
        subject: registerName(entry),
        change: 'Added to the register, so it joined this audit',
      };
    case 'audit.protocol-changed':
      return {
        ...base,
        subject: registerName(entry),
        change: `Changed in the register: ${registerChanges(entry, names)}`,
      };
    case 'audit.protocol-retired': {
      const reason = asObject(entry.after)?.['reason'];
      return {
        ...base,
        subject: registerName(entry),
        change: `Retired from the register${typeof reason === 'string' && reason ? ` (“${reason}”)` : ''}, so it left this audit with its ratings`,
      };
    }
    default:
      return { ...base, subject: 'The audit', change: humanise(entry.action) };
  }
}

/** The protocol a register entry concerns, by the name it has now (or had). */
function registerName(entry: AuditTrailEntry): string {
  const name = asObject(entry.after)?.['name'] ?? asObject(entry.before)?.['name'];
  return typeof name === 'string' ? name : 'A protocol';
}

type Words = (value: string, names: TrailNames) => string;
const quoted = (v: string): string => `“${v}”`;
const REGISTER_FIELDS: ReadonlyArray<[key: string, label: string, words: Words]> = [
  ['name', 'name', quoted],
  ['category', 'category', (v, names) => quoted(names.categoryTitle?.(v) ?? v)],
  ['type', 'type', (v) => labelOf(PROTOCOL_TYPE_LABELS, v)],
  ['serviceArea', 'service area', quoted],
  ['scope', 'scope', (v) => labelOf(PROTOCOL_SCOPE_LABELS, v)],
  ['contextNeed', 'context need', (v) => v],
  ['reach', 'reach', (v) => v],
];

/** "context need mixed → transactional; reach low → high". */
function registerChanges(entry: AuditTrailEntry, names: TrailNames): string {
  const before = asObject(entry.before) ?? {};
  const after = asObject(entry.after) ?? {};
  const changes = REGISTER_FIELDS.filter(([key]) => before[key] !== after[key]).map(
    ([key, label, words]) =>
      `${label} ${words(String(before[key] ?? ''), names)} → ${words(String(after[key] ?? ''), names)}`,
  );
  return changes.length ? changes.join('; ') : 'no change to this audit';
}

function humanise(action: string): string {
  const text = action
    .split(/[._-]+/)
    .filter(Boolean)
    .join(' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : action;
}

/** The trail newest first. */
export function newestFirst(entries: readonly AuditTrailEntry[]): AuditTrailEntry[] {
  return [...entries].sort((a, b) =>
    a.occurredAt === b.occurredAt
      ? Number(b.id) - Number(a.id) || (a.id < b.id ? 1 : -1)
      : a.occurredAt < b.occurredAt
        ? 1
        : -1,
  );
}
