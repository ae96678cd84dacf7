import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Benchmarks, FrameworkCategory, FrameworkItem, LibraryProtocol } from '@rcp/api-contract';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../accounts/auth.service';
import { CouncilsApi } from '../admin/councils/councils-api';
import { loadErrorText } from './model/load-error';
import { AsAtField } from './ui/as-at-field';
import { BenchmarksApi } from './data-access/benchmarks-api';
import {
  BenchmarkFilters,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  withGroupField,
} from './model/benchmark-filters';
import {
  capitalise,
  countedGroup,
  formatDay,
  groupName,
  isWholeNetwork,
  measureName,
  medianName,
  plural,
  positionOf,
  positionPhrase,
  rankText,
} from './model/benchmark-text';
import { ChartPatterns } from '../shared/charts/chart-patterns';
import { formatIndex } from '../shared/format/index-format';
import { isTied } from './model/distribution';
import { DistributionChart } from './ui/distribution-chart';
import { PeerGroupChange, PeerGroupFields } from './ui/peer-group-fields';
import { PositionsTable } from './ui/positions-table';
import { PrincipleChart } from './ui/principle-chart';
import { RankingTable } from './ui/ranking-table';
import { NetworkTrendChart } from './ui/network-trend-chart';
import { WhoMadeItWorkSection } from './ui/who-made-it-work';
import { BenchmarksPageHelp } from '../help/page-help/benchmarks-page-help';

type Outcome = { data: Benchmarks } | { error: string };

/**
 * Benchmarks. A coordinator looks across the network: any comparison group (whose quartiles,
 * medians and ranks are used) and any display group (whose councils are shown). A council sees
 * itself against its peers, every other council anonymised unless that council chose to be named.
 * The choices live in the address, so a view can be bookmarked or shared.
 */
