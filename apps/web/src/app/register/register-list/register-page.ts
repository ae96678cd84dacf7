import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { FrameworkCategory, Protocol } from '@rcp/api-contract';
import {
  type RegisterColumn,
  PROTOCOL_BASES,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_SCOPES,
} from '@rcp/vocabulary';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { CouncilsApi } from '../../admin/councils/councils-api';
import { statusOf, toErrorBody } from '../../shared/forms/api-error';
import { ColumnChooser } from '../../shared/tables/column-chooser';
import { sortRowsBy } from '../../shared/tables/sort-rows';
import { TableViewState } from '../../shared/tables/table-view';
import {
  basisLabel,
  categoryTitle,
  categoryTitles,
  contextNeedLabel,
  formatDate,
  plural,
  reachLabel,
  scopeLabel,
  typeLabel,
} from '../protocol-text';
import { ProtocolsApi } from '../protocols-api';
import { registerPermissions } from '../register-context';
import {
  countsSentence,
  filterProtocols,
  isFiltered,
  NO_FILTERS,
  registerCounts,
  RegisterFilters,
  serviceAreasOf,
  shownSentence,
} from './register-filters';
import { REGISTER_TABLE_COLUMNS, registerSortValue } from './register-columns';
import { RegisterViewState } from './register-view-state';

/**
 * A council's protocol register: every active protocol (and, on request, the retired ones) in a
 * table that can be narrowed by words, category, service area, scope and basis. The lead adds
 * protocols here, one by one, from the library or from a file; anyone may download it as CSV.
 * Each user chooses its columns and order (saved on the server; see TableViewState).
 */
@Component({
  selector: 'rcp-register-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ColumnChooser,
  ],
  templateUrl: './register-page.html',
  styleUrl: './register-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly protocolsService = inject(ProtocolsApi);
  private readonly viewState = inject(RegisterViewState);
  private readonly auth = inject(AuthService);
  private readonly councils = inject(CouncilsApi);

  /** From the route's :councilId. */
  readonly councilId = input.required<string>();

  private readonly permissions = registerPermissions(this.councilId);
  protected readonly canEdit = this.permissions.canEdit;
  private readonly otherCouncilName = signal<string | null>(null);
  protected readonly councilName = computed(
    () => this.permissions.ownCouncilName() ?? this.otherCouncilName(),
  );

  protected readonly all = signal<Protocol[] | null>(null);
  protected readonly categories = signal<FrameworkCategory[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly filters = signal<RegisterFilters>(NO_FILTERS);

  protected readonly scopes = PROTOCOL_SCOPES;
  protected readonly scopeLabels = PROTOCOL_SCOPE_LABELS;
  protected readonly bases = PROTOCOL_BASES;
  protected readonly basisLabels = PROTOCOL_BASIS_LABELS;
  protected readonly typeLabel = typeLabel;
  protected readonly scopeLabel = scopeLabel;
  protected readonly basisLabel = basisLabel;
  protected readonly contextNeedLabel = contextNeedLabel;
  protected readonly reachLabel = reachLabel;
  protected readonly formatDate = formatDate;

  private readonly titles = computed(() => categoryTitles(this.categories()));
  protected readonly counts = computed(() => registerCounts(this.all() ?? []));
  protected readonly countsText = computed(() => countsSentence(this.counts()));
  protected readonly retiredText = computed(() =>
    plural(this.counts().retired, 'retired protocol'),
  );
  protected readonly serviceAreas = computed(() => serviceAreasOf(this.all() ?? []));
  protected readonly view = new TableViewState<RegisterColumn>('register', REGISTER_TABLE_COLUMNS, {
    key: 'name',
  });
  protected readonly shown = computed(() => {
    const titles = this.titles();
    const key = this.view.sort.key();
    return sortRowsBy(
      filterProtocols(this.all() ?? [], this.filters(), titles),
      (p) => registerSortValue(p, key, titles),
      this.view.sort.direction(),
      (a, b) => a.name.localeCompare(b.name, 'en-GB'),
    );
  });
  /** How many the table would show with no filters but the retired toggle. */
  private readonly eligible = computed(() => {
    const counts = this.counts();
    return this.filters().showRetired ? counts.active + counts.retired : counts.active;
  });
  protected readonly shownText = computed(() =>
    shownSentence(this.shown().length, this.eligible()),
  );
  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly columnCount = computed(
    () => this.view.shown().length + (this.filters().showRetired ? 2 : 0),
  );
  protected readonly exportUrl = computed(() => this.protocolsService.exportUrl(this.councilId()));

  constructor() {
    this.view.load();
    effect(() => {
      const councilId = this.councilId();
      untracked(() => {
        this.filters.set(this.viewState.filtersFor(councilId));
        this.load(councilId);
        this.loadCouncilName(councilId);
      });
    });
  }

  protected categoryTitle(key: string): string {
    return categoryTitle(this.titles(), key);
  }

  protected setFilter<K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K]): void {
    this.changeFilters({ ...this.filters(), [key]: value });
  }

  protected textInput(event: Event): void {
    this.setFilter('text', (event.target as HTMLInputElement).value);
  }

  protected clearFilters(): void {
    this.changeFilters({ ...NO_FILTERS, showRetired: this.filters().showRetired });
    queueMicrotask(() => document.getElementById('register-search')?.focus());
  }

  private changeFilters(filters: RegisterFilters): void {
    this.filters.set(filters);
    this.viewState.remember(this.councilId(), filters);
  }

  protected reload(): void {
    this.load(this.councilId());
  }

  private load(councilId: string): void {
    this.loadError.set(null);
    this.all.set(null);
    forkJoin({
      protocols: this.protocolsService.list(councilId, 'all'),
      categories: this.protocolsService.categories(),
    }).subscribe({
      next: ({ protocols, categories }) => {
        this.categories.set(categories);
        this.all.set(protocols);
      },
      error: (error: unknown) =>
        this.loadError.set(
          statusOf(error) === 404
            ? 'There is no register here, or your account cannot see it. Check the address.'
            : toErrorBody(error, 'The register cannot be shown right now. Try again later.')
                .message,
        ),
    });
  }

  private loadCouncilName(councilId: string): void {
    this.otherCouncilName.set(null);
    if (this.permissions.ownCouncilName() || this.auth.role() !== 'coordinator') return;
    this.councils.get(councilId).subscribe({
      next: (council) => this.otherCouncilName.set(council.name),
      // The name is only a caption: the register shows without it.
      error: () => undefined,
    });
  }
}
