import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';

const MESSAGES: ErrorMessages<'reason'> = {
  reason: {
    required: 'Say why the audit is being reopened',
    minlength: 'The reason must be 3 characters or more',
    maxlength: 'The reason must be 1,000 characters or fewer',
  },
};

/** Asks the council lead why a submitted audit is being reopened; closes with the reason. */
@Component({
  selector: 'rcp-reopen-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
  ],
  providers: [showErrorsOnSubmit],
  template: `
    <h2 mat-dialog-title>Reopen this audit?</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <rcp-error-summary [errors]="errors()" />
        <p>
          Reopening unlocks the audit for changes and withdraws its stored scores until it is
          submitted again. The reason is kept in the audit's changes.
        </p>
        <mat-form-field class="form-field-wide">
          <mat-label>Why is it being reopened?</mat-label>
          <textarea matInput id="reopen-reason" formControlName="reason" rows="3"></textarea>
          @if (message(); as m) {
            <mat-error><span class="visually-hidden">Error: </span>{{ m }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>Cancel</button>
        <button matButton="filled" type="submit">Reopen audit</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog {
  private readonly ref = inject<MatDialogRef<ReopenDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(1000)]],
  });
  protected readonly errors = signal<ErrorItem[]>([]);

  protected message(): string | null {
    return controlErrorMessage(this.form.controls.reason, MESSAGES.reason);
  }

  protected save(): void {
    const reason = this.form.controls.reason.value.trim();
    if (this.form.invalid || reason.length < 3) {
      if (!this.form.invalid) this.form.controls.reason.setErrors({ minlength: true });
      this.errors.set(formErrorItems(this.form, MESSAGES, 'reopen-'));
      return;
    }
    this.ref.close(reason);
  }
}
