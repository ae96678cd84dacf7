import type { Perspective } from '@rcp/vocabulary';
import type { GridColumn, GridRowModel } from '../audit-page/grid-model';
import type { RatingEdit } from '../model/autosave';
import { rateDecision } from './evidence-decision';

/** What confirming a row writes, and how many of its carried ratings could not be confirmed. */
export interface RowConfirmation {
  readonly edits: RatingEdit[];
  /** Carried ±2 ratings without evidence: they need the dialog (opened with Enter) first. */
  readonly needEvidence: number;
}

/**
 * Confirms every carried-forward rating of the row in `perspective` by writing the same values
 * again. Principles that do not apply, and ratings not carried forward, are left alone.
 */
export function confirmRowEdits(
  row: GridRowModel,
  columns: readonly GridColumn[],
  perspective: Perspective,
): RowConfirmation {
  const ratings = row.ratings[perspective]();
  const edits: RatingEdit[] = [];
  let needEvidence = 0;
  columns.forEach((column, i) => {
    const rating = ratings[column.key];
    if (!row.applies[i] || !rating?.carriedForward) return;
    // The same value again: its evidence stays, unless it is a ±2 with none (opened with Enter).
    const decision = rateDecision(rating, rating.value);
    if (decision.kind === 'dialog') {
      needEvidence++;
      return;
    }
    edits.push({
      protocolId: row.protocol.id,
      principleKey: column.key,
      perspective,
      clear: false,
      value: rating.value,
      evidence: decision.evidence,
    });
  });
  return { edits, needEvidence };
}
