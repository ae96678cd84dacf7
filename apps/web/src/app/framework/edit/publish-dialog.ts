import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable } from 'rxjs';

export const RELEASE_NOTES_MAX = 4000;

export interface PublishDialogData {
  draftNumber: number;
}

/** Why release notes cannot be sent yet, or null when they can. */
export function releaseNotesProblem(notes: string): string | null {
  const text = notes.trim();
  if (text.length === 0) return 'Enter the release notes: what changed in this version, and why';
  if (text.length > RELEASE_NOTES_MAX)
    return `The release notes must be ${RELEASE_NOTES_MAX} characters or fewer`;
  return null;
}

/**
 * Confirms publishing and asks for the release notes councils will read with the version.
 * Closes with the notes (trimmed), or undefined when cancelled.
 */
@Component({
  selector: 'rcp-publish-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>Publish version {{ data.draftNumber }}?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>
          Publishing is final: a published version never changes. New audits will be scored against
          version {{ data.draftNumber }}; audits already started keep the version they began with.
        </p>
        <mat-form-field class="publish-dialog__notes">
          <mat-label>Release notes</mat-label>
          <textarea
            matInput
            id="release-notes"
            formControlName="releaseNotes"
            rows="5"
            aria-describedby="release-notes-hint"
          ></textarea>
          <mat-hint id="release-notes-hint"
            >What changed and why, for the councils that will use this version.</mat-hint
          >
          @if (problem(); as p) {
            <mat-error>{{ p }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" [mat-dialog-close]="undefined">Cancel</button>
        <button matButton="filled" type="submit">Publish version {{ data.draftNumber }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .publish-dialog__notes {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishDialog {
  protected readonly data = inject<PublishDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<PublishDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    releaseNotes: ['', [Validators.required]],
  });
  protected readonly problem = signal<string | null>(null);

  protected submit(): void {
    const notes = this.form.getRawValue().releaseNotes;
    const problem = releaseNotesProblem(notes);
    this.problem.set(problem);
    if (problem) {
      const control = this.form.controls.releaseNotes;
      control.setErrors({ releaseNotes: problem });
      control.markAsTouched();
      document.getElementById('release-notes')?.focus();
      return;
    }
    this.ref.close(notes.trim());
  }
}

/** Opens the publish dialog; emits the release notes, or undefined when cancelled. */
export function askToPublish(
  dialog: MatDialog,
  draftNumber: number,
): Observable<string | undefined> {
  return dialog
    .open<PublishDialog, PublishDialogData, string>(PublishDialog, {
      data: { draftNumber },
      width: '36rem',
      maxWidth: 'calc(100vw - 2rem)',
      autoFocus: '#release-notes',
    })
    .afterClosed();
}
