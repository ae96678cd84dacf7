import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTabsModule } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { PERSPECTIVE_LABELS } from '@rcp/vocabulary';
import { filter, switchMap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../../shared/forms/api-error';
import { NoticeService } from '../../shared/notice/notice.service';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { RatingGrid } from '../grid/rating-grid';
import { saveStatusText } from '../model/autosave';
import { formatDateTime, formatDay, formatTime } from '../model/rating-text';
import type { TrailNames } from '../model/trail-text';
import { AuditEditor } from './audit-editor';
import { AuditTrail } from './audit-trail';
import { ConflictPanel } from './conflict-panel';
import type { ConflictChoice } from '../model/conflicts';
import { HeadlineCards } from './headline-cards';
import { ReopenDialog } from './reopen-dialog';
import { AuditPageHelp } from '../../help/page-help/audit-page-help';
import { GlossaryLink } from '../../help/glossary/glossary-link';

/**
 * One audit: its headline figures computed live, the rating grid with autosave, submit and
 * reopen for the council lead, and the trail of changes.
 */
@Component({
  selector: 'rcp-audit-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatTabsModule,
    StatusBanner,
    HeadlineCards,
    ConflictPanel,
    RatingGrid,
    AuditTrail,
    AuditPageHelp,
    GlossaryLink,
  ],
  providers: [AuditEditor],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  protected readonly editor = inject(AuditEditor);
  private readonly dialog = inject(MatDialog);
  private readonly title = inject(Title);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeService);

  /** From the route: /audits/:auditId. */
  readonly auditId = input.required<string>();

  protected readonly audit = this.editor.audit;
  protected readonly perspectiveLabels = PERSPECTIVE_LABELS;
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly saveText = computed(() =>
    this.editor.readOnly() ? '' : saveStatusText(this.editor.save().status, formatTime),
  );
  protected readonly saveFailed = computed(() => this.editor.save().status.kind === 'error');

  protected readonly headline = computed(() => {
    const audit = this.audit();
    if (!audit) return null;
    // A submitted audit shows what it stored; a draft what the ratings on the page give.
    return audit.status === 'submitted'
      ? audit.headline
      : (this.editor.live()?.headline ?? audit.headline);
  });

  protected readonly protocolNames = computed(
    () => new Map(this.editor.rows().map((r) => [r.protocol.id, r.protocol.name])),
  );
  protected readonly principleTitles = computed(
    () => new Map(this.editor.columns().map((c) => [c.key, c.title])),
  );
  protected readonly trailNames = computed<TrailNames>(() => {
    const protocols = this.protocolNames();
    const principles = this.principleTitles();
    const categories = new Map(
      (this.editor.framework()?.categories ?? []).map((c) => [c.key, c.title]),
    );
    return {
      protocolName: (id) => protocols.get(id),
      principleTitle: (key) => principles.get(key),
      categoryTitle: (key) => categories.get(key),
      words: this.editor.words(),
      showPerspective: this.editor.perspectives().length > 1,
    };
  });

  private readonly banner = viewChild(StatusBanner);
  private readonly grid = viewChild(RatingGrid);
  /** The tab shown: 0 ratings, 1 changes. */
  protected readonly tab = signal(0);
  private readonly trail = viewChild(AuditTrail);

  constructor() {
    effect(() => {
      const id = this.auditId();
      untracked(() => this.editor.load(id));
    });
    effect(() => {
      const audit = this.audit();
      if (audit) this.title.setTitle(`${audit.label} – Audit – RCP Audit`);
    });
  }

  protected period(): string {
    const a = this.audit();
    return a ? `${formatDay(a.periodStart)} to ${formatDay(a.periodEnd)}` : '';
  }

  protected submittedOn(): string {
    const at = this.audit()?.submittedAt;
    return at ? formatDateTime(at) : '';
  }

  protected perspectivesText(): string {
    return this.editor
      .perspectives()
      .map((p) => this.perspectiveLabels[p])
      .join(', ');
  }

  protected tabChanged(index: number): void {
    this.tab.set(index);
    if (index === 1) this.trail()?.load();
  }

  /** "Skip to the rating grid": to the Ratings tab, and focus into the grid. */
  protected skipToGrid(event: Event): void {
    event.preventDefault();
    this.tab.set(0);
    // After the tab has been shown.
    setTimeout(() => this.grid()?.focusGrid());
  }

  protected async submit(): Promise<void> {
    this.actionError.set(null);
    this.notice.set(null);
    if (!(await this.editor.flush())) {
      this.actionError.set(
        'Your latest changes are not saved yet, so the audit cannot be submitted. Settle them first.',
      );
      return;
    }
    const unconfirmed = this.editor.unconfirmedCount();
    confirmAction(this.dialog, {
      title: 'Submit this audit?',
      body:
        (unconfirmed
          ? `${unconfirmed.toLocaleString('en-GB')} ${unconfirmed === 1 ? 'rating is' : 'ratings are'} still carried forward from the last audit and not yet confirmed: they will be stored as they are. `
          : '') +
        'Submitting locks the audit and stores its scores. The council lead can reopen it later, giving a reason.',
      confirmLabel: 'Submit audit',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.editor.submit();
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.announce('The audit has been submitted and locked. Its scores are stored.');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.actionError.set(
            toErrorBody(error, 'Submitting did not work. Reload the page and try again.').message,
          );
        },
      });
  }

  protected discard(): void {
    const audit = this.audit();
    if (!audit) return;
    this.actionError.set(null);
    this.notice.set(null);
    confirmAction(this.dialog, {
      title: 'Discard this draft audit?',
      body: `"${audit.label}" and every rating and note in it will be deleted. This cannot be undone. The register is not changed, and the council can then start another audit.`,
      confirmLabel: 'Discard draft',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.editor.discard();
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.notices.showAfterNavigation(`The draft audit "${audit.label}" was discarded.`);
          void this.router.navigate(['/councils', audit.councilId, 'audits']);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.actionError.set(
            toErrorBody(error, 'Discarding did not work. Reload the page and try again.').message,
          );
        },
      });
  }

  protected reopen(): void {
    this.actionError.set(null);
    this.notice.set(null);
    this.dialog
      .open<ReopenDialog, void, string>(ReopenDialog, {
        width: '36rem',
        maxWidth: 'calc(100vw - 1rem)',
        autoFocus: '#reopen-reason',
      })
      .afterClosed()
      .pipe(
        filter((reason): reason is string => !!reason),
        switchMap((reason) => {
          this.busy.set(true);
          return this.editor.reopen(reason);
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.announce('The audit has been reopened. It can be changed again.');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.actionError.set(
            toErrorBody(error, 'Reopening did not work. Reload the page and try again.').message,
          );
        },
      });
  }

  protected reloadAfterError(): void {
    this.actionError.set(null);
    this.editor.reload().subscribe({
      error: (error: unknown) =>
        this.actionError.set(toErrorBody(error, 'Reloading did not work. Try again.').message),
    });
  }

  protected resolveConflict(choices: ReadonlyMap<string, ConflictChoice>): void {
    this.editor.resolveConflict(choices);
    this.announce('Your choices are being saved, with your other changes.');
  }

  protected discardAllMine(): void {
    this.editor.discardAllMine();
    this.announce('The audit as it is now is shown. Your unsaved changes were discarded.');
  }

  /** For the route's leave guard: saves what is waiting, or asks before losing it. */
  async canLeave(): Promise<boolean> {
    if (!this.editor.unsaved() || !this.auth.isSignedIn()) return true;
    if (await this.editor.flush()) return true;
    return window.confirm('Your latest ratings could not be saved. Leave this page and lose them?');
  }

  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (this.editor.unsaved()) event.preventDefault();
  }

  private announce(message: string): void {
    this.notice.set(message);
    this.banner()?.focus();
  }
}
