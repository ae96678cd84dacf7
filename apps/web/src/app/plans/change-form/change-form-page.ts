import { type PlanChangeKind, type PlanChangeStatus } from '@rcp/vocabulary';
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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { type PlanChangeDetail, type TargetRatings } from '@rcp/api-contract';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { DateInput } from '../../shared/forms/date-input';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { ErrorItem } from '../../shared/forms/field-errors';
import { NoticeService } from '../../shared/notice/notice.service';
import { ChangeFormLists } from '../data-access/change-form-lists';
import { PlansApi } from '../data-access/plans-api';
import {
  ChangeFormValues,
  createRequest,
  defaultTitle,
  kindFromParam,
  targetColumns,
  updateRequest,
} from '../model/change-form';
import { CHANGE_FORM_CHOICES } from '../model/change-form-choices';
import {
  changeApiErrors,
  changeFieldMessage,
  changeFormProblems,
  dueDateMessage,
  NOTE_MISSING,
} from '../model/change-form-errors';
import {
  buildChangeForm,
  canWritePlan,
  contextNeedOf,
  formValuesOf,
  libraryValues,
  shownProtocols,
} from '../model/change-form-state';
import {
  addedNotice,
  CHANGE_TEXT,
  statusNotice,
  targetSourceText,
} from '../model/change-form-text';
import { ChangeNotes } from '../ui/change-notes';
import { ChangeStatusCard } from '../ui/change-status-card';
import { PlanBreadcrumbs } from '../ui/plan-breadcrumbs';
import { TargetGrid } from '../ui/target-grid';

/**
 * Plan a change (/councils/:councilId/plan/new?protocolId=…&kind=…) or see and edit one
 * (/plan-changes/:changeId): kind, protocol, title, rationale, owner, due date, priority, target
 * ratings; on an existing change, its status actions and notes.
 */
