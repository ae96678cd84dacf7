import type { TargetRatings } from '@rcp/api-contract';
import type { Rating } from '@rcp/vocabulary';
import { moveFocus, moveForKey } from '../../audits/model/grid-navigation';
import { KeyInput, ratingKeyAction } from '../../audits/model/rating-keys';

/**
 * The target ratings grid: one row, a cell per principle that applies to the protocol. Its keys are
 * the audit grid's (same functions): arrows, Home and End move; 2, 1, 0 and "−" then 1 or 2 set a
 * target; N marks it not applicable; Delete or Backspace clears it (no target).
 */

/** The state of the grid's keyboard: the focused cell and whether a "−" waits for its digit. */
export interface TargetGridFocus {
  readonly col: number;
  readonly minusPending: boolean;
}

export interface TargetKeyResult {
  /** The new targets, when the key set or cleared one; else absent. */
  readonly targets?: TargetRatings;
  readonly focus: TargetGridFocus;
  /** Whether the grid used the key (so the page should not: prevent its default). */
  readonly handled: boolean;
}

/** The grid's answer to a key, with `keys` the principle keys of the cells in order. */
export function targetGridKey(
  event: KeyInput & { shiftKey?: boolean },
  keys: readonly string[],
  targets: TargetRatings,
  focus: TargetGridFocus,
): TargetKeyResult {
  const move = moveForKey(event);
  if (move) {
    const shape = { rows: 1, cols: keys.length, focusable: () => true };
    const to = moveFocus(shape, { row: 0, col: focus.col }, move);
    return { focus: { col: to.col, minusPending: false }, handled: true };
  }
  const action = ratingKeyAction(event, focus.minusPending);
  const key = keys[focus.col];
  switch (action.kind) {
    case 'minus':
      return { focus: { ...focus, minusPending: true }, handled: true };
    case 'rate':
      return {
        targets: setTarget(targets, key, action.value),
        focus: { ...focus, minusPending: false },
        handled: true,
      };
    case 'clear':
      return {
        targets: clearTarget(targets, key),
        focus: { ...focus, minusPending: false },
        handled: true,
      };
    case 'ignore':
      return { focus, handled: true };
    default:
      return { focus: { ...focus, minusPending: false }, handled: false };
  }
}

/** Targets with `key` set to `value` (null: not applicable). */
export function setTarget(
  targets: TargetRatings,
  key: string | undefined,
  value: Rating | null,
): TargetRatings {
  if (key === undefined) return targets;
  return { ...targets, [key]: value };
}

/** Targets without `key` (no target for that principle). */
export function clearTarget(targets: TargetRatings, key: string | undefined): TargetRatings {
  if (key === undefined || !(key in targets)) return targets;
  const next = { ...targets };
  delete next[key];
  return next;
}

/** A target in words, for the cell's accessible name and the text summary. */
export function targetWords(value: Rating | null | undefined): string {
  switch (value) {
    case undefined:
      return 'no target';
    case null:
      return 'not applicable';
    case 2:
      return '+2 strongly enables';
    case 1:
      return '+1 enables';
    case 0:
      return '0 no effect';
    case -1:
      return '−1 inhibits';
    case -2:
      return '−2 strongly inhibits';
  }
}

/** A target as the cell shows it. */
export function targetSymbol(value: Rating | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'N/A';
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

/** Only the principles that apply (the API refuses others). */
export function applicableOnly(targets: TargetRatings, keys: readonly string[]): TargetRatings {
  const out: TargetRatings = {};
  for (const k of keys) if (targets[k] !== undefined) out[k] = targets[k];
  return out;
}
