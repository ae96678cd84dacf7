import { type Perspective } from '@rcp/vocabulary';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Audit } from '@rcp/api-contract';
import { toErrorBody } from '../../shared/forms/api-error';
import { DateInput } from '../../shared/forms/date-input';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { dateMessages } from '../../shared/forms/uk-date';
import { AuditsApi } from '../data-access/audits-api';
import { todayIso } from '../model/rating-text';

type Field = 'label' | 'periodStart' | 'periodEnd';

const MESSAGES: ErrorMessages<Field> = {
  label: {
    required: 'Enter a name for the audit, such as “2026 first half”',
    minlength: 'The name must be 2 characters or more',
    maxlength: 'The name must be 120 characters or fewer',
  },
  periodStart: {
    required: 'Enter the date the period starts',
    ...dateMessages('The start of the period'),
  },
  periodEnd: {
    required: 'Enter the date the period ends',
    ...dateMessages('The end of the period'),
    beforeStart: 'The period must end on or after the day it starts',
    future: 'The period cannot end in the future',
  },
};

const LABELS: Record<Field, string> = {
  label: 'Name',
  periodStart: 'Start of the period',
  periodEnd: 'End of the period',
};

/** The period end may be today at the latest: an audit looks back on a period that is over. */
export function notInTheFuture(today: () => string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string;
    return value && value > today() ? { future: true } : null;
  };
}

function endNotBeforeStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('periodStart')?.value as string;
  const endControl = group.get('periodEnd');
  const end = endControl?.value as string;
  const wrong = !!start && !!end && end < start;
  if (wrong && !endControl?.hasError('beforeStart')) {
    endControl?.setErrors({ ...(endControl.errors ?? {}), beforeStart: true });
  } else if (!wrong && endControl?.hasError('beforeStart')) {
    const rest = { ...(endControl.errors ?? {}) };
    delete rest['beforeStart'];
    endControl.setErrors(Object.keys(rest).length ? rest : null);
  }
  return null;
}

/** Starts an audit for a period: its name, dates and whose ratings it collects. */
@Component({
  selector: 'rcp-start-audit-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ErrorSummary,
    DateInput,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './start-audit-form.html',
  styleUrl: './start-audit-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartAuditForm {
  private readonly api = inject(AuditsApi);
  /** The latest end of the period: today, in this browser's time zone. */
  protected readonly today = todayIso();

  readonly councilId = input.required<string>();
  readonly started = output<Audit>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      label: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
      periodStart: ['', Validators.required],
      periodEnd: ['', [Validators.required, notInTheFuture(() => this.today)]],
      frontline: [false],
      residents: [false],
    },
    { validators: endNotBeforeStart },
  );

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitting = signal(false);

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, 'start-audit-'));
      return;
    }
    const v = this.form.getRawValue();
    const perspectives: Perspective[] = ['leadership'];
    if (v.frontline) perspectives.push('frontline');
    if (v.residents) perspectives.push('residents');
    this.submitting.set(true);
    this.api
      .create(this.councilId(), {
        label: v.label.trim(),
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        perspectives,
      })
      .subscribe({
        next: (audit) => {
          this.submitting.set(false);
          this.started.emit(audit);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const body = toErrorBody(error, 'The audit could not be started. Try again later.');
          const items =
            body.statusCode === 400
              ? applyApiFieldErrors(this.form, body.errors, {
                  idPrefix: 'start-audit-',
                  labels: LABELS,
                })
              : [];
          this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
        },
      });
  }
}
