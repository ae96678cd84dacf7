import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CouncilDashboard, PlanChange, PlanProjection } from '@rcp/api-contract';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { AuthService } from '../accounts/auth.service';
import { GettingStartedChecklist } from '../help/getting-started/getting-started-checklist';
import { GlossaryLink } from '../help/glossary/glossary-link';
import { statusOf, toErrorBody } from '../shared/forms/api-error';
import { DashboardApi } from './data-access/dashboard-api';
import {
  DashboardFilters,
  filtersFromParams,
  FilterChange,
  filtersToParams,
  sameFilters,
  showingSentence,
} from './model/dashboard-filters';
import { shortLabel } from './model/dashboard-text';
import { dashboardWorkbook } from './model/dashboard-workbook';
import { downloadWorkbook } from '../shared/tables/workbook';
import { PlanTrendProjection, planTrendProjection } from './model/plan-trend';
import { PlansApi } from '../plans/data-access/plans-api';
import { ChartPatterns } from '../shared/charts/chart-patterns';
import { ClassBreakdownChart } from './ui/class-breakdown-chart';
import { DashboardFiltersForm } from './ui/dashboard-filters-form';
import { DashboardFiltersPreview } from './ui/dashboard-filters-preview';
import { HeadlineCards } from './ui/headline-cards';
import { Heatmap } from './ui/heatmap';
import { MismatchesList } from './ui/mismatches-list';
import { MoversList } from './ui/movers-list';
import { PerspectiveGaps } from './ui/perspective-gaps';
import { PrincipleProfileChart } from './ui/principle-profile-chart';
import { IndexTrendChart } from './ui/index-trend-chart';
import { ProtocolLoadChart } from './ui/protocol-load-chart';
import { revealInOrder } from '../shared/rendering/reveal-in-order';

/** The part that starts the movers list, and the movers drawn per part (in 3 parts, then all). */
const MOVERS_PART = 6;
const MOVERS_PER_PART = 4;
const MOVERS_PARTS = 3;
/**
 * The filters, the report and export links, the headline, two charts, the movers (in 3 parts),
 * then six charts and lists.
 */
const DASHBOARD_PARTS = 14;

type Load =
  | { state: 'loading' }
  | { state: 'loaded'; dashboard: CouncilDashboard }
  | { state: 'error'; message: string; notFound: boolean };

/**
 * A council's dashboard: where it stands, how it moved and why. Routed at
 * /councils/:councilId/dashboard, and shown on the home page of a council's own people. The
 * filters live in the address (query parameters); each change makes one request.
 */
