import type { Rating } from '@rcp/vocabulary';

/**
 * The rating keys of the grid, as a pure mapping: which key (after which) does what.
 *
 *   2, 1, 0        rate +2, +1, 0
 *   −, then 1 or 2 rate −1 or −2 (type it like a negative number: "-1", "-2")
 *   N              not applicable
 *   Delete, ⌫      clear the rating (back to "not rated")
 *   Enter          open the rating and evidence dialog
 *   C              confirm the row's carried-forward ratings
 *   ?              show the keyboard shortcuts
 *
 * "+" is ignored, so "+2" typed in full also works. A "−" waits for the digit; any other key
 * cancels it (and then does what it does).
 */
export type RatingKeyAction =
  | { readonly kind: 'rate'; readonly value: Rating | null }
  | { readonly kind: 'minus' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'details' }
  | { readonly kind: 'confirmRow' }
  | { readonly kind: 'help' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'none' };

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

const MINUS_KEYS = new Set(['-', '−', 'Subtract']);

/**
 * What a key does in the grid. `minusPending` is true when the key before was "−". `none` means
 * the grid leaves the key alone (browser shortcuts, Tab, navigation keys handled elsewhere).
 */
export function ratingKeyAction(event: KeyInput, minusPending: boolean): RatingKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return { kind: 'none' };
  switch (event.key) {
    case '2':
      return { kind: 'rate', value: minusPending ? -2 : 2 };
    case '1':
      return { kind: 'rate', value: minusPending ? -1 : 1 };
    case '0':
      return { kind: 'rate', value: 0 };
    case 'n':
    case 'N':
      return { kind: 'rate', value: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Enter':
    case 'F2':
      return { kind: 'details' };
    case 'c':
    case 'C':
      return { kind: 'confirmRow' };
    case '?':
      return { kind: 'help' };
    case '+':
      return { kind: 'ignore' };
    default:
      return MINUS_KEYS.has(event.key) ? { kind: 'minus' } : { kind: 'none' };
  }
}
