import type {
  AuditProtocol,
  AuditRating,
  FieldError,
  FrameworkScoring,
  RatingCellChange,
  RatingConflict,
  RatingWrite,
} from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { applicablePrinciples, evidenceRequirement } from '@rcp/scoring';
import { CellRef, cellKeyOf, RatingToStore } from './ratings.repository';

/**
 * Pure rules of a ratings write: which cells may be written, which conflict with someone else's
 * change, and what evidence each new value carries. The service runs them inside its transaction.
 */

export function cellOf(w: RatingWrite): CellRef {
  return {
    protocolId: w.protocolId,
    principleKey: w.principleKey,
    perspective: w.perspective ?? 'leadership',
  };
}

/** Field errors for cells that are not in the audit, principles that do not apply, repeats. */
export function structureErrors(
  writes: readonly RatingWrite[],
  protocols: readonly AuditProtocol[],
  scoring: FrameworkScoring,
  perspectives: readonly Perspective[],
): FieldError[] {
  const byId = new Map(protocols.map((p) => [p.id, p]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  writes.forEach((w, i) => {
    const field = (name: string) => `ratings.${i}.${name}`;
    const protocol = byId.get(w.protocolId);
    const cell = cellOf(w);
    if (!protocol) {
      errors.push({ field: field('protocolId'), messages: ['is not a protocol of this audit'] });
      return;
    }
    const applicable = applicablePrinciples(scoring, protocol.contextNeed).map((p) => p.key);
    if (!applicable.includes(w.principleKey)) {
      errors.push({
        field: field('principleKey'),
        messages: [
          `does not apply to a ${protocol.contextNeed} protocol in this framework version`,
        ],
      });
    }
    if (!perspectives.includes(cell.perspective)) {
      errors.push({ field: field('perspective'), messages: ['is not collected by this audit'] });
    }
    const key = cellKeyOf(cell);
    if (seen.has(key))
      errors.push({ field: field('principleKey'), messages: ['is rated twice in one request'] });
    seen.add(key);
    if (!w.clear && w.value === undefined) {
      errors.push({
        field: field('value'),
        messages: ['is required (−2…2, or null for not applicable)'],
      });
    }
  });
  return errors;
}

function sameEvidence(a: AuditRating['evidence'], b: RatingWrite['evidence']): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.text === b.text && (b.date === undefined || a.date === b.date) && a.url === (b.url ?? null)
  );
}

/** True when the write would leave the cell as it already is (someone made the same change). */
function alreadyAsWritten(current: AuditRating | undefined, w: RatingWrite): boolean {
  if (w.clear) return current === undefined;
  if (!current || current.carriedForward || current.value !== (w.value ?? null)) return false;
  return w.evidence === undefined || sameEvidence(current.evidence, w.evidence);
}

/**
 * Cells someone changed after the version the writer's view of them came from (`baseVersion`, else
 * the request's version), unless that change already made the cell what the writer wants.
 */
export function conflictsOf(
  writes: readonly RatingWrite[],
  requestVersion: number,
  current: ReadonlyMap<string, AuditRating>,
  changes: ReadonlyMap<string, RatingCellChange>,
): RatingConflict[] {
  const conflicts: RatingConflict[] = [];
  for (const w of writes) {
    const key = cellKeyOf(cellOf(w));
    const change = changes.get(key);
    if (!change || change.version <= (w.baseVersion ?? requestVersion)) continue;
    if (alreadyAsWritten(current.get(key), w)) continue;
    conflicts.push({ ...change, yours: w });
  }
  return conflicts;
}

export type PlannedWrite =
  | { kind: 'clear'; cell: CellRef }
  | { kind: 'set'; rating: RatingToStore }
  /** Nothing to store: the cell is already exactly this. */
  | { kind: 'unchanged'; cell: CellRef };

/**
 * What each write stores, with its evidence: evidence given for a value stays with it; a value that
 * reaches ±2 or crosses from enabling to inhibiting (or back) needs evidence given in this write.
 */
export function planWrites(
  writes: readonly RatingWrite[],
  current: ReadonlyMap<string, AuditRating>,
  today: string,
): { planned: PlannedWrite[]; errors: FieldError[] } {
  const planned: PlannedWrite[] = [];
  const errors: FieldError[] = [];
  writes.forEach((w, i) => {
    const cell = cellOf(w);
    const before = current.get(cellKeyOf(cell));
    if (w.clear) {
      planned.push(before ? { kind: 'clear', cell } : { kind: 'unchanged', cell });
      return;
    }
    const value = w.value ?? null;
    const rule = evidenceRequirement(before ? before.value : undefined, value);
    let evidence: RatingToStore['evidence'] = null;
    if (w.evidence) {
      evidence = {
        text: w.evidence.text,
        date: w.evidence.date || today,
        url: w.evidence.url ?? null,
      };
    } else if (w.evidence === undefined && rule === 'keep') {
      evidence = before?.evidence ?? null;
    }
    const strong = value === 2 || value === -2;
    if ((rule === 'required' && !w.evidence) || (strong && !evidence)) {
      errors.push({
        field: `ratings.${i}.evidence`,
        messages: [
          rule === 'required' && before?.evidence
            ? 'is required for this new rating: the evidence given for the previous rating does not show it'
            : 'is required for a rating of −2 or +2: say what shows it',
        ],
      });
      return;
    }
    if (
      before &&
      !before.carriedForward &&
      before.value === value &&
      sameEvidence(before.evidence, evidence ?? undefined)
    ) {
      planned.push({ kind: 'unchanged', cell });
      return;
    }
    planned.push({ kind: 'set', rating: { ...cell, value, evidence } });
  });
  return { planned, errors };
}
