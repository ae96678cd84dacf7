import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { DateInput } from '../shared/forms/date-input';
import { ErrorSummary } from '../shared/forms/error-summary';
import { controlErrorMessage, ErrorItem } from '../shared/forms/field-errors';
import { dateMessages, toDateInputValue } from '../shared/forms/uk-date';
import { AuditLogFilters } from './audit-log-api';
import { describeAction } from './audit-event-text';

const FROM_MESSAGES = dateMessages('The start date');
const TO_MESSAGES = dateMessages('The end date');
const TO_BEFORE_FROM = 'The end date must be the same as or after the start date';

/** A range whose end is before its start matches nothing: said once both dates are real. */
function toNotBeforeFrom(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from');
  const to = group.get('to');
  if (!from?.valid || !to?.valid || !from.value || !to.value) return null;
  return to.value < from.value ? { toBeforeFrom: true } : null;
}

/**
 * The audit log's filters besides the council: action, person and a range of UK days. Applied
 * together with one button, so a screen reader user is not surprised by the page changing.
 */
@Component({
  selector: 'rcp-audit-log-filters',
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, DateInput],
  template: `
    <form class="card audit-filters" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 class="audit-filters__title">Filter events</h2>
      <rcp-error-summary [errors]="errors()" />
      <div class="audit-filters__row">
        <div class="audit-filters__field">
          <label for="audit-action-filter">Action</label>
          <select id="audit-action-filter" formControlName="action">
            <option value="">Any action</option>
            @for (a of actions(); track a) {
              <option [value]="a">{{ describe(a) }}</option>
            }
          </select>
        </div>
        <div class="audit-filters__field">
          <label for="audit-person-filter">Person (email address or part of it)</label>
          <input
            id="audit-person-filter"
            type="text"
            autocomplete="off"
            spellcheck="false"
            maxlength="254"
            formControlName="person"
          />
        </div>
      </div>
      <div class="audit-filters__row">
        <rcp-date-input
          inputId="audit-from"
          legend="From (date)"
          formControlName="from"
          [error]="fromError()"
        />
        <rcp-date-input
          inputId="audit-to"
          legend="To (date)"
          formControlName="to"
          [error]="toError()"
        />
      </div>
      <div class="button-row">
        <button matButton="filled" type="submit">Apply filters</button>
        <button matButton="outlined" type="button" (click)="clear()">Clear filters</button>
      </div>
    </form>
  `,
  styles: `
    .audit-filters__title {
      margin-top: 0;
    }
    .audit-filters__row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      margin-bottom: 1rem;
    }
    .audit-filters__field {
      display: flex;
      flex-direction: column;
      label {
        font-weight: 700;
      }
      select,
      input {
        font: inherit;
        padding: 0.4rem;
        border: 2px solid currentColor;
        min-width: 14rem;
        max-width: 100%;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogFiltersForm {
  /** The filters in force (from the address). */
  readonly applied = input.required<AuditLogFilters>();
  readonly actions = input.required<readonly string[]>();

  readonly apply = output<AuditLogFilters>();

  /** Dates are YYYY-MM-DD ('' for none) as the shared date input gives them. */
  protected readonly form = inject(NonNullableFormBuilder).group(
    { action: [''], person: [''], from: [''], to: [''] },
    { validators: toNotBeforeFrom },
  );
  protected readonly errors = signal<ErrorItem[]>([]);

  protected readonly describe = describeAction;

  constructor() {
    // The fields show the filters in force whenever the address changes (Back, shared links).
    effect(() => {
      const f = this.applied();
      untracked(() =>
        this.form.setValue({
          action: f.action ?? '',
          person: f.person ?? '',
          from: toDateInputValue(f.from),
          to: toDateInputValue(f.to),
        }),
      );
    });
  }

  /** Shown by the date input once the form is submitted, and gone as soon as it is put right. */
  protected fromError(): string | null {
    return controlErrorMessage(this.form.controls.from, FROM_MESSAGES);
  }

  protected toError(): string | null {
    const own = controlErrorMessage(this.form.controls.to, TO_MESSAGES);
    return own ?? (this.form.hasError('toBeforeFrom') ? TO_BEFORE_FROM : null);
  }

  protected submit(): void {
    const errors: ErrorItem[] = [];
    const fromError = this.fromError();
    const toError = this.toError();
    // The summary links to the day box, the first of each date's boxes.
    if (fromError) errors.push({ message: fromError, fieldId: 'audit-from' });
    if (toError) errors.push({ message: toError, fieldId: 'audit-to' });
    this.errors.set(errors);
    if (errors.length > 0) return;
    const v = this.form.getRawValue();
    this.apply.emit({
      action: v.action || null,
      person: v.person.trim() || null,
      from: v.from || null,
      to: v.to || null,
    });
  }

  protected clear(): void {
    this.errors.set([]);
    this.apply.emit({ action: null, person: null, from: null, to: null });
  }
}
