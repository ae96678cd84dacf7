import { type Rating } from '@rcp/vocabulary';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AuditRating } from '@rcp/api-contract';
import { DateInput } from '../../shared/forms/date-input';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { dateMessages } from '../../shared/forms/uk-date';
import type { EvidenceInput } from '../model/autosave';
import {
  formatDay,
  formatMomentDay,
  ratingInWords,
  ratingMark,
  RatingWords,
  todayIso,
} from '../model/rating-text';
import { dialogEvidence } from './evidence-decision';

export interface EvidenceDialogData {
  readonly protocolName: string;
  readonly principleTitle: string;
  readonly principleDescription: string;
  /** Shown when the audit collects more than one perspective. */
  readonly perspectiveLabel: string | null;
  readonly current: AuditRating | undefined;
  /**
   * The rating typed in the grid, when the dialog opened because that change needs evidence of its
   * own: the evidence field then starts empty (the old evidence is only shown, never reused).
   */
  readonly preset?: Rating | null;
  readonly words: RatingWords;
}

export interface EvidenceDialogResult {
  readonly value: Rating | null;
  readonly evidence: EvidenceInput | null;
}

const RATING_CHOICES: ReadonlyArray<Rating | null> = [2, 1, 0, -1, -2, null];

/** 'null' for N/A, '2' … '-2' for ratings: radio values must be strings. */
type ChoiceValue = string;

const URL_PATTERN = /^https?:\/\/[^\s]+\.[^\s]+$/i;

function toValue(choice: ChoiceValue): Rating | null | undefined {
  if (choice === '') return undefined;
  return choice === 'null' ? null : (Number(choice) as Rating);
}

/** Evidence is needed when the rule says so for the chosen value against the cell's current one. */
function evidenceRequired(current: AuditRating | undefined) {
  return (group: AbstractControl): ValidationErrors | null => {
    const text = group.get('text');
    if (!text) return null;
    const value = toValue(group.get('value')?.value as ChoiceValue);
    const missing = dialogEvidence(current, value).needed && !(text.value as string).trim();
    const key = value === 2 || value === -2 ? 'evidenceNeeded' : 'evidenceNew';
    const rest = { ...(text.errors ?? {}) };
    delete rest['evidenceNeeded'];
    delete rest['evidenceNew'];
    if (missing) rest[key] = true;
    const next = Object.keys(rest).length ? rest : null;
    if (JSON.stringify(next) !== JSON.stringify(text.errors)) text.setErrors(next);
    return null;
  };
}

type Field = 'value' | 'text' | 'date' | 'url';

const MESSAGES: ErrorMessages<Field> = {
  value: { required: 'Choose a rating' },
  text: {
    evidenceNeeded: 'Say what shows it: a rating of −2 or +2 needs written evidence',
    evidenceNew:
      'Say what shows the new rating: a change between enabling and inhibiting needs new evidence',
    maxlength: 'The evidence must be 4,000 characters or fewer',
  },
  date: {
    required: 'Enter the date the evidence refers to',
    ...dateMessages('The date of the evidence'),
  },
  url: { pattern: 'Enter a full web link starting with http:// or https://' },
};

/**
 * Rates one cell with its evidence: the rating, what shows it, the date the evidence refers to
 * (today unless changed) and an optional link. A rating of ±2 is only saved with evidence.
 */
