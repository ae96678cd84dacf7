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
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { FieldError, FrameworkVersion, UpdateFrameworkSettingsRequest } from '@rcp/api-contract';
import { toErrorBody } from '../../shared/forms/api-error';
import { isConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { FrameworkApi } from '../framework-api';

type Field =
  | 'name'
  | 'notes'
  | 'enabling'
  | 'inhibiting'
  | 'mixedStrength'
  | 'low'
  | 'medium'
  | 'high'
  | 'provisionalCoverage'
  | 'mismatchThreshold'
  | '$form';

/** A number strictly between or at the bounds, as scoring requires. */
function range(min: number, max: number, open: { min?: boolean; max?: boolean } = {}): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const v = control.value;
    if (v === null || v === undefined || Number.isNaN(v)) return null;
    const tooLow = open.min ? v <= min : v < min;
    const tooHigh = open.max ? v >= max : v > max;
    return tooLow || tooHigh ? { range: true } : null;
  };
}

/** Reach weights rise from low to high (equal steps allowed). */
function rising(group: AbstractControl): ValidationErrors | null {
  const { low, medium, high } = group.value as { low?: number; medium?: number; high?: number };
  if (typeof low !== 'number' || typeof medium !== 'number' || typeof high !== 'number') {
    return null;
  }
  return low <= medium && medium <= high ? null : { reachOrder: true };
}

const MESSAGES: ErrorMessages<Field> = {
  name: {
    required: 'Enter the version’s name',
    minlength: 'The name must be 2 characters or more',
    maxlength: 'The name must be 120 characters or fewer',
  },
  notes: { maxlength: 'The notes must be 4000 characters or fewer' },
  enabling: {
    required: 'Enter the enabling threshold',
    range: 'The enabling threshold must be more than 0 and at most 100',
  },
  inhibiting: {
    required: 'Enter the inhibiting threshold',
    range: 'The inhibiting threshold must be less than 0 and at least −100',
  },
  mixedStrength: { required: 'Select what makes a protocol mixed' },
  low: { required: 'Enter the low reach weight', range: 'Reach weights must be from 0.1 to 1000' },
  medium: {
    required: 'Enter the medium reach weight',
    range: 'Reach weights must be from 0.1 to 1000',
  },
  high: {
    required: 'Enter the high reach weight',
    range: 'Reach weights must be from 0.1 to 1000',
  },
  provisionalCoverage: {
    required: 'Enter the coverage below which an index is provisional',
    range: 'The coverage must be from 0 to 100 %',
  },
  mismatchThreshold: {
    required: 'Enter the mismatch threshold',
    range: 'The mismatch threshold must be from −100 to 0',
  },
  $form: {
    reachOrder: 'Reach weights must rise: low no more than medium, medium no more than high',
  },
};

const LABELS: Record<string, string> = {
  name: 'Name',
  notes: 'Notes',
  enabling: 'The enabling threshold',
  inhibiting: 'The inhibiting threshold',
  mixedStrength: 'Mixed strength',
  low: 'The low reach weight',
  medium: 'The medium reach weight',
  high: 'The high reach weight',
  provisionalCoverage: 'The provisional coverage threshold',
  mismatchThreshold: 'The mismatch threshold',
};

/** API field paths (`thresholds.enabling`) → the controls of this form. */
const API_FIELDS: Record<string, string> = {
  'thresholds.enabling': 'enabling',
  'thresholds.inhibiting': 'inhibiting',
  'thresholds.mixedStrength': 'mixedStrength',
  'reachWeights.low': 'low',
  'reachWeights.medium': 'medium',
  'reachWeights.high': 'high',
  provisionalCoverageBelow: 'provisionalCoverage',
};

/** The last part of a field path, which class-validator's messages start with. */
function toControlErrors(errors: readonly FieldError[] | undefined): FieldError[] {
  return (errors ?? []).map((e) => {
    const control = API_FIELDS[e.field];
    if (!control) return e;
    const own = e.field.split('.').pop() ?? e.field;
    return {
      field: control,
      messages: e.messages.map((m) => (m.startsWith(`${own} `) ? m.slice(own.length + 1) : m)),
    };
  });
}

