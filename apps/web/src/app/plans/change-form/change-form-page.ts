import {
  PLAN_CHANGE_KINDS,
  PLAN_CHANGE_KIND_LABELS,
  PLAN_CHANGE_STATUS_LABELS,
  PLAN_PRIORITIES,
  PLAN_PRIORITY_LABELS,
  type PlanChangeKind,
  type PlanChangeStatus,
} from '@rcp/vocabulary';
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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  type FrameworkVersion,
  type LibraryProtocol,
  type PlanChangeDetail,
  type Protocol,
  type TargetRatings,
  type User,
} from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  type ContextNeed,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_SCOPES,
  PROTOCOL_TYPE_LABELS,
  PROTOCOL_TYPES,
  REACH_LABELS,
  REACHES,
} from '@rcp/vocabulary';
import { catchError, of } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { UsersApi } from '../../admin/users/users-api';
import { FrameworkApi } from '../../framework/framework-api';
import { ProtocolsApi } from '../../register/protocols-api';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { applyApiFieldErrors, ErrorItem } from '../../shared/forms/field-errors';
import { NoticeService } from '../../shared/notice/notice.service';
import { PlansApi } from '../data-access/plans-api';
import {
  ChangeFormValues,
  createRequest,
  defaultTitle,
  kindFromParam,
  statusActions,
  targetColumns,
  updateRequest,
} from '../model/change-form';
import { formatDueDate } from '../model/plan-list';
import { PlanBreadcrumbs } from '../ui/plan-breadcrumbs';
import { TargetGrid } from '../ui/target-grid';

