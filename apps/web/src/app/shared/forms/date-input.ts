import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  ControlValueAccessor,
  FormGroupDirective,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  ValidationErrors,
  Validator,
} from '@angular/forms';
import { DatePart, DateParts, dateProblem, EMPTY_DATE, fromIsoDate, toIsoDate } from './uk-date';

/**
 * The GOV.UK date input: Day, Month and Year boxes in a fieldset, so UK users type the date the
 * way they say it (day first), whatever the browser's language. Its form value is YYYY-MM-DD
 * ('' when empty; the typed parts while they are not a date, with a `dateIncomplete`,
 * `dateYear` or `dateInvalid` error naming the boxes to fix — see `dateMessages`).
 *
 * The parent passes the message to show (its own rules first, e.g. required or "not in the
 * future"). In a form it shows once the form is submitted (the GOV.UK way); outside one, once
 * the user leaves the boxes. The day box has the given `inputId`, so an error summary links to it.
 */
@Component({
  selector: 'rcp-date-input',
  template: `
    <fieldset
      class="date-input"
      [class.date-input--error]="shownError()"
      role="group"
      [attr.aria-describedby]="describedBy()"
      (focusout)="left($event)"
    >
      <legend class="date-input__legend">{{ legend() }}</legend>
      @if (hint(); as h) {
        <p class="hint date-input__hint" [id]="inputId() + '-hint'">{{ h }}</p>
      }
      @if (shownError(); as e) {
        <p class="field-error-text" [id]="inputId() + '-error'">
          <span class="visually-hidden">Error: </span>{{ e }}
        </p>
      }
      <div class="date-input__boxes">
        @for (box of boxes; track box.part) {
          <div class="date-input__item">
            <label class="date-input__label" [for]="boxId(box.part)">{{ box.label }}</label>
            <input
              class="date-input__box"
              [class.date-input__box--year]="box.part === 'year'"
              [id]="boxId(box.part)"
              [attr.name]="boxId(box.part)"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              [attr.maxlength]="box.part === 'year' ? 4 : 2"
              [value]="parts()[box.part]"
              [disabled]="disabled()"
              [attr.aria-invalid]="marked().has(box.part) ? 'true' : null"
              (input)="typed(box.part, $event)"
            />
          </div>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .date-input {
      border: 0;
      padding: 0;
      margin: 0.5rem 0 1rem;
      min-width: 0;
    }
    .date-input__legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .date-input__hint {
      margin: 0 0 0.5rem;
    }
    .date-input--error {
      border-left: 5px solid var(--rcp-error);
      padding-left: 0.75rem;
    }
    .date-input__boxes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
    }
    .date-input__label {
      display: block;
      margin-bottom: 0.25rem;
    }
    .date-input__box {
      font: inherit;
      width: 3.5em;
      padding: 0.4rem 0.5rem;
      border: 2px solid var(--rcp-text);
      border-radius: 0;
      background: var(--rcp-surface);
      color: var(--rcp-text);
    }
    .date-input__box--year {
      width: 5em;
    }
    .date-input__box[aria-invalid='true'] {
      border-color: var(--rcp-error);
    }
  `,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DateInput), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateInput implements ControlValueAccessor, Validator {
  private readonly form = inject(FormGroupDirective, { optional: true });

  /** The id of the day box (not `id`: that would also name this element); the month and year boxes add `-month` and `-year`. */
  readonly inputId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string | null>('For example, 27 3 2027');
  /** The message for the date's first problem, or null. */
  readonly error = input<string | null>(null);

  protected readonly boxes: ReadonlyArray<{ part: DatePart; label: string }> = [
    { part: 'day', label: 'Day' },
    { part: 'month', label: 'Month' },
    { part: 'year', label: 'Year' },
  ];
  protected readonly parts = signal<DateParts>(EMPTY_DATE);
  protected readonly disabled = signal(false);
  private readonly submitted = signal(false);
  private readonly leftOnce = signal(false);

  protected readonly shownError = computed(() => {
    const shown = this.form ? this.submitted() : this.leftOnce();
    return shown ? this.error() : null;
  });
  /** The boxes to mark: those the date's own problem names, else all three. */
  protected readonly marked = computed<ReadonlySet<DatePart>>(() => {
    if (!this.shownError()) return new Set();
    const problem = dateProblem(this.parts());
    const parts = problem ? Object.values(problem)[0].parts : this.boxes.map((b) => b.part);
    return new Set(parts);
  });
  protected readonly describedBy = computed(
    () =>
      [
        this.hint() ? `${this.inputId()}-hint` : null,
        this.shownError() ? `${this.inputId()}-error` : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
  );

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    const subscription = this.form?.ngSubmit.subscribe(() => this.submitted.set(true));
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  }

  protected boxId(part: DatePart): string {
    return part === 'day' ? this.inputId() : `${this.inputId()}-${part}`;
  }

  protected typed(part: DatePart, event: Event): void {
    const parts = { ...this.parts(), [part]: (event.target as HTMLInputElement).value };
    this.parts.set(parts);
    this.onChange(toIsoDate(parts) ?? `${parts.year}-${parts.month}-${parts.day}`);
  }

  protected left(event: FocusEvent): void {
    // Moving from one box to the next is not leaving the date.
    const group = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && group.contains(event.relatedTarget)) return;
    this.leftOnce.set(true);
    this.onTouched();
  }

  writeValue(value: string | null): void {
    // Keep what the user typed when the form echoes back a value that is not a date yet.
    if (toIsoDate(this.parts()) === null && value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    this.parts.set(fromIsoDate(value));
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  validate(): ValidationErrors | null {
    return dateProblem(this.parts());
  }
}
