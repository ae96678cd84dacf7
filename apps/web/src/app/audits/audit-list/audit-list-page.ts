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
import { Router, RouterLink } from '@angular/router';
import type { Audit, AuditListItem } from '@rcp/api-contract';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { NoticeService } from '../../shared/notice/notice.service';
import { AuditsApi } from '../data-access/audits-api';
import { formatDay, formatMomentDay, formatPercent, formatScore } from '../model/rating-text';
import { StartAuditForm } from './start-audit-form';
import { provisionalTag } from '../model/provisional';

/** Newest period first (then the most recently started of the same period). */
export function newestAuditsFirst(items: readonly AuditListItem[]): AuditListItem[] {
  return [...items].sort((a, b) =>
    a.periodEnd !== b.periodEnd
      ? b.periodEnd.localeCompare(a.periodEnd)
      : b.periodStart.localeCompare(a.periodStart),
  );
}

/** A council's audits, newest first; the council lead starts new ones here. */
@Component({
  selector: 'rcp-audit-list-page',
  imports: [RouterLink, MatButtonModule, StartAuditForm],
  templateUrl: './audit-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditListPage {
  private readonly api = inject(AuditsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeService);

  /** From the route: /councils/:councilId/audits. */
  readonly councilId = input.required<string>();

  protected readonly audits = signal<AuditListItem[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly starting = signal(false);

  protected readonly isLead = computed(() => {
    const user = this.auth.currentUser();
    return user?.role === 'lead' && user.councilId === this.councilId();
  });
  protected readonly councilName = computed(() => {
    const user = this.auth.currentUser();
    return user?.councilId === this.councilId() ? user.councilName : null;
  });
  protected readonly sorted = computed(() => newestAuditsFirst(this.audits() ?? []));

  constructor() {
    effect(() => {
      const id = this.councilId();
      untracked(() => this.load(id));
    });
  }

  protected load(councilId = this.councilId()): void {
    this.loadError.set(null);
    this.api.list(councilId).subscribe({
      next: (items) => this.audits.set(items),
      error: (error: unknown) =>
        this.loadError.set(
          toErrorBody(error, 'The audits cannot be shown right now. Try again later.').message,
        ),
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
