import type { Audit, AuditRating, RatingConflict } from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { cellKey, EditQueue, RatingEdit } from './autosave';

/** One cell the person changed that someone else changed first: both versions, and who. */
export interface CellConflict {
  readonly key: string;
  readonly protocolId: string;
  readonly principleKey: string;
  readonly perspective: Perspective;
  /** As it was before their change (null: not rated). */
  readonly before: AuditRating | null;
  /** As they left it (null: not rated). */
  readonly theirs: AuditRating | null;
  readonly changedBy: { readonly name: string; readonly email: string } | null;
  readonly changedAt: string;
  /** The person's unsaved edit of the cell as it is now (it may have changed since the refusal). */
  readonly mine: RatingEdit | undefined;
}

export type ConflictChoice = 'mine' | 'theirs';

/** The server's conflicts, each beside the person's current unsaved edit of that cell. */
export function cellConflicts(
  conflicts: readonly RatingConflict[],
  pending: EditQueue,
): CellConflict[] {
  return conflicts.map((c) => {
    const key = cellKey(c.perspective, c.protocolId, c.principleKey);
    return {
      key,
      protocolId: c.protocolId,
      principleKey: c.principleKey,
      perspective: c.perspective,
      before: c.before,
      theirs: c.after,
      changedBy: c.changedBy,
      changedAt: c.changedAt,
      mine: pending.get(key),
    };
  });
}

/** True once every conflicting cell has a choice: nothing is settled by default. */
export function allChosen(
  cells: readonly CellConflict[],
  choices: ReadonlyMap<string, ConflictChoice>,
): boolean {
  return cells.every((c) => choices.has(c.key));
}

/** What a 409 left: the server's words and conflicts, and the audit as it is now (once fetched). */
export interface ConflictSource {
  readonly message: string;
  readonly conflicts: readonly RatingConflict[];
  readonly fresh: Audit | null;
  readonly error: string | null;
}

export interface ConflictState {
  /** What the server said. */
  readonly message: string;
  /** The cells someone else changed that the person changed too, each needing a choice. */
  readonly cells: readonly CellConflict[];
  /** The audit as the server has it now; null while it is fetched. */
  readonly fresh: Audit | null;
  readonly error: string | null;
  /** The person's unsaved edits, all of them (for the "discard" choice's count). */
  readonly unsaved: number;
}

/** The conflict as the panel shows it, against the person's unsaved edits as they are now. */
export function conflictState(
  source: ConflictSource | null,
  pending: EditQueue,
): ConflictState | null {
  if (!source) return null;
  return {
    message: source.message,
    cells: cellConflicts(source.conflicts, pending),
    fresh: source.fresh,
    error: source.error,
    unsaved: pending.size,
  };
}
