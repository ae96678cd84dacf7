import type {
  AuditRating,
  RatingCellChange,
  Evidence,
  PutRatingsRequest,
  RatingWrite,
} from '@rcp/api-contract';
import type { Perspective, Rating } from '@rcp/vocabulary';
import { evidenceRequirement } from '@rcp/scoring';

/**
 * Autosave as pure functions: edits are batched per cell (the latest edit of a cell wins), sent
 * in one PUT with the version the page last read, and kept when the server refuses them (409),
 * so nothing the person typed is lost or silently overwritten.
 */

/** Evidence as the person entered it. */
export interface EvidenceInput {
  readonly text: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly url: string | null;
}

/** One change to one cell (protocol × principle × perspective), not yet saved. */
export interface RatingEdit {
  readonly protocolId: string;
  readonly principleKey: string;
  readonly perspective: Perspective;
  /** True: remove the rating (back to "not rated"); `value` and `evidence` are then ignored. */
  readonly clear: boolean;
  /** −2…2, or null for not applicable. */
  readonly value: Rating | null;
  /**
   * Evidence given for this value. Undefined: the cell's evidence follows the shared rule (kept
   * while the value keeps its direction below ±2, dropped at neutral); null removes it.
   */
  readonly evidence?: EvidenceInput | null;
  /**
   * The audit version this page's view of the cell came from when the edit was made: the server
   * refuses the edit only if someone else changed the cell after it. Set when queued.
   */
  readonly baseVersion?: number;
}

/** Unsaved edits by cell key, in the order they were first made. */
export type EditQueue = ReadonlyMap<string, RatingEdit>;

export const EMPTY_QUEUE: EditQueue = new Map();

/** The key of a cell: perspective, protocol and principle. */
export function cellKey(perspective: string, protocolId: string, principleKey: string): string {
  return `${perspective}|${protocolId}|${principleKey}`;
}

export function editKey(edit: RatingEdit): string {
  return cellKey(edit.perspective, edit.protocolId, edit.principleKey);
}

export function ratingKey(rating: AuditRating): string {
  return cellKey(rating.perspective, rating.protocolId, rating.principleKey);
}

export function sameEvidence(
  a: EvidenceInput | Evidence | null | undefined,
  b: EvidenceInput | Evidence | null | undefined,
): boolean {
  if (!a || !b) return !a && !b;
  return a.text === b.text && a.date === b.date && (a.url ?? null) === (b.url ?? null);
}

/**
 * `newer` on top of `older` for the same cell. The cell keeps the older base version (a change by
 * someone else since then must still be seen), and a later edit keeps the evidence an earlier one
 * gave only while that evidence still supports the new value.
 */
function combine(older: RatingEdit | undefined, newer: RatingEdit): RatingEdit {
  if (!older) return newer;
  const baseVersion = Math.min(older.baseVersion ?? Infinity, newer.baseVersion ?? Infinity);
  const based = Number.isFinite(baseVersion) ? { ...newer, baseVersion } : newer;
  if (newer.clear || older.clear || newer.evidence !== undefined) return based;
  if (evidenceRequirement(older.value, newer.value) === 'keep')
    return older.evidence === undefined ? based : { ...based, evidence: older.evidence };
  return { ...based, evidence: null };
}

/** True when the edit would leave the stored cell exactly as it is (nothing to save). */
export function isNoOp(edit: RatingEdit, stored: AuditRating | undefined): boolean {
  if (edit.clear) return stored === undefined;
  if (!stored || stored.carriedForward) return false; // writing a carried value confirms it
  if (stored.value !== edit.value) return false;
  return edit.evidence === undefined || sameEvidence(edit.evidence, stored.evidence);
}

/**
 * Adds an edit to the queue: it replaces an earlier edit of the same cell, and drops out when it
 * puts the cell back as stored (typing 1 then 0 then 1 on a saved +1 leaves nothing to save).
 */
export function queueEdit(
  queue: EditQueue,
  edit: RatingEdit,
  stored: AuditRating | undefined,
  version?: number,
): EditQueue {
  const key = editKey(edit);
  const next = new Map(queue);
  const based =
    version === undefined || edit.baseVersion !== undefined
      ? edit
      : { ...edit, baseVersion: version };
  const combined = combine(queue.get(key), based);
  if (isNoOp(combined, stored)) next.delete(key);
  else next.set(key, combined);
  return next;
}

