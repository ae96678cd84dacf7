import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { UkDateParts } from './uk-date';

/**
 * The GOV.UK date input: a day, month and year box in a fieldset with its question as the legend,
 * so UK dates are typed the UK way and no date picker is needed.
 */
@Component({
  selector: 'rcp-uk-date-fields',
  template: `
    <fieldset class="uk-date" [attr.aria-describedby]="describedBy()">
      <legend class="uk-date__legend">{{ legend() }}</legend>
      <p class="hint" [id]="idPrefix() + '-hint'">For example, 27 3 2026</p>
      @if (error(); as e) {
        <p class="field-error-text" [id]="idPrefix() + '-error'">
          <span class="visually-hidden">Error:</span> {{ e }}
        </p>
      }
      <div class="uk-date__parts">
        @for (part of parts; track part.key) {
          <div class="uk-date__part">
            <label [for]="idPrefix() + '-' + part.key">{{ part.label }}</label>
            <input
              [id]="idPrefix() + '-' + part.key"
              [class]="'uk-date__input uk-date__input--' + part.key"
              [class.uk-date__input--error]="!!error()"
              type="text"
              inputmode="numeric"
              [attr.maxlength]="part.key === 'year' ? 4 : 2"
              [attr.aria-invalid]="error() ? 'true' : null"
              [value]="value()[part.key]"
              (input)="set(part.key, $any($event.target).value)"
            />
          </div>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .uk-date {
      border: 0;
      padding: 0;
      margin: 0;
    }
    .uk-date__legend {
      font-weight: 700;
      padding: 0;
    }
    .uk-date__parts {
      display: flex;
      gap: 1rem;
    }
    .uk-date__part {
      display: flex;
      flex-direction: column;
    }
    .uk-date__input {
      font: inherit;
      padding: 0.4rem;
      border: 2px solid currentColor;
      width: 3.5rem;
      &:focus {
        outline: 3px solid var(--rcp-focus);
        outline-offset: 0;
      }
    }
    .uk-date__input--year {
      width: 5rem;
    }
    .uk-date__input--error {
      border-color: var(--rcp-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UkDateFields {
  readonly legend = input.required<string>();
  /** Ids of the boxes are `<idPrefix>-day`, `-month`, `-year`; the error summary links to `-day`. */
  readonly idPrefix = input.required<string>();
  readonly error = input<string | null>(null);
  readonly value = model.required<UkDateParts>();

  protected readonly parts = [
    { key: 'day', label: 'Day' },
    { key: 'month', label: 'Month' },
    { key: 'year', label: 'Year' },
  ] as const;

  protected describedBy(): string {
    const prefix = this.idPrefix();
    return this.error() ? `${prefix}-hint ${prefix}-error` : `${prefix}-hint`;
  }

  protected set(key: keyof UkDateParts, text: string): void {
    this.value.update((v) => ({ ...v, [key]: text }));
  }
}
