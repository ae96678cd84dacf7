import type { AuditRating, PerspectiveValue } from '@rcp/api-contract';
import { EditQueue, RatingEdit, ratingKey, sameEvidence } from './autosave';

/** One cell as this page had it, as the server has it now, and the person's unsaved edit of it. */
export interface CellDifference {
  readonly key: string;
  readonly protocolId: string;
  readonly principleKey: string;
  readonly perspective: PerspectiveValue;
  /** As this page last read it (undefined: not rated). */
  readonly before: AuditRating | undefined;
  /** As the server has it now. */
  readonly theirs: AuditRating | undefined;
  /** The person's unsaved edit of the cell, if any. */
  readonly mine: RatingEdit | undefined;
}

/** What changed on the server since this page read the audit, next to the person's own edits. */
export interface ConflictDiff {
  /** Cells someone else changed (before ≠ theirs), whether or not the person edited them too. */
  readonly changedByThem: readonly CellDifference[];
  /** Cells only the person edited. */
  readonly mineOnly: readonly CellDifference[];
  /** Cells both changed: re-applying would overwrite the other person's change there. */
  readonly bothChanged: number;
}

/** The same rating, evidence and carried-forward state (when it was set does not matter). */
export function sameRating(a: AuditRating | undefined, b: AuditRating | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.value === b.value &&
    a.carriedForward === b.carriedForward &&
    sameEvidence(a.evidence, b.evidence)
  );
}

function cellOf(key: string, r: AuditRating | RatingEdit) {
  return {
    key,
    protocolId: r.protocolId,
    principleKey: r.principleKey,
    perspective: r.perspective,
  };
}

/**
 * Compares the cells this page had (`stored`, at the version it read) with the audit as the
 * server has it now (`fresh`), and lists the person's unsaved edits (`mine`) alongside.
 */
export function diffConflict(
  stored: ReadonlyMap<string, AuditRating>,
  fresh: readonly AuditRating[],
  mine: EditQueue,
): ConflictDiff {
  const theirs = new Map(fresh.map((r) => [ratingKey(r), r]));
  const keys = new Set<string>([...stored.keys(), ...theirs.keys()]);
  const changedByThem: CellDifference[] = [];
  for (const key of keys) {
    const before = stored.get(key);
    const now = theirs.get(key);
    if (sameRating(before, now)) continue;
    const any = (now ?? before) as AuditRating;
    changedByThem.push({ ...cellOf(key, any), before, theirs: now, mine: mine.get(key) });
  }
  const changedKeys = new Set(changedByThem.map((c) => c.key));
  const mineOnly: CellDifference[] = [];
  for (const [key, edit] of mine) {
    if (changedKeys.has(key)) continue;
    mineOnly.push({
      ...cellOf(key, edit),
      before: stored.get(key),
      theirs: theirs.get(key),
      mine: edit,
    });
  }
  return {
    changedByThem,
    mineOnly,
    bothChanged: changedByThem.filter((c) => c.mine !== undefined).length,
  };
}
