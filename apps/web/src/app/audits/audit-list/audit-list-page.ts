import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Audit, AuditListItem, AuditListPage as PageOfAudits } from '@rcp/api-contract';
import type { AuditListColumn } from '@rcp/vocabulary';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { NoticeService } from '../../shared/notice/notice.service';
import { Pager } from '../../shared/pager/pager';
import { ColumnChooser } from '../../shared/tables/column-chooser';
import { sortRowsBy } from '../../shared/tables/sort-rows';
import { TableViewState } from '../../shared/tables/table-view';
import { AuditsApi } from '../data-access/audits-api';
import { formatDay, formatMomentDay, formatPercent, formatScore } from '../model/rating-text';
import { provisionalTag } from '../model/provisional';
import { AUDIT_TABLE_COLUMNS, auditSortValue, NUMERIC_AUDIT_COLUMNS } from './audit-list-columns';
import { StartAuditForm } from './start-audit-form';

/** Audits per page of the list: ten years of half-yearly audits. */
export const AUDITS_PAGE_SIZE = 20;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; page: PageOfAudits; pageNumber: number }
  | { state: 'failed'; message: string };

/**
 * A council's audits, newest period first (the server's order), a page at a time with the page in
 * the address (`?page=2`); the council lead starts new ones here. Each user chooses its columns
 * and order (saved on the server); sorting orders the page shown.
 */
@Component({
  selector: 'rcp-audit-list-page',
  imports: [RouterLink, MatButtonModule, StartAuditForm, Pager, ColumnChooser],
  templateUrl: './audit-list-page.html',
  styleUrl: './audit-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditListPage {
  private readonly api = inject(AuditsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeService);

  /** From the route: /councils/:councilId/audits. */
  readonly councilId = input.required<string>();
  /** From `?page=`, 1-based. */
  readonly page = input<string | undefined>();

  protected readonly starting = signal(false);

  protected readonly isLead = computed(() => {
    const user = this.auth.currentUser();
    return user?.role === 'lead' && user.councilId === this.councilId();
  });
  protected readonly councilName = computed(() => {
    const user = this.auth.currentUser();
    return user?.councilId === this.councilId() ? user.councilName : null;
  });

  protected readonly pageNumber = computed(() => {
    const n = Number.parseInt(this.page() ?? '1', 10);
    return Number.isFinite(n) && n >= 1 ? n : 1;
  });
  private readonly query = computed(() => ({
    councilId: this.councilId(),
    pageNumber: this.pageNumber(),
  }));

  private readonly load = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ councilId, pageNumber }) =>
        this.api
          .list(councilId, {
            limit: AUDITS_PAGE_SIZE,
            offset: (pageNumber - 1) * AUDITS_PAGE_SIZE,
          })
          .pipe(
            map((page): Load => ({ state: 'ready', page, pageNumber })),
            catchError((error: unknown) =>
              of<Load>({
                state: 'failed',
                message: toErrorBody(
                  error,
                  'The audits cannot be shown right now. Try again later.',
                ).message,
              }),
            ),
            startWith<Load>({ state: 'loading' }),
          ),
      ),
    ),
    { initialValue: { state: 'loading' } as Load },
  );

  protected readonly view = new TableViewState<AuditListColumn>('audits', AUDIT_TABLE_COLUMNS, {
    key: 'period',
    direction: 'descending',
  });
  protected readonly numeric = NUMERIC_AUDIT_COLUMNS;

  protected readonly audits = computed(() => {
    const load = this.load();
    if (load.state !== 'ready') return null;
    const key = this.view.sort.key();
    // Ties keep the server's order: newest period, then the most recently started.
    const order = new Map(load.page.items.map((a, i) => [a.id, i]));
    return sortRowsBy(
      load.page.items,
      (a) => auditSortValue(a, key),
      this.view.sort.direction(),
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  });
  protected readonly loadError = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.message : null;
  });
  protected readonly range = computed(() => {
    const load = this.load();
    if (load.state !== 'ready') return null;
    const { items, total } = load.page;
    const from = (load.pageNumber - 1) * AUDITS_PAGE_SIZE + 1;
    return {
      from,
      to: from + items.length - 1,
      total,
      lastPage: Math.max(1, Math.ceil(total / AUDITS_PAGE_SIZE)),
    };
  });

  private readonly rangeStatus = viewChild<ElementRef<HTMLElement>>('rangeStatus');

  constructor() {
    this.view.load();
    // After moving to another page (not on arrival), keyboard and screen-reader users land on
    // "Showing audits 21 to 25 of 25" instead of on a link that may have gone.
    let shown: { councilId: string; page: number } | null = null;
    effect(() => {
      const load = this.load();
      if (load.state !== 'ready') return;
      const councilId = untracked(this.councilId);
      const moved = shown?.councilId === councilId && shown.page !== load.pageNumber;
      shown = { councilId, page: load.pageNumber };
      if (moved) setTimeout(() => this.rangeStatus()?.nativeElement.focus());
    });
  }

  protected openStart(): void {
    this.starting.set(true);
    setTimeout(() => document.getElementById('start-audit-heading')?.focus());
  }

  protected started(audit: Audit): void {
    this.notices.showAfterNavigation(`The audit “${audit.label}” has been started.`);
    void this.router.navigate(['/audits', audit.id]);
  }

  protected dates(a: AuditListItem): string {
    return `${formatDay(a.periodStart)} to ${formatDay(a.periodEnd)}`;
  }

  protected provisional(a: AuditListItem): string | null {
    return provisionalTag(a.status, a.headline);
  }

  protected index(a: AuditListItem): string {
    return formatScore(a.headline.index);
  }

  protected coverage(a: AuditListItem): string {
    return formatPercent(a.headline.coverage);
  }

  protected submittedOn(a: AuditListItem): string {
    return a.submittedAt ? formatMomentDay(a.submittedAt) : '';
  }
}
