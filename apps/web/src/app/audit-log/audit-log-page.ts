import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { AuditEvent, Council, Page } from '@rcp/api-contract';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../accounts/auth.service';
import { CouncilsApi } from '../admin/councils/councils-api';
import { toErrorBody } from '../shared/forms/api-error';
import { Pager } from '../shared/pager/pager';
import { AuditLogApi, AuditLogFilters } from './audit-log-api';
import { AuditLogFiltersForm } from './audit-log-filters';
import { describeAction, describeChange, describeToken } from './audit-event-text';

export const AUDIT_PAGE_SIZE = 25;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; page: Page<AuditEvent> }
  | { state: 'failed'; message: string };

/**
 * Who changed what, newest first. A coordinator sees the whole network (and may pick one council);
 * a lead sees their own council's events (the server enforces it). Filters by action, person and
 * UK days, and the page, are in the address (`?action=…&from=2026-07-01&page=2`), so Back and
 * shared links work; the CSV download takes the same filters.
 */
@Component({
  selector: 'rcp-audit-log-page',
  imports: [DatePipe, MatFormFieldModule, MatSelectModule, Pager, AuditLogFiltersForm],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly auditLog = inject(AuditLogApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  /** From `?councilId=` (coordinator's filter). */
  readonly councilId = input<string | undefined>();
  /** From `?page=`, 1-based. */
  readonly page = input<string | undefined>();
  /** From `?action=`, `?person=`, `?from=` and `?to=` (ISO UK days). */
  readonly action = input<string | undefined>();
  readonly person = input<string | undefined>();
  readonly from = input<string | undefined>();
  readonly to = input<string | undefined>();

  protected readonly isCoordinator = computed(() => this.auth.role() === 'coordinator');
  protected readonly ownCouncilName = computed(() => this.auth.currentUser()?.councilName ?? null);

  protected readonly councils = toSignal(
    inject(CouncilsApi)
      .list({ includeArchived: true })
      .pipe(catchError(() => of([] as Council[]))),
    { initialValue: [] as Council[] },
  );
  protected readonly sortedCouncils = computed(() =>
    [...this.councils()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
  private readonly councilNames = computed(
    () => new Map(this.councils().map((c) => [c.id, c.name])),
  );

  protected readonly pageNumber = computed(() => {
    const n = Number.parseInt(this.page() ?? '1', 10);
    return Number.isFinite(n) && n >= 1 ? n : 1;
  });
  /** The filters in force, as the address has them. */
  protected readonly filters = computed<AuditLogFilters>(() => ({
    councilId: this.isCoordinator() ? (this.councilId() ?? null) : null,
    action: this.action() ?? null,
    person: this.person() ?? null,
    from: this.from() ?? null,
    to: this.to() ?? null,
  }));
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.action || f.person || f.from || f.to);
  });
  private readonly query = computed(() => ({
    ...this.filters(),
    limit: AUDIT_PAGE_SIZE,
    offset: (this.pageNumber() - 1) * AUDIT_PAGE_SIZE,
  }));
  protected readonly exportUrl = computed(() => this.auditLog.exportUrl(this.filters()));

  protected readonly actions = toSignal(
    this.auditLog.actions().pipe(catchError(() => of([] as string[]))),
    { initialValue: [] as string[] },
  );

  protected readonly load = toSignal(
    toObservable(this.query).pipe(
      switchMap((query) =>
        this.auditLog.events(query).pipe(
          map((page): Load => ({ state: 'ready', page })),
          catchError((error: unknown) =>
            of<Load>({
              state: 'failed',
              message: toErrorBody(
                error,
                'The audit log cannot be shown right now. Try again later.',
              ).message,
            }),
          ),
          startWith<Load>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as Load },
  );

  protected readonly events = computed(() => {
    const load = this.load();
    return load.state === 'ready' ? load.page : null;
  });
  protected readonly failure = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.message : null;
  });

  protected readonly range = computed(() => {
    const page = this.events();
    if (!page) return null;
    const { items, total } = page;
    const from = this.query().offset + 1;
    return {
      from,
      to: from + items.length - 1,
      total,
      lastPage: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    };
  });

  protected readonly describeAction = describeAction;
  protected readonly describeChange = describeChange;
  protected readonly describeToken = describeToken;

  protected councilName(event: AuditEvent): string {
    if (!event.councilId) return 'Network';
    return this.councilNames().get(event.councilId) ?? this.ownCouncilName() ?? 'A council';
  }

  protected filterBy(councilId: string): void {
    void this.router.navigate([], {
      queryParams: { councilId: councilId || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected applyFilters(filters: AuditLogFilters): void {
    void this.router.navigate([], {
      queryParams: {
        action: filters.action || null,
        person: filters.person || null,
        from: filters.from || null,
        to: filters.to || null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected json(value: unknown): string {
    return JSON.stringify(value, null, 2);
  }
}
