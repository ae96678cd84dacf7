import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { API_TOKEN_NAME_MAX_LENGTH, CreatedApiToken } from '@rcp/api-contract';
import { toErrorBody } from '../shared/forms/api-error';
import { DateInput } from '../shared/forms/date-input';
import { ErrorSummary } from '../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../shared/forms/show-on-submit';
import { ApiTokensApi, TokenHome } from './api-tokens-api';
import { EXPIRY_MESSAGES, expiryRange } from './expiry-rules';

type Field = 'name' | 'expiresOn';
const ID_PREFIX = 'token-';

const MESSAGES: ErrorMessages<Field> = {
  name: {
    required: 'Enter a name for the token',
    maxlength: `The name must be ${API_TOKEN_NAME_MAX_LENGTH} characters or fewer`,
  },
  expiresOn: EXPIRY_MESSAGES,
};
const LABELS: Record<Field, string> = { name: 'Name', expiresOn: 'Expiry date' };

/** Names a new read-only token and its expiry; the answer carries its secret, once. */
@Component({
  selector: 'rcp-create-api-token-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ErrorSummary,
    DateInput,
  ],
  providers: [showErrorsOnSubmit],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <rcp-error-summary [errors]="errors()" />
      <mat-form-field appearance="outline" class="form-field-wide">
        <mat-label>Name</mat-label>
        <input matInput id="token-name" formControlName="name" autocomplete="off" />
        <mat-hint>What uses it, for example “Power BI monthly refresh”</mat-hint>
        @if (message('name'); as m) {
          <mat-error><span class="visually-hidden">Error: </span>{{ m }}</mat-error>
        }
      </mat-form-field>
      <rcp-date-input
        inputId="token-expiresOn"
        legend="Expiry date"
        hint="The last day it works, within a year. For example, 31 3 2027"
        formControlName="expiresOn"
        [error]="message('expiresOn')"
      />
      <div class="button-row">
        <button matButton="filled" type="submit">Create token</button>
        <button matButton="outlined" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateApiTokenForm {
  private readonly api = inject(ApiTokensApi);

  readonly home = input.required<TokenHome>();
  readonly created = output<CreatedApiToken>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(API_TOKEN_NAME_MAX_LENGTH)]],
    expiresOn: ['', [Validators.required, expiryRange()]],
  });
  protected readonly errors = signal<ErrorItem[]>([]);
  private readonly submitting = signal(false);

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.form.controls.name.setValue(this.form.controls.name.value.trim());
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, ID_PREFIX));
      return;
    }
    this.submitting.set(true);
    this.api.create(this.home(), this.form.getRawValue()).subscribe({
      next: (token) => {
        this.submitting.set(false);
        this.errors.set([]);
        this.created.emit(token);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'The token could not be created. Try again later.');
        // A duplicate name (409) belongs next to the name.
        const fieldErrors =
          body.statusCode === 409 ? [{ field: 'name', messages: [body.message] }] : body.errors;
        const items =
          body.statusCode === 400 || body.statusCode === 409
            ? applyApiFieldErrors(this.form, fieldErrors, { idPrefix: ID_PREFIX, labels: LABELS })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }
}
