import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ErrorSummary } from '../shared/forms/error-summary';
import { ErrorItem } from '../shared/forms/field-errors';
import { AuditLogFilters } from './audit-log-api';
import { describeAction } from './audit-event-text';
import { fromIsoDay, toIsoDay, UkDateParts } from './uk-date';
import { UkDateFields } from './uk-date-fields';

const BAD_DATE = 'must be a real date, like 27 3 2026';

/**
 * The audit log's filters besides the council: action, person and a range of UK days. Applied
 * together with one button, so a screen reader user is not surprised by the page changing.
 */
@Component({
  selector: 'rcp-audit-log-filters',
  imports: [MatButtonModule, ErrorSummary, UkDateFields],
  template: `
    <form class="card audit-filters" (submit)="$event.preventDefault(); submit()" novalidate>
      <h2 class="audit-filters__title">Filter events</h2>
      <rcp-error-summary [errors]="errors()" />
      <div class="audit-filters__row">
        <div class="audit-filters__field">
          <label for="audit-action-filter">Action</label>
          <select
            id="audit-action-filter"
            [value]="action()"
            (change)="action.set($any($event.target).value)"
          >
            <option value="">Any action</option>
            @for (a of actions(); track a) {
              <option [value]="a" [selected]="a === action()">{{ describe(a) }}</option>
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
            [value]="person()"
            (input)="person.set($any($event.target).value)"
          />
        </div>
      </div>
      <div class="audit-filters__row">
        <rcp-uk-date-fields
          legend="From (date)"
          idPrefix="audit-from"
          [error]="fromError()"
          [(value)]="from"
        />
        <rcp-uk-date-fields
          legend="To (date)"
          idPrefix="audit-to"
          [error]="toError()"
          [(value)]="to"
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

  protected readonly action = signal('');
  protected readonly person = signal('');
  protected readonly from = signal<UkDateParts>(fromIsoDay(null));
  protected readonly to = signal<UkDateParts>(fromIsoDay(null));
  protected readonly fromError = signal<string | null>(null);
  protected readonly toError = signal<string | null>(null);
  protected readonly errors = signal<ErrorItem[]>([]);

  protected readonly describe = describeAction;

  constructor() {
    // The fields show the filters in force whenever the address changes (Back, shared links).
    effect(() => {
      const f = this.applied();
      this.action.set(f.action ?? '');
      this.person.set(f.person ?? '');
      this.from.set(fromIsoDay(f.from));
      this.to.set(fromIsoDay(f.to));
    });
  }

  protected submit(): void {
    const from = toIsoDay(this.from());
    const to = toIsoDay(this.to());
    const fromError = from === 'invalid' ? `The start date ${BAD_DATE}` : null;
    let toError = to === 'invalid' ? `The end date ${BAD_DATE}` : null;
    if (!fromError && !toError && from && to && to < from) {
      toError = 'The end date must be the same as or after the start date';
    }
    this.fromError.set(fromError);
    this.toError.set(toError);
    const errors: ErrorItem[] = [];
    if (fromError) errors.push({ message: fromError, fieldId: 'audit-from-day' });
    if (toError) errors.push({ message: toError, fieldId: 'audit-to-day' });
    this.errors.set(errors);
    if (errors.length > 0) return;
    this.apply.emit({
      action: this.action() || null,
      person: this.person().trim() || null,
      from: from === 'invalid' ? null : from,
      to: to === 'invalid' ? null : to,
    });
  }

  protected clear(): void {
    this.fromError.set(null);
    this.toError.set(null);
    this.errors.set([]);
    this.apply.emit({ action: null, person: null, from: null, to: null });
  }
}
