import {
  PLAN_CHANGE_KINDS,
  PLAN_CHANGE_KIND_LABELS,
  PLAN_CHANGE_STATUSES,
  PLAN_CHANGE_STATUS_LABELS,
  PLAN_PRIORITY_LABELS,
} from '@rcp/vocabulary';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  type PlanAchievement,
  type PlanChange,
  type PlanProjection,
  type PlanSuggestions,
} from '@rcp/api-contract';
import {
  catchError,
  combineLatest,
  debounceTime,
  forkJoin,
  map,
  Observable,
  of,
  switchMap,
} from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { AuditsApi } from '../../audits/data-access/audits-api';
import { toErrorBody } from '../../shared/forms/api-error';
import { formatIndex } from '../../shared/format/index-format';
import { PlansApi } from '../data-access/plans-api';
import {
  DEFAULT_LIST_VIEW,
  formatDelta,
  formatDueDate,
  ownerOptions,
  ownerText,
  PLAN_SORT_LABELS,
  planListRows,
  PlanListView,
  PlanSort,
} from '../model/plan-list';
import {
  auditInputs,
  DEFAULT_SELECTION,
  latestAuditOf,
  PlanSelection,
  ProjectionBase,
  projectionDifferences,
  projectPlan,
  selectionQuery,
  toggleChange,
} from '../model/projection';
import { AchievementTable } from '../ui/achievement-table';
import { PlanBreadcrumbs } from '../ui/plan-breadcrumbs';
import { ProjectionPanel, ToggleEvent } from '../ui/projection-panel';
import { SuggestionsList } from '../ui/suggestions-list';

type Load<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'error'; message: string };

/**
 * A council's change plan, at /councils/:councilId/plan: the planned changes with filters and
 * sorting, their projected effect (worked out in the browser and checked against the API's), where
 * to start, and planned vs achieved once a later audit is in.
 */
