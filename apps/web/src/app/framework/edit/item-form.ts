import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { FrameworkItem, FrameworkVersion, UpsertFrameworkItemRequest } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  ContextNeed,
  FrameworkItemLayer,
} from '@rcp/vocabulary';
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
import { itemsOf, LAYER_NAMES } from '../framework-text';
import { ITEM_KEY_MAX_LENGTH, itemKeyValidator, keyFromTitle } from './item-key';

type Field =
  | 'key'
  | 'title'
  | 'description'
  | 'weight'
  | 'contexts'
  | 'relational'
  | 'principleKeys';

const LABELS: Record<Field, string> = {
  key: 'Key',
  title: 'Title',
  description: 'Description',
  weight: 'Weight',
  contexts: 'Contexts',
  relational: 'Relational',
  principleKeys: 'Principles',
};

export const MIN_ITEM_WEIGHT = 0.1;
export const MAX_ITEM_WEIGHT = 10;

function notEmpty(control: AbstractControl<readonly unknown[]>): ValidationErrors | null {
  return (control.value ?? []).length > 0 ? null : { required: true };
}

/**
 * Adds an item to the draft (no `item` given) or changes one. Every save sends the draft's
 * revision; a 409 (someone else changed the draft) is handed to the page as `conflict`.
 */
