import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { CouncilDashboard, CouncilReportDetail, PlanChange } from '@rcp/api-contract';
import { catchError, combineLatest, map, Observable, of, startWith, switchMap } from 'rxjs';
import { DashboardApi } from '../dashboard/data-access/dashboard-api';
import {
  classShares,
  countsScopeText,
  mismatchCountText,
  provisionalText,
} from '../dashboard/model/headline';
import { formatDay, formatPercent, shortLabel } from '../dashboard/model/dashboard-text';
import { principleGapTable } from '../dashboard/model/perspective-gaps';
import { planTrendTable } from '../dashboard/model/plan-trend';
import { profileTable } from '../dashboard/model/principle-profile';
import { NO_FILTERS } from '../dashboard/model/dashboard-filters';
import { IndexTrendChart } from '../dashboard/ui/index-trend-chart';
import { PerspectiveGaps } from '../dashboard/ui/perspective-gaps';
import { PrincipleProfileChart } from '../dashboard/ui/principle-profile-chart';
import { PlansApi } from '../plans/data-access/plans-api';
import { ChartPatterns } from '../shared/charts/chart-patterns';
import { formatIndex } from '../shared/format/index-format';
import { statusOf } from '../shared/forms/api-error';
import { JumpLink } from '../shared/navigation/jump-link';
import { ReportApi } from './data-access/report-api';
import { categoryTitles, mismatchTable, widerTable } from './model/report-tables';
import {
  headlineSentence,
  planStatusSummary,
  planTable,
  printPageCss,
  runningHeader,
} from './model/report-text';
import { ReportAuditPicker } from './ui/report-audit-picker';
import { ReportProtocols } from './ui/report-protocols';
import { ReportTable } from './ui/report-table';

interface Loaded {
  dashboard: CouncilDashboard;
  detail: CouncilReportDetail | null;
}
type Load =
  | { state: 'loading' }
  | { state: 'loaded'; loaded: Loaded }
  | { state: 'error'; message: string };

/**
 * A council report for cabinet and scrutiny, routed at /councils/:councilId/report?audit=…
 * (default: the latest submitted audit): the dashboard's figures in plain words, each chart with
 * its table, the protocols behind them with their evidence, and the plan's status. Prints on A4.
 */
@Component({
  selector: 'rcp-report-page',
  imports: [
    RouterLink,
    MatButtonModule,
    JumpLink,
    ChartPatterns,
    IndexTrendChart,
    PrincipleProfileChart,
    PerspectiveGaps,
    ReportAuditPicker,
    ReportProtocols,
    ReportTable,
  ],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  private readonly dashboards = inject(DashboardApi);
  private readonly reports = inject(ReportApi);
  private readonly plans = inject(PlansApi);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);

  readonly councilId = input.required<string>();
  /** The `audit` query parameter: a submitted audit (default: the latest). */
  readonly audit = input<string | undefined>();

  protected readonly today = new Date();
  protected readonly load = toSignal(
    combineLatest([toObservable(this.councilId), toObservable(this.audit)]).pipe(
      switchMap(([councilId, audit]) =>
        this.read(councilId, audit ?? null).pipe(startWith<Load>({ state: 'loading' })),
      ),
    ),
    { initialValue: { state: 'loading' } as Load },
  );
  /** The plan is extra: without it the report says it could not be read. */
  protected readonly plan = toSignal(
    toObservable(this.councilId).pipe(
      switchMap((id) =>
        this.plans.list(id).pipe(
          map((list): PlanChange[] | null => list.changes),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly loaded = computed(() => {
    const l = this.load();
    return l.state === 'loaded' ? l.loaded : null;
  });
  protected readonly error = computed(() => {
    const l = this.load();
    return l.state === 'error' ? l.message : null;
  });
  protected readonly header = computed(() => {
    const d = this.loaded()?.dashboard;
    return d?.selected ? runningHeader(d.council.name, d.selected, this.today) : null;
  });
  protected readonly todayText = formatDay(this.today.toISOString());

  // The tables printed beside the charts, and the report's own tables.
  protected readonly trendTable = computed(() =>
    planTrendTable(this.loaded()?.dashboard.trend ?? [], null),
  );
  protected readonly profileTable = computed(() => {
    const d = this.loaded()?.dashboard;
    return profileTable(d?.principleProfile ?? [], d?.selected ?? null, d?.compareTo ?? null);
  });
  private readonly categories = computed(() =>
    categoryTitles(this.loaded()?.dashboard.classBreakdown.byCategory ?? []),
  );
  protected readonly mismatchTable = computed(() =>
    mismatchTable(this.loaded()?.dashboard.mismatches ?? [], this.categories()),
  );
  protected readonly widerTable = computed(() =>
    widerTable(this.loaded()?.dashboard.heatmap.rows ?? [], this.categories()),
  );
  protected readonly gapTable = computed(() => {
    const gaps = this.loaded()?.dashboard.perspectiveGaps;
    return gaps ? principleGapTable(gaps) : null;
  });
  protected readonly planSummary = computed(() => {
    const changes = this.plan();
    return changes ? planStatusSummary(changes) : null;
  });
  protected readonly planTable = computed(() => planTable(this.plan() ?? []));

  protected readonly headlineSentence = headlineSentence;
  protected readonly provisionalText = provisionalText;
  protected readonly countsScopeText = countsScopeText;
  protected readonly mismatchCountText = mismatchCountText;
  protected readonly classShares = classShares;
  protected readonly formatIndex = formatIndex;
  protected readonly formatPercent = formatPercent;
  protected readonly formatDay = formatDay;
  protected readonly shortLabel = shortLabel;

  constructor() {
    // The running header on every printed page: a page-margin box, kept while the report is open.
    const style = this.document.createElement('style');
    style.setAttribute('data-report-print', '');
    this.document.head.appendChild(style);
    inject(DestroyRef).onDestroy(() => style.remove());
    effect(() => {
      const header = this.header();
      style.textContent = header ? printPageCss(header) : '';
    });
  }

  /** The report for another submitted audit (its own address, so it can be shared or printed). */
  protected showAudit(auditId: string): void {
    void this.router.navigate([], {
      queryParams: { audit: auditId },
      queryParamsHandling: 'merge',
    });
  }

  /** Draws every chart (they draw when scrolled into view), then opens the browser's print. */
  protected async print(): Promise<void> {
    const view = this.document.defaultView;
    if (!view) return;
    const { scrollX, scrollY } = view;
    for (const frame of Array.from(this.document.querySelectorAll('.rcp-chart-scroll'))) {
      frame.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    view.scrollTo(scrollX, scrollY);
    await new Promise((resolve) => setTimeout(resolve, 100));
    view.print();
  }

  private read(councilId: string, auditId: string | null): Observable<Load> {
    return this.dashboards.get(councilId, { ...NO_FILTERS, auditId }).pipe(
      switchMap((dashboard) =>
        dashboard.selected
          ? this.reports
              .detail(councilId, dashboard.selected.id)
              .pipe(map((detail): Load => ({ state: 'loaded', loaded: { dashboard, detail } })))
          : of<Load>({ state: 'loaded', loaded: { dashboard, detail: null } }),
      ),
      catchError((error: unknown) =>
        of<Load>({
          state: 'error',
          message:
            statusOf(error) === 404 || statusOf(error) === 400
              ? 'There is no report here, or your account cannot see it. Check the address.'
              : 'The report cannot be shown right now. Try again in a minute.',
        }),
      ),
    );
  }
}
