import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { DateInput } from '../../shared/forms/date-input';
import { controlErrorMessage } from '../../shared/forms/field-errors';
import { dateMessages } from '../../shared/forms/uk-date';

const MESSAGES = {
  ...dateMessages('The “as at” date'),
  future: 'The “as at” date must be today or in the past',
};

/**
 * The benchmarks' "as at" date, typed day first (GOV.UK date input). A complete, real date up to
 * today (or no date: the latest) is applied as soon as it is typed; anything else is explained
 * when the user leaves the boxes, and changes nothing.
 */
@Component({
  selector: 'rcp-as-at-field',
  imports: [ReactiveFormsModule, DateInput],
  template: `
    <rcp-date-input
      inputId="bench-as-at"
      legend="As at"
      hint="Each council’s latest audit by this date. Leave empty for the latest. For example, 31 3 2026"
      [formControl]="control"
      [error]="error()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsAtField {
  /** The date applied (YYYY-MM-DD), or null for the latest. */
  readonly value = input<string | null>(null);
  /** The latest date allowed: today. */
  readonly max = input.required<string>();
  readonly changed = output<string | null>();

  protected readonly control = new FormControl('', {
    nonNullable: true,
    validators: (c: AbstractControl): ValidationErrors | null =>
      c.value && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && c.value > this.max()
        ? { future: true }
        : null,
  });
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const value = this.value() ?? '';
      untracked(() => {
        if (value !== this.control.value) this.control.setValue(value, { emitEvent: false });
      });
    });
    this.control.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      this.error.set(controlErrorMessage(this.control, MESSAGES));
      if (this.control.valid && value !== (this.value() ?? '')) this.changed.emit(value || null);
    });
  }
}