@Component({
  selector: 'rcp-evidence-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
    DateInput,
  ],
  providers: [showErrorsOnSubmit],
  template: `
    <h2 mat-dialog-title>Rating and evidence</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <rcp-error-summary [errors]="errors()" />
        <p class="evidence-dialog__what">
          <strong>{{ data.protocolName }}</strong> against
          <strong>{{ data.principleTitle }}</strong>
          @if (data.perspectiveLabel) {
            <span> ({{ data.perspectiveLabel }})</span>
          }
        </p>
        <p class="hint">{{ data.principleDescription }}</p>
        @if (data.current?.carriedForward) {
          <p class="evidence-dialog__carried">
            Carried forward from {{ carriedDate() }}, not yet confirmed. Saving confirms it.
          </p>
        }

        <fieldset class="radios" id="evidence-value" aria-describedby="evidence-value-hint">
          <legend>Rating</legend>
          <p class="hint" id="evidence-value-hint">
            Currently: {{ currentWords() }}. −2 and +2, and a change between enabling and
            inhibiting, need written evidence given for that rating.
          </p>
          @if (submitted() && message('value'); as m) {
            <p class="field-error-text"><span class="visually-hidden">Error: </span>{{ m }}</p>
          }
          <div class="evidence-dialog__choices">
            @for (choice of choices; track choice.value) {
              <label class="evidence-dialog__choice">
                <input type="radio" formControlName="value" [value]="choice.value" />
                <span class="evidence-dialog__mark" aria-hidden="true">{{ choice.mark }}</span>
                {{ choice.label }}
              </label>
            }
          </div>
        </fieldset>

        @if (previousEvidence(); as prev) {
          <div class="evidence-dialog__previous" data-testid="previous-evidence">
            <p class="evidence-dialog__previous-title">
              Evidence for the previous rating, {{ currentMark() }} (not carried over)
            </p>
            <p class="evidence-dialog__previous-text">{{ prev.text }}</p>
            <p class="hint">
              Dated {{ day(prev.date) }}
              @if (prev.url) {
                · {{ prev.url }}
              }
            </p>
          </div>
        }

        <mat-form-field class="form-field-wide" subscriptSizing="dynamic">
          <mat-label>Evidence{{ evidenceNeeded() ? '' : ' (optional)' }}</mat-label>
          <textarea
            matInput
            id="evidence-text"
            formControlName="text"
            rows="4"
            aria-describedby="evidence-text-hint"
          ></textarea>
          <mat-hint id="evidence-text-hint"
            >What shows this rating: a document, a case, a finding.</mat-hint
          >
          @if (message('text'); as m) {
            <mat-error><span class="visually-hidden">Error: </span>{{ m }}</mat-error>
          }
        </mat-form-field>

        <rcp-date-input
          inputId="evidence-date"
          legend="Date of the evidence"
          formControlName="date"
          [error]="message('date')"
        />

        <mat-form-field class="form-field-wide">
          <mat-label>Link to the evidence (optional)</mat-label>
          <input matInput id="evidence-url" type="url" formControlName="url" autocomplete="url" />
          @if (message('url'); as m) {
            <mat-error><span class="visually-hidden">Error: </span>{{ m }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>Cancel</button>
        <button matButton="filled" type="submit">Save rating</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .evidence-dialog__what {
      margin-top: 0;
    }
    .evidence-dialog__carried {
      font-style: italic;
    }
    .evidence-dialog__previous {
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--rcp-border);
      background: var(--rcp-surface-alt);
      p {
        margin: 0;
      }
    }
    .evidence-dialog__previous-title {
      font-weight: 700;
    }
    .evidence-dialog__previous-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .evidence-dialog__choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.25rem 1rem;
    }
    .evidence-dialog__choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      cursor: pointer;
      input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
      }
    }
    .evidence-dialog__mark {
      display: inline-block;
      min-width: 2.25rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceDialog {
  protected readonly data = inject<EvidenceDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EvidenceDialog, EvidenceDialogResult>>(MatDialogRef);

  protected readonly choices = RATING_CHOICES.map((value) => ({
    value: String(value),
    mark: ratingMark(value),
    label: this.data.words[String(value)] ?? ratingMark(value),
  }));

  private readonly initialValue: Rating | null | undefined =
    this.data.preset !== undefined ? this.data.preset : this.data.current?.value;

  /** The cell's evidence, offered in the field only while the rule lets it stand (`keep`). */
  private readonly reusable = this.data.current?.evidence ?? null;
  private readonly initialReuse =
    this.data.preset === undefined && dialogEvidence(this.data.current, this.initialValue).reuse;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      value: [
        this.initialValue === undefined ? '' : String(this.initialValue),
        Validators.required,
      ],
      text: [this.initialReuse ? (this.reusable?.text ?? '') : '', Validators.maxLength(4000)],
      date: [
        (this.initialReuse ? this.reusable?.date : undefined) || todayIso(),
        Validators.required,
      ],
      url: [this.initialReuse ? (this.reusable?.url ?? '') : '', Validators.pattern(URL_PATTERN)],
    },
    { validators: evidenceRequired(this.data.current) },
  );

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitted = signal(false);
  private readonly chosen = signal<Rating | null | undefined>(this.initialValue);
  private readonly decision = computed(() => dialogEvidence(this.data.current, this.chosen()));
  protected readonly evidenceNeeded = computed(() => this.decision().needed);
  /** The old evidence, shown read-only when it cannot stand beside the rating chosen. */
  protected readonly previousEvidence = computed(() =>
    this.reusable && !this.decision().reuse ? this.reusable : null,
  );

  constructor() {
    this.form.controls.value.valueChanges.subscribe((v) => {
      const before = this.decision().reuse;
      this.chosen.set(toValue(v));
      const after = this.decision().reuse;
      if (before === after || !this.reusable) return;
      const { text, date, url } = this.form.controls;
      if (!after && text.value.trim() === this.reusable.text) {
        // The old evidence does not describe the new rating: it must not be saved with it.
        this.form.patchValue({ text: '', date: todayIso(), url: '' });
      } else if (after && !text.value.trim() && !url.value.trim()) {
        this.form.patchValue({
          text: this.reusable.text,
          date: this.reusable.date || date.value,
          url: this.reusable.url ?? '',
        });
      }
    });
  }

  protected currentWords(): string {
    return ratingInWords(this.data.current?.value, this.data.words);
  }

  protected currentMark(): string {
    return ratingMark(this.data.current?.value);
  }

  protected day(date: string): string {
    return formatDay(date);
  }

  protected carriedDate(): string {
    return this.data.current ? formatMomentDay(this.data.current.ratedAt) : '';
  }

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected save(): void {
    this.submitted.set(true);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, 'evidence-'));
      return;
    }
    const raw = this.form.getRawValue();
    const value = raw.value === 'null' ? null : (Number(raw.value) as Rating);
    const text = raw.text.trim();
    this.ref.close({
      value,
      evidence: text ? { text, date: raw.date, url: raw.url.trim() || null } : null,
    });
  }
}
