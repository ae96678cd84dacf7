import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Protocol } from '@rcp/api-contract';
import { filter } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { ProtocolsApi } from '../protocols-api';

export const RESTORE_CONFLICT_MESSAGE =
  'Someone else changed this protocol. Reload to see their changes, then restore it if you still need to.';

const REASON_MESSAGES = {
  required: 'Enter why the protocol is being restored',
  minlength: 'The reason must be 3 characters or more',
  maxlength: 'The reason must be 500 characters or fewer',
};

/**
 * The lead brings a retired protocol back, with a reason and a confirmation: it rejoins the active
 * register and any audit in draft; its retirement stays in its history.
 */
@Component({
  selector: 'rcp-protocol-restore',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
    ConflictReload,
  ],
  providers: [showErrorsOnSubmit],
  template: `
    @if (!open()) {
      <div class="button-row">
        <button id="restore-start" matButton="filled" type="button" (click)="start()">
          Restore protocol
        </button>
      </div>
    } @else {
      <section class="card" aria-labelledby="restore-heading">
        <h2 id="restore-heading" tabindex="-1">Restore this protocol</h2>
        <ul>
          <li>
            It goes back into the active register and joins any audit still in draft, unrated.
          </li>
          <li>
            Its history stays as it is: its retirement and this restoration both stay in its
            register changes, and submitted audits are not changed.
          </li>
        </ul>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <rcp-error-summary [errors]="errors()">
            <rcp-conflict-reload [conflict]="conflict" (reload)="reloadRequested.emit()" />
          </rcp-error-summary>
          <mat-form-field class="form-field-wide">
            <mat-label>Why is it being restored?</mat-label>
            <textarea matInput id="restore-reason" formControlName="reason" rows="3"></textarea>
            <mat-hint>For example, “Retired by mistake: the policy is still in force”.</mat-hint>
            @if (reasonMessage(); as m) {
              <mat-error><span class="visually-hidden">Error: </span>{{ m }}</mat-error>
            }
          </mat-form-field>
          <div class="button-row">
            <button matButton="filled" type="submit" [disabled]="working()">
              Restore protocol
            </button>
            <button matButton type="button" (click)="cancel()">Cancel</button>
          </div>
        </form>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolRestore {
  private readonly protocols = inject(ProtocolsApi);
  private readonly dialog = inject(MatDialog);

  readonly councilId = input.required<string>();
  readonly protocol = input.required<Protocol>();
  readonly restored = output<Protocol>();
  /** After a conflict: the page loads the protocol as it now is. */
  readonly reloadRequested = output<void>();

  protected readonly open = signal(false);
  protected readonly working = signal(false);
  protected readonly submitted = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly conflict = new EditConflict(RESTORE_CONFLICT_MESSAGE);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });

  /** The page calls this once it has reloaded after a conflict. */
  reloaded(): void {
    this.conflict.clear();
    this.errors.set([]);
    setTimeout(() => document.getElementById('restore-reason')?.focus());
  }

  protected reasonMessage(): string | null {
    const control = this.form.controls.reason;
    if (!this.submitted() && !control.hasError('api')) return null;
    return controlErrorMessage(control, REASON_MESSAGES);
  }

  protected start(): void {
    this.form.reset({ reason: '' });
    this.errors.set([]);
    this.conflict.clear();
    this.submitted.set(false);
    this.open.set(true);
    setTimeout(() => document.getElementById('restore-heading')?.focus());
  }

  protected cancel(): void {
    this.open.set(false);
    setTimeout(() => document.getElementById('restore-start')?.focus());
  }

  protected submit(): void {
    if (this.working()) return;
    this.submitted.set(true);
    this.conflict.clear();
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, { reason: REASON_MESSAGES }, 'restore-'));
      return;
    }
    this.errors.set([]);
    const protocol = this.protocol();
    const reason = this.form.getRawValue().reason.trim();
    confirmAction(this.dialog, {
      title: `Restore ${protocol.name}?`,
      body: 'It goes back into the active register and joins any audit still in draft, unrated. Its retirement stays in its history. You can retire it again later.',
      confirmLabel: 'Restore protocol',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.send(protocol, reason));
  }

  private send(protocol: Protocol, reason: string): void {
    this.working.set(true);
    this.protocols
      .restore(this.councilId(), protocol.id, { reason, version: protocol.version })
      .subscribe({
        next: (restored) => {
          this.working.set(false);
          this.open.set(false);
          this.restored.emit(restored);
        },
        error: (error: unknown) => {
          this.working.set(false);
          const body = toErrorBody(error, 'Restoring did not work. Try again later.');
          const conflict = this.conflict.recognise(body);
          if (conflict) {
            this.errors.set(conflict);
            return;
          }
          const items =
            body.statusCode === 400
              ? applyApiFieldErrors(this.form, body.errors, {
                  idPrefix: 'restore-',
                  labels: { reason: 'The reason' },
                })
              : [];
          this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
        },
      });
  }
}
