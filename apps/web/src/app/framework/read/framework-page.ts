import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { FrameworkVersion, FrameworkVersionSummary } from '@rcp/api-contract';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { FrameworkApi } from '../framework-api';
import { formatDate, versionLabel } from '../framework-text';
import { FrameworkContents } from './framework-contents';
import { focusElement } from '../../shared/navigation/jump-link';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; version: FrameworkVersion };

/**
 * The framework page: the current published version (or an older one picked by `?version=`),
 * everything in it as text and a diagram, and a picker to read other published versions.
 */
@Component({
  selector: 'rcp-framework-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    FrameworkContents,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './framework-page.html',
  styleUrl: './framework-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkPage {
  private readonly frameworks = inject(FrameworkApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);

  /** `?version=2`: the version to read; the current one when absent. */
  readonly version = input<string>();

  protected readonly loaded = signal<Loaded>({ state: 'loading' });
  protected readonly versions = signal<FrameworkVersionSummary[] | null>(null);
  protected readonly isCoordinator = computed(() => this.auth.role() === 'coordinator');

  protected readonly published = computed(() =>
    (this.versions() ?? []).filter((v) => v.status === 'published'),
  );
  protected readonly currentNumber = computed(() => this.published()[0]?.number ?? null);
  protected readonly draft = computed(
    () => (this.versions() ?? []).find((v) => v.status === 'draft') ?? null,
  );
  protected readonly shown = computed(() => {
    const l = this.loaded();
    return l.state === 'ready' ? l.version : null;
  });
  protected readonly errorMessage = computed(() => {
    const l = this.loaded();
    return l.state === 'error' ? l.message : null;
  });
  protected readonly isCurrent = computed(() => {
    const shown = this.shown();
    return shown !== null && shown.status === 'published' && shown.number === this.currentNumber();
  });

  protected readonly picker = inject(NonNullableFormBuilder).control<number | null>(null);
  protected readonly label = versionLabel;
  protected readonly date = formatDate;

  constructor() {
    this.frameworks.versions().subscribe({
      next: (list) => this.versions.set(list),
      // The picker is a convenience: the page still shows the version without it.
      error: () => this.versions.set([]),
    });

    toObservable(this.version)
      .pipe(
        switchMap((param) => this.load(param).pipe(startWith<Loaded>({ state: 'loading' }))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        if (loaded.state === 'ready') this.goToFragment();
      });

    effect(() => {
      const shown = this.shown();
      if (shown) this.picker.setValue(shown.number);
    });
  }

  protected show(): void {
    const number = this.picker.value;
    if (number === null) return;
    void this.router.navigate(['/framework'], {
      queryParams: { version: number === this.currentNumber() ? null : number },
    });
  }

  private load(param: string | undefined): Observable<Loaded> {
    const wanted = param?.trim();
    if (wanted && !/^[1-9][0-9]{0,5}$/.test(wanted)) {
      return of({ state: 'error', message: `There is no framework version “${wanted}”.` });
    }
    const request$ = wanted ? this.frameworks.version(Number(wanted)) : this.frameworks.current();
    return request$.pipe(
      map((version): Loaded => ({ state: 'ready', version })),
      catchError((error: unknown) =>
        of<Loaded>({
          state: 'error',
          message: toErrorBody(error, 'The framework cannot be shown right now. Try again later.')
            .message,
        }),
      ),
    );
  }

  /** A link such as /framework#principle-kindness lands on that item once the page is there. */
  private goToFragment(): void {
    const fragment = this.route.snapshot.fragment;
    if (fragment) setTimeout(() => focusElement(fragment));
  }
}