@Component({
  selector: 'rcp-dashboard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    ChartPatterns,
    DashboardFiltersForm,
    DashboardFiltersPreview,
    HeadlineCards,
    IndexTrendChart,
    ProtocolLoadChart,
    PrincipleProfileChart,
    Heatmap,
    ClassBreakdownChart,
    MoversList,
    MismatchesList,
    PerspectiveGaps,
    GlossaryLink,
    GettingStartedChecklist,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);
  private readonly plans = inject(PlansApi);

  /** From the route's :councilId (or given by the home page). */
  readonly councilId = input.required<string>();

  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map(filtersFromParams), distinctUntilChanged(sameFilters)),
    { requireSync: true },
  );

  private readonly reloads = signal(0);
  protected readonly load = signal<Load>({ state: 'loading' });
  /** The last dashboard shown: kept on screen while the next one loads, so nothing jumps. */
  protected readonly dashboard = signal<CouncilDashboard | null>(null);
  protected readonly loading = computed(() => this.load().state === 'loading');
  /**
   * The parts below the filters (headline, then each chart and list, down to the heat map), drawn
   * one task each when the first dashboard arrives; later dashboards replace them all at once.
   */
  protected readonly parts = revealInOrder(DASHBOARD_PARTS);
  /** The movers drawn so far: a few more per part, all from the movers' last part on. */
  protected readonly moversLimit = computed(() => {
    const drawnParts = this.parts.shown() - MOVERS_PART + 1;
    if (drawnParts >= MOVERS_PARTS) return Number.POSITIVE_INFINITY;
    return Math.max(0, drawnParts) * MOVERS_PER_PART;
  });
  protected readonly error = computed(() => {
    const load = this.load();
    return load.state === 'error' ? load : null;
  });

  protected readonly councilName = computed(
    () =>
      this.dashboard()?.council.name ??
      (this.auth.currentUser()?.councilId === this.councilId()
        ? this.auth.currentUser()?.councilName
        : null) ??
      null,
  );
  protected readonly isLead = computed(() => {
    const me = this.auth.currentUser();
    return me?.role === 'lead' && me.councilId === this.councilId();
  });
  /** Managers and the lead of this council plan changes (links to the change form). */
  protected readonly canPlan = computed(() => {
    const me = this.auth.currentUser();
    return (me?.role === 'lead' || me?.role === 'manager') && me.councilId === this.councilId();
  });
  protected readonly status = computed(() => {
    const load = this.load();
    if (load.state === 'loading') return 'Loading the dashboard…';
    if (load.state === 'error') return '';
    return showingSentence(load.dashboard);
  });
  protected readonly selectedLabel = computed(() => shortLabel(this.dashboard()?.selected));
  protected readonly trendSubject = computed(() => {
    const d = this.dashboard();
    const base = d?.filters.scope === 'wider' ? 'the wider-environment index' : 'the index';
    return d?.filters.serviceArea ? `${base} for ${d.filters.serviceArea}` : base;
  });
  protected readonly filtered = computed(() => {
    const f = this.dashboard()?.filters;
    return !!f && (f.serviceArea !== null || f.scope !== null);
  });

  /**
   * The council whose plan projection the index over time shows: only on the latest audit and the
   * whole council's organisational view, for the council's own people and coordinators (who may
   * read its plan); null otherwise.
   */
  private readonly projectionCouncil = computed(() => {
    const d = this.dashboard();
    const me = this.auth.currentUser();
    if (!d || !me || (me.role !== 'coordinator' && me.councilId !== d.council.id)) return null;
    const latest = d.audits.at(-1);
    if (!latest || d.selected?.id !== latest.id) return null;
    if (d.filters.serviceArea !== null || d.filters.scope !== null) return null;
    return d.council.id;
  });
  /** The plan's projection (default selection: agreed and in progress) and its changes. */
  private readonly planRead = signal<{ projection: PlanProjection; changes: PlanChange[] } | null>(
    null,
  );
  /** The projection as the trend chart draws it, or null when it draws none. */
  protected readonly trendProjection = computed((): PlanTrendProjection | null => {
    const read = this.planRead();
    const d = this.dashboard();
    if (!read || !d || this.projectionCouncil() === null) return null;
    return planTrendProjection(d.trend, read.projection, read.changes);
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    toObservable(this.projectionCouncil)
      .pipe(
        distinctUntilChanged(),
        tap(() => this.planRead.set(null)),
        switchMap((councilId) =>
          councilId === null
            ? of(null)
            : forkJoin({
                projection: this.plans.projection(councilId, {
                  includeProposed: false,
                  include: [],
                  exclude: [],
                }),
                list: this.plans.list(councilId),
              }).pipe(
                map(({ projection, list }) => ({ projection, changes: list.changes })),
                // The plan is extra: without it the chart shows the audits alone.
                catchError(() => of(null)),
              ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((read) => this.planRead.set(read));
    combineLatest([
      toObservable(this.councilId),
      toObservable(this.filters),
      toObservable(this.reloads),
    ])
      .pipe(
        tap(() => this.load.set({ state: 'loading' })),
        switchMap(([councilId, filters]) =>
          this.api.get(councilId, filters).pipe(
            map((dashboard): Load => ({ state: 'loaded', dashboard })),
            catchError((error: unknown) => of(this.errorOf(error))),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((load) => {
        this.load.set(load);
        this.dashboard.set(load.state === 'loaded' ? load.dashboard : null);
        if (load.state === 'loaded') this.parts.start();
      });
  }

  protected readonly exportError = signal<string | null>(null);
  private exporting = false;

  /** The whole dashboard as shown (filters, comparison and plan projection) in one workbook. */
  protected async downloadWorkbook(d: CouncilDashboard): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.exportError.set(null);
    try {
      const workbook = dashboardWorkbook(d, this.trendProjection(), new Date());
      const audit = d.selected ? `-${shortLabel(d.selected)}` : '';
      await downloadWorkbook(workbook, fileSafe(`${d.council.name}-dashboard${audit}`));
    } catch {
      this.exportError.set(
        'The workbook could not be made. Try again, or download each table as CSV.',
      );
    } finally {
      this.exporting = false;
    }
  }

  protected applyFilters(change: FilterChange): void {
    void this.navigateTo(change.filters).then(() => {
      // The shell moves focus to the page after a navigation; a filter change keeps it here.
      setTimeout(() => document.getElementById(change.controlId)?.focus());
    });
  }

  protected clearFilters(): void {
    void this.navigateTo({ auditId: null, compareTo: null, serviceArea: null, scope: null });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private navigateTo(filters: DashboardFilters): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
      queryParamsHandling: 'merge',
    });
  }

  private errorOf(error: unknown): Load {
    const status = statusOf(error);
    if (status === 404) {
      return {
        state: 'error',
        notFound: true,
        message:
          'There is no dashboard here, or your account cannot see it. Check the address, or clear the choices.',
      };
    }
    if (status === 400) {
      return {
        state: 'error',
        notFound: true,
        message:
          'The address asks for something the dashboard cannot show. Clear the choices to start again.',
      };
    }
    return {
      state: 'error',
      notFound: false,
      message: toErrorBody(error, 'The dashboard cannot be shown right now. Try again in a minute.')
        .message,
    };
  }
}

/** "Northfield Council-dashboard-H1 2026" → "northfield-council-dashboard-h1-2026". */
function fileSafe(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
