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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FrameworkCategory, Protocol, ProtocolStory } from '@rcp/api-contract';
import { catchError, filter, forkJoin, of } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { statusOf, toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import {
  basisLabel,
  BASIS_HINTS,
  categoryTitle,
  categoryTitles,
  CONTEXT_NEED_HINTS,
  contextNeedLabel,
  formatDate,
  formatDateTime,
  REACH_HINTS,
  reachLabel,
  scopeLabel,
  typeLabel,
} from '../protocol-text';
import { AuthService } from '../../accounts/auth.service';
import { ProtocolsApi } from '../protocols-api';
import { registerPermissions } from '../register-context';
import { ChartPatterns } from '../../shared/charts/chart-patterns';
import { ProtocolRestore } from './protocol-restore';
import { ProtocolHistorySection } from './story/protocol-history-section';
import { ProtocolLibrarySection } from './story/protocol-library-section';
import { ProtocolRatingsSection } from './story/protocol-ratings-section';
import { ProtocolScoresSection } from './story/protocol-scores-section';

export const RETIRE_CONFLICT_MESSAGE =
  'Someone else changed this protocol. Reload to see their changes, then retire it if you still need to.';

const REASON_MESSAGES = {
  required: 'Enter why the protocol is being retired',
  minlength: 'The reason must be 3 characters or more',
  maxlength: 'The reason must be 500 characters or fewer',
};

/**
 * One protocol's whole story: its register details, its score and mismatch status in every audit,
 * each rating with its evidence, its library exemplars, its register changes and planned changes.
 * The council's lead edits it from here, retires it with a reason (it keeps its history but leaves
 * later audits), or restores a retired one.
 */
@Component({
  selector: 'rcp-protocol-detail-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
    ConflictReload,
    StatusBanner,
    ChartPatterns,
    ProtocolRestore,
    ProtocolScoresSection,
    ProtocolRatingsSection,
    ProtocolLibrarySection,
    ProtocolHistorySection,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './protocol-detail-page.html',
  styleUrl: './protocol-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolDetailPage {
  private readonly protocols = inject(ProtocolsApi);
  private readonly dialog = inject(MatDialog);
  private readonly title = inject(Title);
  private readonly auth = inject(AuthService);

  /** From the route's :councilId. */
  readonly councilId = input.required<string>();
  /** From the route's :protocolId. */
  readonly protocolId = input.required<string>();

  private readonly permissions = registerPermissions(this.councilId);
  protected readonly councilName = this.permissions.ownCouncilName;

  protected readonly story = signal<ProtocolStory | null>(null);
  protected readonly protocol = signal<Protocol | null>(null);
  protected readonly categories = signal<FrameworkCategory[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);

  protected readonly canEdit = computed(
    () => this.permissions.canEdit() && this.protocol()?.status === 'active',
  );
  /** The council's lead brings a retired protocol back. */
  protected readonly canRestore = computed(
    () => this.permissions.canEdit() && this.protocol()?.status === 'retired',
  );
  /** Managers and the lead of this council plan changes to an active protocol. */
  protected readonly canPlan = computed(() => {
    const me = this.auth.currentUser();
    return (
      (me?.role === 'lead' || me?.role === 'manager') &&
      me.councilId === this.councilId() &&
      this.protocol()?.status === 'active'
    );
  });
  protected readonly registerLink = computed(() => ['/councils', this.councilId(), 'register']);
  protected readonly category = computed(() => {
    const key = this.protocol()?.category;
    return this.categories().find((c) => c.key === key) ?? null;
  });
  protected readonly categoryTitle = computed(() => {
    const protocol = this.protocol();
    return protocol ? categoryTitle(categoryTitles(this.categories()), protocol.category) : '';
  });

  protected readonly typeLabel = typeLabel;
  protected readonly scopeLabel = scopeLabel;
  protected readonly basisLabel = basisLabel;
  protected readonly basisHints = BASIS_HINTS;
  protected readonly contextNeedLabel = contextNeedLabel;
  protected readonly contextNeedHints = CONTEXT_NEED_HINTS;
  protected readonly reachLabel = reachLabel;
  protected readonly reachHints = REACH_HINTS;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;

  // Retiring
  protected readonly retiring = signal(false);
  protected readonly retireErrors = signal<ErrorItem[]>([]);
  protected readonly retireConflict = new EditConflict(RETIRE_CONFLICT_MESSAGE);
  protected readonly retireSubmitted = signal(false);
  protected readonly working = signal(false);
  protected readonly retireForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });

  private readonly banner = viewChild.required(StatusBanner);
  private readonly restorer = viewChild(ProtocolRestore);

  constructor() {
    effect(() => {
      const councilId = this.councilId();
      const protocolId = this.protocolId();
      untracked(() => this.load(councilId, protocolId));
    });
  }

  protected reasonMessage(): string | null {
    const control = this.retireForm.controls.reason;
    if (!this.retireSubmitted() && !control.hasError('api')) return null;
    return controlErrorMessage(control, REASON_MESSAGES);
  }

  protected startRetiring(): void {
    this.status.set(null);
    this.retireForm.reset({ reason: '' });
    this.retireErrors.set([]);
    this.retireConflict.clear();
    this.retireSubmitted.set(false);
    this.retiring.set(true);
    setTimeout(() => document.getElementById('retire-heading')?.focus());
  }

  protected cancelRetiring(): void {
    this.retiring.set(false);
    setTimeout(() => document.getElementById('retire-start')?.focus());
  }

  protected retire(): void {
    const protocol = this.protocol();
    if (!protocol || this.working()) return;
    this.retireSubmitted.set(true);
    this.retireConflict.clear();
    if (this.retireForm.invalid) {
      this.retireErrors.set(
        formErrorItems(this.retireForm, { reason: REASON_MESSAGES }, 'retire-'),
      );
      return;
    }
    this.retireErrors.set([]);
    const reason = this.retireForm.getRawValue().reason.trim();
    confirmAction(this.dialog, {
      title: `Retire ${protocol.name}?`,
      body: 'It leaves the active register, any audit still in draft and all later audits. Its history is kept: submitted audits still show how it was rated, and it stays under “Show retired protocols”. It cannot be changed while retired, but the lead can restore it.',
      confirmLabel: 'Retire protocol',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.sendRetire(protocol, reason));
  }

  protected reloadAfterConflict(): void {
    this.load(this.councilId(), this.protocolId(), () => {
      this.retireConflict.clear();
      this.retireErrors.set([]);
      setTimeout(() => document.getElementById('retire-reason')?.focus());
    });
  }

  private sendRetire(protocol: Protocol, reason: string): void {
    this.working.set(true);
    this.protocols
      .retire(this.councilId(), protocol.id, { reason, version: protocol.version })
      .subscribe({
        next: (retired) => {
          this.working.set(false);
          this.protocol.set(retired);
          this.retiring.set(false);
          this.status.set(
            `${retired.name} has been retired. It stays in the register’s history and leaves later audits.`,
          );
          this.banner().focus();
          this.load(this.councilId(), retired.id);
        },
        error: (error: unknown) => {
          this.working.set(false);
          const body = toErrorBody(error, 'Retiring did not work. Try again later.');
          const conflict = this.retireConflict.recognise(body);
          if (conflict) {
            this.retireErrors.set(conflict);
            return;
          }
          const items =
            body.statusCode === 400
              ? applyApiFieldErrors(this.retireForm, body.errors, {
                  idPrefix: 'retire-',
                  labels: { reason: 'The reason' },
                })
              : [];
          this.retireErrors.set(items.length > 0 ? items : [{ message: body.message }]);
        },
      });
  }

  protected onRestored(restored: Protocol): void {
    this.protocol.set(restored);
    this.status.set(
      `${restored.name} has been restored. It is back in the active register and in any audit in draft.`,
    );
    this.banner().focus();
    this.load(this.councilId(), restored.id);
  }

  protected reloadAfterRestoreConflict(): void {
    this.load(this.councilId(), this.protocolId(), () => this.restorer()?.reloaded());
  }

  private load(councilId: string, protocolId: string, then?: () => void): void {
    this.loadError.set(null);
    forkJoin({
      story: this.protocols.story(councilId, protocolId),
      // Without the framework the category shows by its key: still worth showing the page.
      categories: this.protocols.categories().pipe(catchError(() => of([] as FrameworkCategory[]))),
    }).subscribe({
      next: ({ story, categories }) => {
        const protocol = story.protocol;
        this.categories.set(categories);
        this.story.set(story);
        this.protocol.set(protocol);
        this.title.setTitle(`${protocol.name} – Protocol register – RCP Audit`);
        then?.();
      },
      error: (error: unknown) =>
        this.loadError.set(
          statusOf(error) === 404
            ? 'This protocol was not found. It may be in another council’s register, or the address may be wrong.'
            : toErrorBody(error, 'The protocol cannot be shown right now. Try again later.')
                .message,
        ),
    });
  }
}