@Component({
  selector: 'rcp-change-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    ErrorSummary,
    DateInput,
    ConflictReload,
    TargetGrid,
    PlanBreadcrumbs,
    ChangeStatusCard,
    ChangeNotes,
  ],
  providers: [ChangeFormLists],
  templateUrl: './change-form-page.html',
  styleUrl: './change-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeFormPage {
  private readonly plans = inject(PlansApi);
  protected readonly lists = inject(ChangeFormLists);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeService);

  /** From the route, when planning a new change. */
  readonly councilId = input<string>();
  /** From the route, when showing an existing change. */
  readonly changeId = input<string>();
  /** Query parameters of a new change. */
  readonly protocolId = input<string>();
  readonly kind = input<string>();

  protected readonly choices = CHANGE_FORM_CHOICES;

  protected readonly form = buildChangeForm(inject(FormBuilder));
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });

  protected readonly detail = signal<PlanChangeDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly targets = signal<TargetRatings>({});
  protected readonly targetSource = signal<string | null>(null);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly saving = signal(false);
  protected readonly protocolSearch = signal('');
  protected readonly noteText = signal('');
  protected readonly conflict = new EditConflict(CHANGE_TEXT.conflict);

  protected readonly isNew = computed(() => !this.changeId());
  protected readonly council = computed(() => this.detail()?.councilId ?? this.councilId() ?? '');
  protected readonly canWrite = computed(() =>
    canWritePlan(this.auth.currentUser(), this.council()),
  );
  /** Only the lead may list the council's people (the users API); others name a team. */
  protected readonly canChooseOwner = computed(() => this.auth.currentUser()?.role === 'lead');
  protected readonly currentKind = computed(
    () => this.detail()?.kind ?? (this.values().kind as PlanChangeKind) ?? 'amend',
  );
  protected readonly chosenProtocol = computed(() => {
    const id = this.detail()?.protocolId ?? this.values().protocolId;
    return this.lists.register().find((p) => p.id === id) ?? null;
  });
  protected readonly shownProtocols = computed(() =>
    shownProtocols(this.lists.register(), this.protocolSearch(), this.chosenProtocol()),
  );
  private readonly contextNeed = computed(() =>
    contextNeedOf(
      this.currentKind(),
      this.values().npContextNeed,
      this.chosenProtocol()?.contextNeed,
      this.detail()?.protocol?.contextNeed,
    ),
  );
  protected readonly columns = computed(() =>
    targetColumns(this.lists.framework(), this.contextNeed()),
  );
  protected readonly pageTitle = computed(() => this.detail()?.title ?? CHANGE_TEXT.newTitle);
  protected readonly readOnly = computed(() => !this.canWrite());

  constructor() {
    // What the form needs: the register, the current framework, the library, the people.
    effect(() => {
      const councilId = this.council();
      if (!councilId) return;
      untracked(() => this.lists.load(councilId, this.canChooseOwner()));
    });
    effect(() => {
      const id = this.changeId();
      if (id) untracked(() => this.loadChange(id));
    });
    // A new change from a link: its kind and protocol, and (for a replace) the suggested targets.
    effect(() => {
      if (this.changeId()) return;
      const kind = kindFromParam(this.kind());
      const protocolId = this.protocolId() ?? '';
      untracked(() => {
        this.form.patchValue({ kind, protocolId });
        if (protocolId && kind !== 'retire') this.suggest(protocolId, kind === 'replace');
      });
    });
    // A title to start from, once the protocol's name is known.
    effect(() => {
      const p = this.chosenProtocol();
      const kind = this.currentKind();
      if (!p || this.detail()) return;
      untracked(() => {
        const title = this.form.controls.title;
        if (!title.dirty) title.setValue(defaultTitle(kind, p.name));
      });
    });
    // Only the council's managers and lead write: for anyone else the form is read-only.
    effect(() => {
      const readOnly = this.readOnly();
      untracked(() => (readOnly ? this.form.disable() : this.form.enable()));
    });
  }

  private loadChange(id: string): void {
    this.plans.get(id).subscribe({
      next: (d) => this.show(d),
      error: (e: unknown) => this.loadError.set(toErrorBody(e, CHANGE_TEXT.loadError).message),
    });
  }

  private show(d: PlanChangeDetail): void {
    this.detail.set(d);
    this.conflict.clear();
    this.errors.set([]);
    this.form.reset(formValuesOf(d));
    this.targets.set({ ...d.targetRatings });
    if (this.readOnly()) this.form.disable();
    else this.form.enable();
  }

  /** Fills the targets with the API's suggestion (the library's enabling version, or +1). */
  protected suggest(protocolId: string, apply = true): void {
    const councilId = this.council();
    if (!councilId || !protocolId) return;
    this.plans.suggestedTargets(councilId, protocolId).subscribe({
      next: (s) => {
        if (!apply) return;
        this.targets.set({ ...s.targetRatings });
        this.targetSource.set(targetSourceText(s.source));
      },
      error: () => undefined,
    });
  }

  protected useSuggested(): void {
    const id = this.detail()?.protocolId ?? this.form.controls.protocolId.value;
    if (id) this.suggest(id);
  }

  protected protocolChosen(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.form.controls.protocolId.setValue(id);
    this.targets.set({});
    this.targetSource.set(null);
    if (id && this.currentKind() === 'replace') this.suggest(id);
  }

  protected libraryChosen(event: Event): void {
    const key = (event.target as HTMLSelectElement).value;
    const entry = this.lists.library().find((l) => l.key === key);
    this.form.controls.npLibraryKey.setValue(key);
    if (!entry) return;
    this.form.patchValue(libraryValues(entry));
    if (!this.form.controls.title.dirty)
      this.form.controls.title.setValue(defaultTitle('introduce', entry.name));
  }

  protected setSearch(event: Event): void {
    this.protocolSearch.set((event.target as HTMLInputElement).value);
  }

  protected save(): void {
    if (this.saving() || this.readOnly()) return;
    this.conflict.clear();
    const v = this.form.getRawValue() as ChangeFormValues;
    const problems = changeFormProblems(v, this.isNew(), this.form.controls.dueDate.errors);
    if (problems.length) {
      this.form.markAllAsTouched();
      this.errors.set(problems);
      return;
    }
    this.errors.set([]);
    this.saving.set(true);
    const d = this.detail();
    const request$ = d
      ? this.plans.update(
          d.id,
          updateRequest(d, v, this.targets(), this.columns(), this.canChooseOwner()),
        )
      : this.plans.create(
          this.council(),
          createRequest(v, this.targets(), this.columns(), this.canChooseOwner()),
        );
    request$.subscribe({
      next: (saved) => {
        this.saving.set(false);
        if (d) {
          this.show(saved);
          this.notices.show(CHANGE_TEXT.saved);
        } else {
          this.notices.showAfterNavigation(addedNotice(saved.title));
          void this.router.navigate(['/councils', saved.councilId, 'plan']);
        }
      },
      error: (e: unknown) => this.failed(e),
    });
  }

  protected changeStatus(to: PlanChangeStatus): void {
    const d = this.detail();
    if (!d || this.saving()) return;
    this.saving.set(true);
    this.plans.changeStatus(d.id, { status: to, version: d.version }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.show(saved);
        this.notices.show(statusNotice(to));
      },
      error: (e: unknown) => this.failed(e),
    });
  }

  protected addNote(): void {
    const d = this.detail();
    const text = this.noteText().trim();
    if (!d || !text || this.saving()) {
      if (!text) this.errors.set([NOTE_MISSING]);
      return;
    }
    this.saving.set(true);
    this.plans.addNote(d.id, { text }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.noteText.set('');
        this.show(saved);
        this.notices.show(CHANGE_TEXT.noteAdded);
      },
      error: (e: unknown) => this.failed(e),
    });
  }

  protected reload(): void {
    const id = this.changeId();
    if (id) this.loadChange(id);
  }

  private failed(error: unknown): void {
    this.saving.set(false);
    const conflict = this.conflict.recognise(error);
    if (conflict && this.detail()) {
      this.errors.set(conflict);
      return;
    }
    this.errors.set(changeApiErrors(this.form, toErrorBody(error, CHANGE_TEXT.saveError)));
  }

  /** The due date's problem: what the API refused, or a date that is not one. */
  protected dueDateError(): string | null {
    const errors = this.form.controls.dueDate.errors;
    return typeof errors?.['api'] === 'string' ? errors['api'] : dueDateMessage(errors);
  }

  protected fieldError(name: keyof ChangeFormValues): string | null {
    const c = this.form.controls[name];
    return changeFieldMessage(c.touched, c.errors);
  }
}
