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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Council, CreateCouncilRequest } from '@rcp/api-contract';
import {
  COUNCIL_TYPE_LABELS,
  COUNCIL_TYPES,
  CouncilType,
  POPULATION_BAND_LABELS,
  POPULATION_BANDS,
  PopulationBand,
  Region,
  REGIONS,
  SharingChoice,
} from '@rcp/vocabulary';
import { Observable } from 'rxjs';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { CouncilsApi } from './councils-api';

export const COUNCIL_CONFLICT_MESSAGE =
  'Someone else changed this council. Reload to see their changes.';

type Field = 'name' | 'type' | 'region' | 'populationBand' | 'sharing';

const MESSAGES: ErrorMessages<Field> = {
  name: {
    required: 'Enter the council’s name',
    minlength: 'The name must be 2 characters or more',
    maxlength: 'The name must be 120 characters or fewer',
  },
  type: { required: 'Select the type of council' },
  region: { required: 'Select the region' },
  populationBand: { required: 'Select the population band' },
  sharing: { required: 'Select how other councils see this council' },
};

const LABELS: Record<Field, string> = {
  name: 'Name',
  type: 'Type',
  region: 'Region',
  populationBand: 'Population',
  sharing: 'Sharing',
};

/**
 * Adds a council (no `council` given) or edits one. Saving an edit sends the version it started
 * from; if someone else saved in between, the server refuses (409) and the form offers to reload.
 */
@Component({
  selector: 'rcp-council-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatButtonModule,
    ErrorSummary,
    ConflictReload,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './council-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouncilForm {
  private readonly councils = inject(CouncilsApi);

  /** The council to edit; null to add a new one. */
  readonly council = input<Council | null>(null);
  /** Prefix for the fields' ids, unique on the page. */
  readonly idPrefix = input('council-');

  readonly saved = output<Council>();
  readonly reloaded = output<Council>();
  readonly cancelled = output<void>();

  protected readonly types = COUNCIL_TYPES;
  protected readonly typeLabels = COUNCIL_TYPE_LABELS;
  protected readonly regions = REGIONS;
  protected readonly bands = POPULATION_BANDS;
  protected readonly bandLabels = POPULATION_BAND_LABELS;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    type: this.fb.control<CouncilType | null>(null, Validators.required),
    region: this.fb.control<Region | null>(null, Validators.required),
    populationBand: this.fb.control<PopulationBand | null>(null, Validators.required),
    sharing: this.fb.control<SharingChoice>('anonymised', Validators.required),
  });

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly conflict = new EditConflict(COUNCIL_CONFLICT_MESSAGE);
  protected readonly submitting = signal(false);
  private version = 0;

  constructor() {
    effect(() => {
      const council = this.council();
      untracked(() => this.fill(council));
    });
  }

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.conflict.clear();
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, this.idPrefix()));
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateCouncilRequest = {
      name: value.name.trim(),
      type: value.type as CouncilType,
      region: value.region as Region,
      populationBand: value.populationBand as PopulationBand,
      sharing: value.sharing,
    };
    const existing = this.council();
    const save$: Observable<Council> = existing
      ? this.councils.update(existing.id, { ...request, version: this.version })
      : this.councils.create(request);
    this.submitting.set(true);
    save$.subscribe({
      next: (council) => {
        this.submitting.set(false);
        this.errors.set([]);
        this.saved.emit(council);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'Saving did not work. Try again later.');
        const conflict = existing ? this.conflict.recognise(body) : null;
        if (conflict) {
          this.errors.set(conflict);
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

  /** Loads the council as it is now (someone else's changes), replacing what was typed. */
  protected reload(): void {
    const existing = this.council();
    if (!existing) return;
    this.councils.get(existing.id).subscribe({
      next: (council) => {
        this.fill(council);
        this.reloaded.emit(council);
        queueMicrotask(() => document.getElementById(`${this.idPrefix()}name`)?.focus());
      },
      error: (error: unknown) =>
        this.errors.set([
          { message: toErrorBody(error, 'Reloading did not work. Try again later.').message },
        ]),
    });
  }

  private fill(council: Council | null): void {
    this.errors.set([]);
    this.conflict.clear();
    this.version = council?.version ?? 0;
    this.form.reset({
      name: council?.name ?? '',
      type: council?.type ?? null,
      region: council?.region ?? null,
      populationBand: council?.populationBand ?? null,
      sharing: council?.sharing ?? 'anonymised',
    });
  }
}