@Component({
  selector: 'rcp-plan-page',
  imports: [
    RouterLink,
    MatButtonModule,
    ProjectionPanel,
    AchievementTable,
    SuggestionsList,
    PlanBreadcrumbs,
  ],
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPage {
  private readonly plans = inject(PlansApi);
  private readonly audits = inject(AuditsApi);
  private readonly auth = inject(AuthService);

  /** From the route: /councils/:councilId/plan. */
  readonly councilId = input.required<string>();

  protected readonly kinds = PLAN_CHANGE_KINDS;
  protected readonly statuses = PLAN_CHANGE_STATUSES;
  protected readonly kindLabels = PLAN_CHANGE_KIND_LABELS;
  protected readonly statusLabels = PLAN_CHANGE_STATUS_LABELS;
  protected readonly priorityLabels = PLAN_PRIORITY_LABELS;
  protected readonly sorts = Object.entries(PLAN_SORT_LABELS) as Array<[PlanSort, string]>;

  protected readonly changes = signal<Load<PlanChange[]>>({ state: 'loading' });
  private readonly base = signal<ProjectionBase | null | undefined>(undefined);
  protected readonly achievement = signal<PlanAchievement | null>(null);
  protected readonly suggestions = signal<PlanSuggestions | null>(null);
  protected readonly serverProjection = signal<PlanProjection | null>(null);
  protected readonly selection = signal<PlanSelection>(DEFAULT_SELECTION);
  protected readonly view = signal<PlanListView>(DEFAULT_LIST_VIEW);

  protected readonly canWrite = computed(() => {
    const me = this.auth.currentUser();
    return (me?.role === 'lead' || me?.role === 'manager') && me.councilId === this.councilId();
  });
  protected readonly councilName = computed(() => {
    const me = this.auth.currentUser();
    return me?.councilId === this.councilId() ? me.councilName : null;
  });
  protected readonly exportUrl = computed(() => this.plans.exportUrl(this.councilId()));

  private readonly list = computed(() => {
    const c = this.changes();
    return c.state === 'loaded' ? c.value : [];
  });
  protected readonly loadError = computed(() => {
    const c = this.changes();
    return c.state === 'error' ? c.message : null;
  });
  protected readonly loaded = computed(() => this.changes().state === 'loaded');

  /** The projection as the browser works it out; the API's until the audit is loaded. */
  protected readonly projection = computed<PlanProjection | null>(() => {
    const base = this.base();
    if (base === undefined || this.changes().state !== 'loaded') return this.serverProjection();
    if (base === null) return this.serverProjection();
    return projectPlan(base, this.list(), this.selection());
  });
  private readonly effects = computed(
    () => new Map((this.projection()?.changes ?? []).map((c) => [c.changeId, c.contribution])),
  );
  protected readonly rows = computed(() => planListRows(this.list(), this.view(), this.effects()));
  protected readonly owners = computed(() => ownerOptions(this.list()));
  protected readonly listStatus = computed(() => {
    const all = this.list().length;
    const shown = this.rows().length;
    return shown === all
      ? `${all} planned ${all === 1 ? 'change' : 'changes'}.`
      : `Showing ${shown} of ${all} planned changes.`;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    toObservable(this.councilId)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((id) => this.load(id));

    // The API's projection of the same selection: the check that both work it out the same.
    combineLatest([
      toObservable(this.councilId),
      toObservable(this.selection),
      toObservable(this.changes),
    ])
      .pipe(
        debounceTime(150),
        switchMap(([id, selection, changes]) =>
          changes.state !== 'loaded'
            ? of(null)
            : this.plans.projection(id, selectionQuery(selection)).pipe(catchError(() => of(null))),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((server) => {
        if (!server) return;
        this.serverProjection.set(server);
        const mine = this.projection();
        if (mine && this.base()) {
          const diff = projectionDifferences(mine, server);
          if (diff.length)
            console.error('The projection differs from the server’s', { diff, mine, server });
        }
      });
  }

  private load(councilId: string): void {
    this.changes.set({ state: 'loading' });
    this.plans.list(councilId).subscribe({
      next: (list) => this.changes.set({ state: 'loaded', value: list.changes }),
      error: (e: unknown) =>
        this.changes.set({
          state: 'error',
          message: toErrorBody(e, 'The plan cannot be shown right now. Try again later.').message,
        }),
    });
    this.loadBase(councilId).subscribe((base) => this.base.set(base));
    this.plans
      .achievement(councilId)
      .pipe(catchError(() => of(null)))
      .subscribe((a) => this.achievement.set(a));
    this.plans
      .suggestions(councilId)
      .pipe(catchError(() => of(null)))
      .subscribe((s) => this.suggestions.set(s));
  }

  /** The latest audit's protocols and ratings with its framework's scoring, as the API reads them. */
  private loadBase(councilId: string): Observable<ProjectionBase | null> {
    return this.audits.list(councilId).pipe(
      // The first page is enough: newest first, and a council has at most one draft.
      map((page) => latestAuditOf(page.items)),
      switchMap((item) =>
        !item
          ? of(null)
          : forkJoin([
              this.audits.get(item.id),
              this.audits.frameworkVersion(item.frameworkVersion),
            ]).pipe(
              map(
                ([audit, fw]): ProjectionBase => ({
                  audit,
                  scoring: fw.scoring,
                  inputs: auditInputs(audit),
                }),
              ),
            ),
      ),
      catchError(() => of(null)),
    );
  }

  protected toggle(event: ToggleEvent): void {
    const change = this.list().find((c) => c.id === event.changeId);
    if (change) this.selection.update((s) => toggleChange(s, change, event.on));
  }

  protected setIncludeProposed(on: boolean): void {
    this.selection.update((s) => ({ includeProposed: on, toggles: s.toggles }));
  }

  protected setView(patch: Partial<PlanListView>): void {
    this.view.update((v) => ({ ...v, ...patch }));
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected owner(c: PlanChange): string {
    return ownerText(c);
  }
  protected due(c: PlanChange): string {
    return formatDueDate(c.dueDate);
  }
  protected effect(c: PlanChange): string {
    return formatDelta(this.effects().get(c.id) ?? null);
  }
  protected protocolName(c: PlanChange): string {
    return c.protocol?.name ?? c.newProtocol?.name ?? '–';
  }
  protected fmt(v: number | null): string {
    return formatIndex(v);
  }
}