@Component({
  selector: 'rcp-benchmarks-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ChartPatterns,
    DistributionChart,
    NetworkTrendChart,
    PeerGroupFields,
    PositionsTable,
    PrincipleChart,
    AsAtField,
    RankingTable,
    WhoMadeItWorkSection,
    BenchmarksPageHelp,
  ],
  templateUrl: './benchmarks-page.html',
  styleUrl: './benchmarks-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BenchmarksPage {
  private readonly api = inject(BenchmarksApi);
  private readonly auth = inject(AuthService);
  private readonly councils = inject(CouncilsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly location = inject(Location);

  protected readonly user = this.auth.currentUser;
  protected readonly coordinator = computed(() => this.auth.role() === 'coordinator');
  protected readonly isLead = computed(() => this.auth.role() === 'lead');
  protected readonly settingsLink = computed(() => {
    const id = this.user()?.councilId;
    return id ? ['/councils', id, 'settings'] : null;
  });

  protected readonly filters = signal<BenchmarkFilters>(DEFAULT_FILTERS);
  private readonly attempt = signal(0);
  protected readonly data = signal<Benchmarks | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);

  protected readonly principles = signal<FrameworkItem[]>([]);
  protected readonly categories = signal<FrameworkCategory[]>([]);
  protected readonly library = signal<LibraryProtocol[]>([]);
  protected readonly anonymisedIds = signal<ReadonlySet<string>>(new Set());

  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly principleTitle = computed(() => {
    const key = this.filters().principle;
    if (!key) return null;
    return this.principles().find((p) => p.key === key)?.title ?? key;
  });
  protected readonly measure = computed(() => measureName(this.principleTitle()));
  protected readonly valueLabel = computed(() => capitalise(this.measure()));
  protected readonly today = new Date().toISOString().slice(0, 10);

  protected readonly suppressed = computed(() => this.data()?.suppressedReason ?? null);
  protected readonly wholeNetwork = computed(() => {
    const d = this.data();
    return d ? isWholeNetwork(d.comparisonGroup) : true;
  });
  protected readonly medianName = computed(() => {
    const d = this.data();
    return d ? medianName(d.comparisonGroup) : 'network median';
  });
  protected readonly groupText = computed(() => {
    const d = this.data();
    return d ? (isWholeNetwork(d.comparisonGroup) ? 'the network' : 'the peer group') : '';
  });

  /** What the page is comparing, for the live status line. */
  protected readonly statusText = computed(() => {
    if (this.loading()) return 'Updating the figures…';
    const d = this.data();
    if (!d) return '';
    const asAt = d.asAt ? ` as at ${formatDay(d.asAt)}` : '';
    const compare = `Comparing ${this.measure() === 'index' ? 'indexes' : `${this.measure()}s`} of ${countedGroup(d.groupSize, d.comparisonGroup)}${asAt}.`;
    const shown =
      this.coordinator() && !isWholeNetwork(d.displayGroup)
        ? ` Showing ${plural(d.councils.length, 'council')} of the display group, ${groupName(d.displayGroup)}.`
        : '';
    return compare + shown;
  });

  /** The caller's place: "5th of 12 unitary authorities". */
  protected readonly rankText = computed(() => {
    const d = this.data();
    if (!d?.you || d.you.rank === null || d.suppressedReason) return null;
    return rankText(d.you.rank, d.groupSize, d.comparisonGroup, isTied(d.you, d.councils));
  });
  protected readonly yourPosition = computed(() => {
    const d = this.data();
    if (!d?.you || !d.distribution) return null;
    return positionPhrase(
      positionOf(d.you.index, d.distribution.median, d.nearBand),
      medianName(d.comparisonGroup),
    );
  });
  protected readonly formatIndex = formatIndex;
  protected readonly formatDay = formatDay;

  constructor() {
    this.route.queryParams
      .pipe(takeUntilDestroyed())
      .subscribe((params) =>
        this.filters.set(filtersFromParams(params, { displayGroup: this.coordinator() })),
      );

    const request = computed(() => ({ filters: this.filters(), attempt: this.attempt() }));
    toObservable(request)
      .pipe(
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
        }),
        switchMap(({ filters }) =>
          this.api.benchmarks(filters).pipe(
            map((data): Outcome => ({ data })),
            catchError((error: unknown) => of<Outcome>({ error: loadErrorText(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if ('data' in outcome) this.data.set(outcome.data);
        else this.loadError.set(outcome.error);
      });

    this.loadPickers();
  }

  protected reload(): void {
    this.attempt.update((n) => n + 1);
  }

  protected changeGroup(which: 'comparison' | 'display', change: PeerGroupChange): void {
    this.apply(withGroupField(this.filters(), which, change.field, change.value));
  }

  protected changePrinciple(key: string): void {
    this.apply({ ...this.filters(), principle: key || null });
  }

  protected changeAsAt(asAt: string | null): void {
    this.apply({ ...this.filters(), asAt });
  }

  protected clear(): void {
    this.apply(DEFAULT_FILTERS);
  }

  /**
   * Shows the new choices and writes them into the address in place: a router navigation would
   * move focus to the top of the page after every pick, away from the control just used.
   */
  private apply(filters: BenchmarkFilters): void {
    this.filters.set(filters);
    const tree = this.router.createUrlTree([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
    });
    this.location.replaceState(this.router.serializeUrl(tree));
  }

  private loadPickers(): void {
    // The pickers are extras: the page works without them if they cannot be loaded.
    this.api.framework().subscribe({
      next: (version) => {
        this.principles.set(
          version.items
            .filter((i) => i.layer === 'principle')
            .sort((a, b) => a.sortOrder - b.sortOrder),
        );
        this.categories.set(version.categories);
      },
      error: () => undefined,
    });
    this.api.library().subscribe({ next: (l) => this.library.set(l), error: () => undefined });
    if (this.coordinator()) {
      this.councils.list().subscribe({
        next: (list) =>
          this.anonymisedIds.set(
            new Set(list.filter((c) => c.sharing === 'anonymised').map((c) => c.id)),
          ),
        error: () => undefined,
      });
    }
  }
}
