import type { Rating } from '@rcp/vocabulary';
import type { RatingKeyAction } from './rating-keys';

/**
 * What a rating key does to the focused cell of an editable grid, once the grid has handled the
 * keys that do not edit (`none`, `help`, `ignore`) and cancelled any waiting "−":
 * - on the protocol's name (column 0), Enter confirms the row, as C does anywhere in it;
 * - on a principle that does not apply, or outside the principles' columns, nothing happens;
 * - a "−" starts waiting for its digit, unless it was itself the waiting one (typed twice: off).
 */
export type CellCommand =
  | { readonly kind: 'confirmRow' }
  | { readonly kind: 'startMinus' }
  | { readonly kind: 'rate'; readonly value: Rating | null }
  | { readonly kind: 'clear' }
  | { readonly kind: 'details' }
  | { readonly kind: 'nothing' };

export interface CellAt {
  /** The focused column: 0 is the protocol's name, 1…columnCount the principles. */
  readonly col: number;
  readonly columnCount: number;
  /** Per principle column: whether it applies to the row's protocol. */
  readonly applies: readonly boolean[];
  /** Whether a "−" was waiting for its digit when the key was pressed. */
  readonly wasMinus: boolean;
}

const NOTHING: CellCommand = { kind: 'nothing' };

export function cellCommand(action: RatingKeyAction, at: CellAt): CellCommand {
  if (action.kind === 'confirmRow' || (action.kind === 'details' && at.col === 0)) {
    return { kind: 'confirmRow' };
  }
  if (at.col < 1 || at.col > at.columnCount || !at.applies[at.col - 1]) return NOTHING;
  switch (action.kind) {
    case 'minus':
      return at.wasMinus ? NOTHING : { kind: 'startMinus' };
    case 'rate':
      return { kind: 'rate', value: action.value };
    case 'clear':
      return { kind: 'clear' };
    case 'details':
      return { kind: 'details' };
    default:
      return NOTHING;
  }
}