@Component({
  selector: 'rcp-framework-item-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ErrorSummary,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './item-form.html',
  styles: `
    .block-option {
      display: block;
    }
    .option-columns {
      columns: 2 16rem;
      mat-checkbox {
        break-inside: avoid;
      }
    }
    .form-field-wide,
    .weight-field {
      display: flex;
      width: 100%;
      max-width: 36rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemForm {
  private readonly frameworks = inject(FrameworkApi);

  readonly draft = input.required<FrameworkVersion>();
  readonly layer = input.required<FrameworkItemLayer>();
  /** The item to change; null to add one. */
  readonly item = input<FrameworkItem | null>(null);
  /** Prefix of the fields' ids, unique on the page. */
  readonly idPrefix = input('item-');

  readonly saved = output<FrameworkVersion>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  protected readonly contextValues = CONTEXT_NEEDS;
  protected readonly contextLabels = CONTEXT_NEED_LABELS;
  protected readonly keyMax = ITEM_KEY_MAX_LENGTH;
  protected readonly minWeight = MIN_ITEM_WEIGHT;
  protected readonly maxWeight = MAX_ITEM_WEIGHT;

  protected readonly adding = computed(() => this.item() === null);
  protected readonly isPrinciple = computed(() => this.layer() === 'principle');
  protected readonly names = computed(() => LAYER_NAMES[this.layer()]);
  protected readonly principles = computed(() => itemsOf(this.draft().items, 'principle'));
  /** Keys in use in this layer of the draft: a new item cannot take one. */
  private takenKeys: ReadonlySet<string> = new Set();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    key: ['', itemKeyValidator(() => this.takenKeys)],
    description: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(2000)]],
    weight: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(MIN_ITEM_WEIGHT),
      Validators.max(MAX_ITEM_WEIGHT),
    ]),
    contexts: this.fb.control<ContextNeed[]>([], notEmpty),
    relational: this.fb.control<boolean | null>(null, Validators.required),
    principleKeys: this.fb.control<string[]>([], notEmpty),
  });

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);

  private readonly messages = computed<ErrorMessages<Field>>(() => {
    const names = this.names();
    return {
      key: {
        required: 'Enter a key',
        tooLong: `The key must be ${ITEM_KEY_MAX_LENGTH} characters or fewer`,
        format: 'The key must be lower-case words joined by hyphens, like “listening-first”',
        reserved: 'That key is reserved: choose another',
        taken: `This draft already has a ${names.one} with that key: choose another`,
      },
      title: {
        required: `Enter the ${names.one}’s title`,
        minlength: 'The title must be 2 characters or more',
        maxlength: 'The title must be 120 characters or fewer',
      },
      description: {
        required: `Describe the ${names.one}`,
        minlength: 'The description must be 2 characters or more',
        maxlength: 'The description must be 2000 characters or fewer',
      },
      weight: {
        required: 'Enter the weight, a number from 0.1 to 10',
        min: 'The weight must be 0.1 or more',
        max: 'The weight must be 10 or less',
      },
      contexts: { required: 'Select at least one context the principle applies to' },
      relational: { required: 'Select whether the principle is relational' },
      principleKeys: { required: `Select at least one principle the ${names.one} expresses` },
    };
  });

  constructor() {
    effect(() => {
      const layer = this.layer();
      this.takenKeys = new Set(
        this.draft()
          .items.filter((i) => i.layer === layer)
          .map((i) => i.key),
      );
      untracked(() => this.form.controls.key.updateValueAndValidity());
    });
    effect(() => {
      const item = this.item();
      const layer = this.layer();
      untracked(() => this.fill(item, layer));
    });
    // While adding, the key follows the title until someone types a key of their own.
    this.form.controls.title.valueChanges.pipe(takeUntilDestroyed()).subscribe((title) => {
      const key = this.form.controls.key;
      if (this.adding() && !key.dirty) key.setValue(keyFromTitle(title));
    });
  }

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], this.messages()[field]);
  }

  /** Errors of a group of checkboxes or radios show once the form has been submitted. */
  protected groupMessage(field: 'contexts' | 'relational' | 'principleKeys'): string | null {
    return this.submitted() ? this.message(field) : null;
  }

  protected isChecked(field: 'contexts' | 'principleKeys', value: string): boolean {
    return (this.form.controls[field].value as readonly string[]).includes(value);
  }

  protected toggle(field: 'contexts' | 'principleKeys', value: string, checked: boolean): void {
    const control = this.form.controls[field] as AbstractControl<string[]>;
    const rest = control.value.filter((v) => v !== value);
    control.setValue(checked ? [...rest, value] : rest);
    control.markAsDirty();
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, this.messages(), this.idPrefix()));
      return;
    }
    const draft = this.draft();
    const layer = this.layer();
    const value = this.form.getRawValue();
    const key = this.item()?.key ?? value.key.trim();
    const base = {
      title: value.title.trim(),
      description: value.description.trim(),
      revision: draft.revision,
    };
    const request: UpsertFrameworkItemRequest =
      layer === 'principle'
        ? {
            ...base,
            weight: value.weight ?? undefined,
            contexts: CONTEXT_NEEDS.filter((c) => value.contexts.includes(c)),
            relational: value.relational ?? undefined,
          }
        : {
            ...base,
            principleKeys: this.principles()
              .map((p) => p.key)
              .filter((k) => value.principleKeys.includes(k)),
          };
    this.submitting.set(true);
    this.frameworks.saveItem(draft.number, layer, key, request).subscribe({
      next: (version) => {
        this.submitting.set(false);
        this.errors.set([]);
        this.saved.emit(version);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'Saving did not work. Try again later.');
        if (isConflict(body)) {
          this.errors.set([]);
          this.conflict.emit();
          return;
        }
        const items =
          body.statusCode === 400
            ? applyApiFieldErrors(this.form, body.errors, {
                idPrefix: this.idPrefix(),
                labels: LABELS,
              })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }

  private fill(item: FrameworkItem | null, layer: FrameworkItemLayer): void {
    this.errors.set([]);
    this.submitted.set(false);
    const principle = layer === 'principle';
    this.form.reset({
      key: item?.key ?? '',
      title: item?.title ?? '',
      description: item?.description ?? '',
      weight: principle ? (item?.weight ?? 1) : null,
      contexts: principle ? [...(item?.contexts ?? [])] : [],
      relational: principle ? (item?.relational ?? null) : null,
      principleKeys: principle ? [] : [...(item?.principleKeys ?? [])],
    });
    const c = this.form.controls;
    if (item) c.key.disable();
    else c.key.enable();
    for (const control of [c.weight, c.contexts, c.relational]) {
      if (principle) control.enable();
      else control.disable();
    }
    if (principle) c.principleKeys.disable();
    else c.principleKeys.enable();
  }
}