/** Two queues as one, `newer` winning cell by cell (used to put a refused batch back). */
export function mergeQueues(older: EditQueue, newer: EditQueue): EditQueue {
  const merged = new Map(older);
  for (const [key, edit] of newer) merged.set(key, combine(merged.get(key), edit));
  return merged;
}

export function toRatingWrite(edit: RatingEdit): RatingWrite {
  const base = {
    protocolId: edit.protocolId,
    principleKey: edit.principleKey,
    perspective: edit.perspective,
    ...(edit.baseVersion !== undefined ? { baseVersion: edit.baseVersion } : {}),
  };
  if (edit.clear) return { ...base, clear: true };
  if (edit.evidence === undefined) return { ...base, value: edit.value };
  return {
    ...base,
    value: edit.value,
    evidence: edit.evidence
      ? { text: edit.evidence.text, date: edit.evidence.date, url: edit.evidence.url }
      : null,
  };
}

/** One PUT for the whole batch, with the version the page last read. */
export function toPutRequest(version: number, queue: EditQueue): PutRatingsRequest {
  return { version, ratings: [...queue.values()].map(toRatingWrite) };
}

/** How a cell looks with an unsaved edit on top of what is stored. */
export function applyEdit(
  stored: AuditRating | undefined,
  edit: RatingEdit,
  now: string,
): AuditRating | undefined {
  if (edit.clear) return undefined;
  const evidence =
    edit.evidence === undefined
      ? evidenceRequirement(stored?.value, edit.value) === 'keep'
        ? (stored?.evidence ?? null)
        : null
      : edit.evidence
        ? { text: edit.evidence.text, date: edit.evidence.date, url: edit.evidence.url }
        : null;
  return {
    protocolId: edit.protocolId,
    principleKey: edit.principleKey,
    perspective: edit.perspective,
    value: edit.value,
    evidence,
    carriedForward: false,
    ratedAt: now,
    ratedBy: stored?.ratedBy ?? null,
  };
}

/**
 * The stored cells after the server accepted `sent`: the cells it returned replace the old ones,
 * cleared cells go. Returns a new map; `stored` is left as it was.
 */
export function settleSaved(
  stored: ReadonlyMap<string, AuditRating>,
  sent: EditQueue,
  returned: readonly AuditRating[],
): Map<string, AuditRating> {
  const next = new Map(stored);
  const byKey = new Map(returned.map((r) => [ratingKey(r), r]));
  for (const [key, edit] of sent) {
    if (edit.clear) next.delete(key);
    else {
      const saved = byKey.get(key);
      if (saved) next.set(key, saved);
    }
  }
  for (const [key, rating] of byKey) next.set(key, rating);
  return next;
}

/** The stored cells with other people's changes merged in (a change to "not rated" removes the cell). */
export function mergeOthers(
  stored: ReadonlyMap<string, AuditRating>,
  changes: readonly RatingCellChange[],
): Map<string, AuditRating> {
  const next = new Map(stored);
  for (const c of changes) {
    const key = cellKey(c.perspective, c.protocolId, c.principleKey);
    if (c.after) next.set(key, c.after);
    else next.delete(key);
  }
  return next;
}

// ------------------------------------------------------------------ the save state machine

export type SaveStatus =
  | { readonly kind: 'idle' }
  /** Edits wait for the pause in typing, or for the save in flight to finish. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  /** `retry`: the failure may pass by itself (network, server busy), so it is tried again. */
  | { readonly kind: 'error'; readonly message: string; readonly retry: boolean }
  /** Someone else changed cells the person changed (409): nothing is sent until they choose. */
  | { readonly kind: 'conflict' };

export interface SaveState {
  /** The audit version the page last read or wrote. */
  readonly version: number;
  /** Edits not yet sent. */
  readonly pending: EditQueue;
  /** Edits sent and not yet answered. */
  readonly inFlight: EditQueue | null;
  readonly status: SaveStatus;
  /** When the last save of this page succeeded. */
  readonly lastSavedAt: Date | null;
}

export function initialSaveState(version: number): SaveState {
  return {
    version,
    pending: EMPTY_QUEUE,
    inFlight: null,
    status: { kind: 'idle' },
    lastSavedAt: null,
  };
}

