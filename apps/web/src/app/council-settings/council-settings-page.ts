import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { Council } from '@rcp/api-contract';
import { COUNCIL_TYPE_LABELS, POPULATION_BAND_LABELS, SharingChoice } from '@rcp/vocabulary';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { toErrorBody } from '../shared/forms/api-error';
import { ConflictReload } from '../shared/forms/conflict-reload';
import { EditConflict } from '../shared/forms/edit-conflict';
import { ErrorSummary } from '../shared/forms/error-summary';
import { applyApiFieldErrors, controlErrorMessage, ErrorItem } from '../shared/forms/field-errors';
import { StatusBanner } from '../shared/status-banner/status-banner';
import { CouncilSettingsApi } from './council-settings-api';

export const SETTINGS_CONFLICT_MESSAGE =
  'Someone else changed this council’s settings. Reload to see their changes.';

export const SHARING_LABELS: Record<SharingChoice, string> = {
  named: 'Show our council by name in benchmarks',
  anonymised: 'Show our council anonymised',
};

/** Another council's settings answer 404, exactly like a council that does not exist. */
function loadErrorMessage(error: unknown): string {
  const body = toErrorBody(error, 'The council cannot be shown right now. Try again later.');
  return body.statusCode === 404
    ? 'There is no such council, or its settings are not yours to change.'
    : body.message;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; council: Council };

/**
 * A council's settings, for its lead (or a coordinator): the council's details and its choice to
 * be named or anonymised in other councils' benchmarks. Saving sends the version it started from;
 * if someone else saved in between, the page says so and offers to reload.
 */
@Component({
  selector: 'rcp-council-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatRadioModule,
    ErrorSummary,
    ConflictReload,
    StatusBanner,
  ],
  templateUrl: './council-settings-page.html',
  styles: `
    .caption {
      color: var(--rcp-muted);
      font-size: 1.125rem;
      margin: 0 0 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouncilSettingsPage {
  private readonly settings = inject(CouncilSettingsApi);

  /** From the route, `/councils/:councilId/settings`. */
  readonly councilId = input.required<string>();

  protected readonly loaded = signal<Loaded>({ state: 'loading' });
  protected readonly council = computed(() => {
    const l = this.loaded();
    return l.state === 'ready' ? l.council : null;
  });
  protected readonly loadError = computed(() => {
    const l = this.loaded();
    return l.state === 'error' ? l.message : null;
  });

  protected readonly typeLabels = COUNCIL_TYPE_LABELS;
  protected readonly bandLabels = POPULATION_BAND_LABELS;
  protected readonly sharingLabels = SHARING_LABELS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    sharing: ['anonymised' as SharingChoice, Validators.required],
  });
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly conflict = new EditConflict(SETTINGS_CONFLICT_MESSAGE);
  protected readonly status = signal<string | null>(null);
  private saving = false;

  private readonly banner = viewChild(StatusBanner);

  constructor() {
    toObservable(this.councilId)
      .pipe(
        switchMap((id) =>
          this.settings.council(id).pipe(
            map((council): Loaded => ({ state: 'ready', council })),
            catchError((error: unknown) =>
              of<Loaded>({ state: 'error', message: loadErrorMessage(error) }),
            ),
            startWith<Loaded>({ state: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        if (loaded.state === 'ready') this.fill(loaded.council);
      });
  }

  protected sharingMessage(): string | null {
    return controlErrorMessage(this.form.controls.sharing, {
      required: 'Select how other councils see your council',
    });
  }

  protected submit(): void {
    const council = this.council();
    if (!council || this.saving) return;
    this.conflict.clear();
    this.status.set(null);
    if (this.form.invalid) {
      this.errors.set([
        { message: 'Select how other councils see your council', fieldId: 'sharing' },
      ]);
      return;
    }
    const sharing = this.form.controls.sharing.value;
    this.saving = true;
    this.settings.setSharing(council.id, { sharing, version: council.version }).subscribe({
      next: (saved) => {
        this.saving = false;
        this.errors.set([]);
        this.loaded.set({ state: 'ready', council: saved });
        this.fill(saved);
        this.announce(
          saved.sharing === 'named'
            ? 'Saved. Other councils now see your council by name in benchmarks.'
            : 'Saved. Other councils now see your council anonymised in benchmarks.',
        );
      },
      error: (error: unknown) => {
        this.saving = false;
        const body = toErrorBody(error, 'Saving did not work. Try again later.');
        const conflict = this.conflict.recognise(body);
        if (conflict) {
          this.errors.set(conflict);
          return;
        }
        const items =
          body.statusCode === 400
            ? applyApiFieldErrors(this.form, body.errors, { labels: { sharing: 'Sharing' } })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }

  /** Loads the council as it is now, replacing the choice made here. */
  protected reload(): void {
    const council = this.council();
    if (!council) return;
    this.settings.council(council.id).subscribe({
      next: (latest) => {
        this.errors.set([]);
        this.conflict.clear();
        this.loaded.set({ state: 'ready', council: latest });
        this.fill(latest);
        this.announce('The settings have been reloaded with the latest changes.');
      },
      error: (error: unknown) =>
        this.errors.set([
          { message: toErrorBody(error, 'Reloading did not work. Try again later.').message },
        ]),
    });
  }

  private fill(council: Council): void {
    this.form.reset({ sharing: council.sharing });
  }

  private announce(message: string): void {
    this.status.set(message);
    this.banner()?.focus();
  }
}