/** Changes a draft's name, notes and scoring settings, sending the draft's revision. */
@Component({
  selector: 'rcp-framework-settings-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ErrorSummary,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './settings-form.html',
  styles: `
    .form-field-wide {
      display: flex;
      width: 100%;
      max-width: 36rem;
    }
    .number-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      mat-form-field {
        width: 12rem;
        max-width: 100%;
      }
    }
    fieldset.group {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      legend {
        font-weight: 700;
        margin-bottom: 0.5rem;
        padding: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsForm {
  private readonly frameworks = inject(FrameworkApi);

  readonly draft = input.required<FrameworkVersion>();
  readonly idPrefix = input('settings-');

  readonly saved = output<FrameworkVersion>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly num = (...validators: ValidatorFn[]) =>
    this.fb.control<number | null>(null, [Validators.required, ...validators]);

  protected readonly form = this.fb.group(
    {
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
      notes: ['', Validators.maxLength(4000)],
      enabling: this.num(range(0, 100, { min: true })),
      inhibiting: this.num(range(-100, 0, { max: true })),
      mixedStrength: this.fb.control<1 | 2>(2, Validators.required),
      low: this.num(range(0.1, 1000)),
      medium: this.num(range(0.1, 1000)),
      high: this.num(range(0.1, 1000)),
      provisionalCoverage: this.num(range(0, 100)),
      mismatchThreshold: this.num(range(-100, 0)),
    },
    { validators: rising },
  );

  protected readonly reaches = [
    { key: 'low', label: 'Low reach' },
    { key: 'medium', label: 'Medium reach' },
    { key: 'high', label: 'High reach' },
  ] as const;

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitted = signal(false);
  private submitting = false;

  constructor() {
    effect(() => {
      const draft = this.draft();
      untracked(() => this.fill(draft));
    });
  }

  protected message(field: Exclude<Field, '$form'>): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reachOrderMessage(): string | null {
    return this.submitted() && this.form.hasError('reachOrder')
      ? (MESSAGES.$form?.['reachOrder'] as string)
      : null;
  }

  protected submit(): void {
    if (this.submitting) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, this.idPrefix()));
      return;
    }
    const v = this.form.getRawValue();
    const draft = this.draft();
    const request: UpdateFrameworkSettingsRequest = {
      name: v.name.trim(),
      notes: v.notes.trim(),
      thresholds: {
        enabling: v.enabling ?? 0,
        inhibiting: v.inhibiting ?? 0,
        mixedStrength: v.mixedStrength,
      },
      reachWeights: { low: v.low ?? 0, medium: v.medium ?? 0, high: v.high ?? 0 },
      // Shown as a percentage, stored as a share.
      provisionalCoverageBelow: Math.round((v.provisionalCoverage ?? 0) * 1000) / 100000,
      mismatchThreshold: v.mismatchThreshold ?? 0,
      revision: draft.revision,
    };
    this.submitting = true;
    this.frameworks.updateSettings(draft.number, request).subscribe({
      next: (version) => {
        this.submitting = false;
        this.errors.set([]);
        this.saved.emit(version);
      },
      error: (error: unknown) => {
        this.submitting = false;
        const body = toErrorBody(error, 'Saving did not work. Try again later.');
        if (isConflict(body)) {
          this.errors.set([]);
          this.conflict.emit();
          return;
        }
        const items =
          body.statusCode === 400
            ? applyApiFieldErrors(this.form, toControlErrors(body.errors), {
                idPrefix: this.idPrefix(),
                labels: LABELS,
              })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }

  private fill(draft: FrameworkVersion): void {
    this.errors.set([]);
    this.submitted.set(false);
    const s = draft.scoring;
    this.form.reset({
      name: draft.name,
      notes: draft.notes,
      enabling: s.thresholds.enabling,
      inhibiting: s.thresholds.inhibiting,
      mixedStrength: s.thresholds.mixedStrength,
      low: s.reachWeights.low,
      medium: s.reachWeights.medium,
      high: s.reachWeights.high,
      provisionalCoverage: Math.round(s.provisionalCoverageBelow * 100000) / 1000,
      mismatchThreshold: s.mismatchThreshold,
    });
  }
}
