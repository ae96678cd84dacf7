import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { Observable, map } from 'rxjs';

export interface ConfirmDialogData {
  /** The question, e.g. "Archive Northfield Borough Council?" */
  title: string;
  /** What will happen, in a sentence or two. */
  body: string;
  /** The button that does it, e.g. "Archive council". */
  confirmLabel: string;
  /** Shown in the warning colour when the action takes something away. */
  destructive?: boolean;
}

/** Asks "are you sure?" before an action that is hard to undo. */
@Component({
  selector: 'rcp-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.body }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">Cancel</button>
      <button
        matButton="filled"
        type="button"
        [class.confirm-dialog__destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-dialog__destructive {
      --mat-button-filled-container-color: var(--rcp-error);
      --mat-button-filled-label-text-color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation; emits true when the person confirmed, false otherwise. */
export function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data,
      width: '32rem',
      maxWidth: 'calc(100vw - 2rem)',
      role: 'alertdialog',
      autoFocus: 'dialog',
    })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