/** The status when nothing is waiting: "saved at …" after a save, else nothing to say. */
function settledStatus(state: SaveState): SaveStatus {
  return state.lastSavedAt ? { kind: 'saved', at: state.lastSavedAt } : { kind: 'idle' };
}

/** True when something typed is not yet stored on the server. */
export function hasUnsaved(state: SaveState): boolean {
  return state.pending.size > 0 || state.inFlight !== null;
}

export function addEdit(
  state: SaveState,
  edit: RatingEdit,
  stored: AuditRating | undefined,
): SaveState {
  const pending = queueEdit(state.pending, edit, stored, state.version);
  let status = state.status;
  if (status.kind !== 'conflict' && status.kind !== 'saving') {
    if (pending.size > 0) status = { kind: 'pending' };
    else if (status.kind === 'pending' && state.inFlight === null) status = settledStatus(state);
  }
  return { ...state, pending, status };
}

/**
 * Starts a save of everything pending, if one may start now: not while another is in flight, nor
 * during a conflict. Returns the request to send and the new state, or null.
 */
export function beginSave(
  state: SaveState,
): { state: SaveState; request: PutRatingsRequest } | null {
  if (state.inFlight !== null || state.pending.size === 0 || state.status.kind === 'conflict') {
    return null;
  }
  return {
    state: { ...state, inFlight: state.pending, pending: EMPTY_QUEUE, status: { kind: 'saving' } },
    request: toPutRequest(state.version, state.pending),
  };
}

/**
 * The server stored the batch at `version`. Edits typed meanwhile now rest on that version, except
 * on cells someone else changed in between (`changedByOthers`): those keep their older base, so the
 * server can still tell the person about the other change instead of overwriting it.
 */
export function saveSucceeded(
  state: SaveState,
  version: number,
  at: Date,
  changedByOthers: ReadonlySet<string> = new Set(),
): SaveState {
  const pending = new Map(
    [...state.pending].map(([key, edit]) => [
      key,
      changedByOthers.has(key) ? edit : { ...edit, baseVersion: version },
    ]),
  );
  return {
    version,
    pending,
    inFlight: null,
    status: state.pending.size > 0 ? { kind: 'pending' } : { kind: 'saved', at },
    lastSavedAt: at,
  };
}

/** The server refused the batch as stale: keep every edit (the refused ones under newer ones). */
export function saveConflicted(state: SaveState): SaveState {
  return {
    ...state,
    pending: mergeQueues(state.inFlight ?? EMPTY_QUEUE, state.pending),
    inFlight: null,
    status: { kind: 'conflict' },
  };
}

/** The save failed for another reason: keep every edit and say why. */
export function saveFailed(state: SaveState, message: string, retry: boolean): SaveState {
  return {
    ...state,
    pending: mergeQueues(state.inFlight ?? EMPTY_QUEUE, state.pending),
    inFlight: null,
    status: { kind: 'error', message, retry },
  };
}

/**
 * After a conflict, with the audit as the server has it now (`version`): for each conflicting cell
 * the person chose `mine` (their edit now rests on `version`, so it replaces the other change) or
 * `theirs` (their edit of that cell goes). Every other unsaved edit stays as it was.
 */
export function resolveConflict(
  state: SaveState,
  choices: ReadonlyMap<string, 'mine' | 'theirs'>,
  version: number,
): SaveState {
  const pending = new Map<string, RatingEdit>();
  for (const [key, edit] of state.pending) {
    const choice = choices.get(key);
    if (choice === 'theirs') continue;
    pending.set(key, choice === 'mine' ? { ...edit, baseVersion: version } : edit);
  }
  const next = { ...state, pending, version, inFlight: null };
  return { ...next, status: pending.size > 0 ? { kind: 'pending' } : settledStatus(next) };
}

/** Drops every unsaved edit and starts again from the audit at `version`. */
export function discardAll(state: SaveState, version: number): SaveState {
  return { ...initialSaveState(version), lastSavedAt: state.lastSavedAt };
}

/** The words of the save state, for the role=status line. */
export function saveStatusText(status: SaveStatus, formatTime: (d: Date) => string): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `All changes saved at ${formatTime(status.at)}`;
    case 'error':
      return `Not saved: ${status.message}`;
    case 'conflict':
      return 'Not saved: someone else changed ratings you changed. Choose which to keep.';
  }
}
