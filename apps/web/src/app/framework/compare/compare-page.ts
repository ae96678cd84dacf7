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
import { Router, RouterLink } from '@angular/router';
import {
  FrameworkComparison,
  FrameworkItemChange,
  FrameworkValue,
  FrameworkVersionSummary,
} from '@rcp/api-contract';
import { catchError, combineLatest, map, Observable, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { ErrorItem } from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { FrameworkApi } from '../framework-api';
import { differenceValueText } from './difference-text';
import {
  itemAnchor,
  ITEM_FIELD_LABELS,
  LAYER_NAMES,
  SETTING_LABELS,
  versionLabel,
} from '../framework-text';

type Result =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; comparison: FrameworkComparison };

const VERSION_PARAM = /^[1-9][0-9]{0,5}$/;

/** "title, weight and linked principles". */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What changed between two framework versions: items added, changed and retired, and settings. */
@Component({
  selector: 'rcp-compare-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    ErrorSummary,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePage {
  private readonly frameworks = inject(FrameworkApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  /** `?from=1&to=2`. */
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly versions = signal<FrameworkVersionSummary[] | null>(null);
  protected readonly versionsError = signal<string | null>(null);
  /** Drafts are the coordinators' work in progress; everyone else compares published versions. */
  protected readonly choices = computed(() => {
    const all = this.versions() ?? [];
    return this.auth.role() === 'coordinator' ? all : all.filter((v) => v.status === 'published');
  });
  protected readonly result = signal<Result>({ state: 'none' });
  protected readonly errors = signal<ErrorItem[]>([]);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    from: this.fb.control<number | null>(null),
    to: this.fb.control<number | null>(null),
  });

  protected readonly label = versionLabel;
  protected readonly layerName = (c: FrameworkItemChange) => LAYER_NAMES[c.layer].one;
  protected readonly anchor = (c: FrameworkItemChange) => itemAnchor(c.layer, c.key);

  protected readonly comparison = computed(() => {
    const r = this.result();
    return r.state === 'ready' ? r.comparison : null;
  });
  protected readonly resultError = computed(() => {
    const r = this.result();
    return r.state === 'error' ? r.message : null;
  });
  protected readonly summary = computed(() => {
    const c = this.comparison();
    if (!c) return '';
    const parts = [
      `${c.added.length} ${c.added.length === 1 ? 'item' : 'items'} added`,
      `${c.changed.length} changed`,
      `${c.retired.length} retired`,
    ];
    const settings =
      c.settingsChanged.length > 0
        ? `; scoring settings changed: ${listInWords(c.settingsChanged.map((s) => SETTING_LABELS[s] ?? s))}`
        : '; no scoring settings changed';
    return `From version ${c.from} to version ${c.to}: ${listInWords(parts)}${settings}.`;
  });

  constructor() {
    this.frameworks.versions().subscribe({
      next: (list) => this.versions.set(list),
      error: (error: unknown) =>
        this.versionsError.set(
          toErrorBody(error, 'The versions cannot be listed right now. Try again later.').message,
        ),
    });

    combineLatest([toObservable(this.from), toObservable(this.to)])
      .pipe(
        switchMap(([from, to]) => this.compare(from, to)),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.result.set(result));

    // The pickers show what is compared, or sensible defaults: the last two versions.
    effect(() => {
      const choices = this.choices();
      const from = this.from();
      const to = this.to();
      const valid = (v: string | undefined) => (v && VERSION_PARAM.test(v) ? Number(v) : null);
      this.form.setValue({
        from: valid(from) ?? choices[1]?.number ?? choices[0]?.number ?? null,
        to: valid(to) ?? choices[0]?.number ?? null,
      });
    });
  }

  protected submit(): void {
    const { from, to } = this.form.getRawValue();
    const problems: ErrorItem[] = [];
    if (from === null)
      problems.push({ message: 'Select the version to compare from', fieldId: 'compare-from' });
    if (to === null)
      problems.push({ message: 'Select the version to compare with', fieldId: 'compare-to' });
    if (from !== null && to !== null && from === to) {
      problems.push({ message: 'Select two different versions', fieldId: 'compare-to' });
    }
    this.errors.set(problems);
    if (problems.length > 0) return;
    void this.router.navigate(['/framework/compare'], { queryParams: { from, to } });
  }

  private compare(from: string | undefined, to: string | undefined): Observable<Result> {
    if (from === undefined && to === undefined) return of({ state: 'none' });
    if (!from || !to || !VERSION_PARAM.test(from) || !VERSION_PARAM.test(to)) {
      return of({ state: 'error', message: 'Select two versions to compare.' });
    }
    if (from === to) return of({ state: 'error', message: 'Select two different versions.' });
    return this.frameworks.compare(Number(from), Number(to)).pipe(
      map((comparison): Result => ({ state: 'ready', comparison })),
      catchError((error: unknown) =>
        of<Result>({
          state: 'error',
          message: toErrorBody(error, 'The versions cannot be compared right now. Try again later.')
            .message,
        }),
      ),
      startWith<Result>({ state: 'loading' }),
    );
  }

  protected fieldsText(change: FrameworkItemChange): string {
    return listInWords((change.fields ?? []).map((f) => ITEM_FIELD_LABELS[f] ?? f));
  }

  protected fieldLabel(field: string): string {
    const text = ITEM_FIELD_LABELS[field] ?? field;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  protected valueText(field: string, value: FrameworkValue): string {
    return differenceValueText(field, value);
  }

  protected settingText(key: string): string {
    const text = SETTING_LABELS[key] ?? key;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}