const FIELD_MAP: Record<string, string> = {
  'newProtocol.name': 'npName',
  'newProtocol.category': 'npCategory',
  'newProtocol.type': 'npType',
  'newProtocol.serviceArea': 'npServiceArea',
  'newProtocol.scope': 'npScope',
  'newProtocol.contextNeed': 'npContextNeed',
  'newProtocol.reach': 'npReach',
  'newProtocol.libraryKey': 'npLibraryKey',
};

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
    ConflictReload,
    TargetGrid,
    PlanBreadcrumbs,
  ],
  templateUrl: './change-form-page.html',
  styleUrl: './change-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeFormPage {
  private readonly plans = inject(PlansApi);
  private readonly protocolsApi = inject(ProtocolsApi);
  private readonly frameworkApi = inject(FrameworkApi);
  private readonly usersApi = inject(UsersApi);
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

  protected readonly kinds = PLAN_CHANGE_KINDS;
  protected readonly kindLabels = PLAN_CHANGE_KIND_LABELS;
  protected readonly statusLabels = PLAN_CHANGE_STATUS_LABELS;
  protected readonly priorities = PLAN_PRIORITIES;
  protected readonly priorityLabels = PLAN_PRIORITY_LABELS;
  protected readonly types = PROTOCOL_TYPES;
  protected readonly typeLabels = PROTOCOL_TYPE_LABELS;
  protected readonly scopes = PROTOCOL_SCOPES;
  protected readonly scopeLabels = PROTOCOL_SCOPE_LABELS;
  protected readonly needs = CONTEXT_NEEDS;
  protected readonly needLabels = CONTEXT_NEED_LABELS;
  protected readonly reaches = REACHES;
  protected readonly reachLabels = REACH_LABELS;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['amend' as PlanChangeKind],
    protocolId: [''],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    rationale: [''],
    ownerUserId: [''],
    ownerTeam: [''],
    dueDate: [''],
    priority: ['medium' as ChangeFormValues['priority']],
    status: ['proposed' as ChangeFormValues['status']],
    npName: [''],
    npCategory: [''],
    npType: [''],
    npServiceArea: [''],
    npScope: ['organisational'],
    npContextNeed: [''],
    npReach: ['medium'],
    npLibraryKey: [''],
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });

  protected readonly detail = signal<PlanChangeDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly register = signal<Protocol[]>([]);
  protected readonly library = signal<LibraryProtocol[]>([]);
  protected readonly framework = signal<FrameworkVersion | null>(null);
  protected readonly users = signal<User[] | null>(null);
  protected readonly targets = signal<TargetRatings>({});
  protected readonly targetSource = signal<string | null>(null);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly saving = signal(false);
  protected readonly protocolSearch = signal('');
  protected readonly noteText = signal('');
  protected readonly conflict = new EditConflict(
    'Someone else changed this planned change since you opened it. Reload to see their version (your edits on screen are kept until you do).',
  );

  protected readonly isNew = computed(() => !this.changeId());
  protected readonly council = computed(() => this.detail()?.councilId ?? this.councilId() ?? '');
  protected readonly canWrite = computed(() => {
    const me = this.auth.currentUser();
    return (me?.role === 'lead' || me?.role === 'manager') && me.councilId === this.council();
  });
  /** Only the lead may list the council's people (the users API); others name a team. */
  protected readonly canChooseOwner = computed(() => this.auth.currentUser()?.role === 'lead');
  protected readonly currentKind = computed(
    () => this.detail()?.kind ?? (this.values().kind as PlanChangeKind) ?? 'amend',
  );
  protected readonly chosenProtocol = computed(() => {
    const id = this.detail()?.protocolId ?? this.values().protocolId;
    return this.register().find((p) => p.id === id) ?? null;
  });
  protected readonly shownProtocols = computed(() => {
    const q = this.protocolSearch().trim().toLowerCase();
    const chosen = this.chosenProtocol();
    const all = this.register();
    const found = q ? all.filter((p) => p.name.toLowerCase().includes(q)) : all;
    return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  });
  protected readonly contextNeed = computed<ContextNeed | null>(() => {
    if (this.currentKind() === 'introduce') {
      const need = this.values().npContextNeed;
      return need ? (need as ContextNeed) : null;
    }
    return this.chosenProtocol()?.contextNeed ?? this.detail()?.protocol?.contextNeed ?? null;
  });
  protected readonly columns = computed(() => targetColumns(this.framework(), this.contextNeed()));
  protected readonly actions = computed(() => {
    const d = this.detail();
    return d && this.canWrite() ? statusActions(d.status) : [];
  });
  protected readonly pageTitle = computed(() => {
    const d = this.detail();
    if (d) return d.title;
    return 'Plan a change';
  });
  protected readonly readOnly = computed(() => !this.canWrite());

  constructor() {
    // What the form needs: the register, the current framework, the library, the people.
    effect(() => {
      const councilId = this.council();
      if (!councilId) return;
      untracked(() => this.loadLists(councilId));
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

  private loadLists(councilId: string): void {
    this.protocolsApi
      .list(councilId)
      .pipe(catchError(() => of([] as Protocol[])))
      .subscribe((list) =>
        this.register.set([...list].sort((a, b) => a.name.localeCompare(b.name))),
      );
    this.frameworkApi
      .current()
      .pipe(catchError(() => of(null)))
      .subscribe((fw) => this.framework.set(fw));
    this.protocolsApi
      .library()
      .pipe(catchError(() => of([] as LibraryProtocol[])))
      .subscribe((l) => this.library.set(l));
    if (this.canChooseOwner()) {
      this.usersApi
        .listForCouncil(councilId)
        .pipe(catchError(() => of(null)))
        .subscribe((u) => this.users.set(u?.filter((x) => x.status === 'active') ?? null));
    }
  }

  private loadChange(id: string): void {
    this.plans.get(id).subscribe({
      next: (d) => this.show(d),
      error: (e: unknown) =>
        this.loadError.set(
          toErrorBody(e, 'This planned change cannot be shown right now. Try again later.').message,
        ),
    });
  }

  private show(d: PlanChangeDetail): void {
    this.detail.set(d);
    this.conflict.clear();
    this.errors.set([]);
    const np = d.newProtocol;
    this.form.reset({
      kind: d.kind,
      protocolId: d.protocolId ?? '',
      title: d.title,
      rationale: d.rationale,
      ownerUserId: d.owner?.id ?? '',
      ownerTeam: d.ownerTeam ?? '',
      dueDate: d.dueDate ?? '',
      priority: d.priority,
      status: 'proposed',
      npName: np?.name ?? '',
      npCategory: np?.category ?? '',
      npType: np?.type ?? '',
      npServiceArea: np?.serviceArea ?? '',
      npScope: np?.scope ?? 'organisational',
      npContextNeed: np?.contextNeed ?? '',
      npReach: np?.reach ?? 'medium',
      npLibraryKey: np?.libraryKey ?? '',
    });
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
        this.targetSource.set(
          s.source === 'library'
            ? 'Filled in with the protocol library’s enabling version.'
            : 'Filled in with +1 on every principle that applies (or the current rating where higher).',
        );
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
    const entry = this.library().find((l) => l.key === key);
    this.form.controls.npLibraryKey.setValue(key);
    if (!entry) return;
    this.form.patchValue({
      npName: entry.name,
      npCategory: entry.category,
      npType: entry.type,
      npServiceArea: entry.serviceArea,
      npScope: entry.scope,
      npContextNeed: entry.contextNeed,
      npReach: entry.reach,
    });
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
    const problems: ErrorItem[] = [];
    if (!v.title.trim())
      problems.push({ message: 'Enter a title for the change', fieldId: 'title' });
    if (this.isNew() && v.kind !== 'introduce' && !v.protocolId)
      problems.push({ message: 'Choose the protocol to change', fieldId: 'protocolId' });
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
          this.notices.show('Your changes to the planned change were saved.');
        } else {
          this.notices.showAfterNavigation(`“${saved.title}” is in the plan.`);
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
        this.notices.show(`The change is now ${PLAN_CHANGE_STATUS_LABELS[to].toLowerCase()}.`);
      },
      error: (e: unknown) => this.failed(e),
    });
  }

  protected setNote(event: Event): void {
    this.noteText.set((event.target as HTMLTextAreaElement).value);
  }

  protected addNote(): void {
    const d = this.detail();
    const text = this.noteText().trim();
    if (!d || !text || this.saving()) {
      if (!text) this.errors.set([{ message: 'Write the note first', fieldId: 'note' }]);
      return;
    }
    this.saving.set(true);
    this.plans.addNote(d.id, { text }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.noteText.set('');
        this.show(saved);
        this.notices.show('Your note was added.');
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
    const body = toErrorBody(error, 'The change could not be saved. Try again in a minute.');
    const fieldItems = applyApiFieldErrors(
      this.form,
      (body.errors ?? []).filter((f) => !f.field.startsWith('targetRatings')),
      { fieldMap: FIELD_MAP },
    );
    const targetItems = (body.errors ?? [])
      .filter((f) => f.field.startsWith('targetRatings'))
      .map((f) => ({
        message: `Target for ${f.field.slice('targetRatings.'.length) || 'the principles'}: ${f.messages.join(' ')}`,
        fieldId: 'targets-heading',
      }));
    const items = [...fieldItems, ...targetItems];
    this.errors.set(items.length ? items : [{ message: body.message }]);
  }

  protected due(date: string | null): string {
    return formatDueDate(date);
  }
  protected when(iso: string): string {
    return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }
  protected fieldError(name: keyof ChangeFormValues): string | null {
    const c = this.form.controls[name];
    if (!c.touched || !c.errors) return null;
    if (typeof c.errors['api'] === 'string') return c.errors['api'];
    if (c.errors['required']) return 'Enter a title for the change';
    if (c.errors['maxlength']) return 'The title must be 200 characters or fewer';
    return null;
  }
}
