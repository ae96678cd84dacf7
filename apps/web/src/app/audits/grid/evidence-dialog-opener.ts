import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Perspective, Rating } from '@rcp/vocabulary';
import type { Observable } from 'rxjs';
import type { GridColumn, GridRowModel } from '../audit-page/grid-model';
import type { RatingWords } from '../model/rating-text';
import { EvidenceDialog, EvidenceDialogData, EvidenceDialogResult } from './evidence-dialog';

/** What the evidence dialog shows for one cell of the grid, in one perspective. */
export function evidenceDialogData(
  row: GridRowModel,
  column: GridColumn,
  perspective: Perspective,
  perspectiveLabel: string | null,
  words: RatingWords,
  preset?: Rating | null,
): EvidenceDialogData {
  return {
    protocolName: row.protocol.name,
    principleTitle: column.title,
    principleDescription: column.description,
    perspectiveLabel,
    current: row.ratings[perspective]()[column.key],
    preset,
    words,
  };
}

/** Opens the rating and evidence dialog of a cell. */
@Injectable({ providedIn: 'root' })
export class EvidenceDialogOpener {
  private readonly dialog = inject(MatDialog);

  /**
   * Emits the rating (and evidence) chosen, or undefined when the dialog was cancelled. With a
   * preset rating the evidence field takes the focus: that rating is waiting for its evidence.
   */
  open(data: EvidenceDialogData): Observable<EvidenceDialogResult | undefined> {
    return this.dialog
      .open<EvidenceDialog, EvidenceDialogData, EvidenceDialogResult>(EvidenceDialog, {
        data,
        width: '42rem',
        maxWidth: 'calc(100vw - 1rem)',
        autoFocus: data.preset !== undefined ? '#evidence-text' : 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed();
  }
}
