import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { FrameworkItem, FrameworkVersion, FrameworkVersionSummary } from '@rcp/api-contract';
import { FrameworkItemLayer } from '@rcp/vocabulary';
import { catchError, EMPTY, filter, Observable, of, switchMap, tap } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict, isConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { ErrorItem } from '../../shared/forms/field-errors';
import { NoticeService } from '../../shared/notice/notice.service';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { FrameworkApi } from '../framework-api';
import {
  contextsText,
  formatDate,
  formatNumber,
  formatSigned,
  itemsOf,
  LAYER_NAMES,
} from '../framework-text';
import {
  CHANGE_SETTINGS_ID,
  DRAFT_CONFLICT_MESSAGE,
  editButtonId,
  publishErrorItems,
} from './draft-errors';
import {
  discardConfirmation,
  draftStartedMessage,
  reloadedMessage,
  retireConfirmation,
  savedItem,
} from './draft-texts';
import { ItemForm } from './item-form';
import { askToPublish } from './publish-dialog';
import { SettingsForm } from './settings-form';

type Panel =
  | { mode: 'closed' }
  | { mode: 'add'; layer: FrameworkItemLayer }
  | { mode: 'edit'; layer: FrameworkItemLayer; key: string }
  | { mode: 'settings' };

type LoadState = 'loading' | 'ready' | 'error';

const LAYERS: FrameworkItemLayer[] = ['principle', 'behaviour', 'competency'];

/**
 * The coordinator's framework editor. With no draft it offers to start one (a copy of the latest
 * version); with a draft it edits, adds and retires items, changes the settings, and publishes or
 * discards it. Every write sends the draft's revision: if someone else changed the draft in
 * between, the page says so and offers to reload.
 */
@Component({
  selector: 'rcp-framework-editor-page',
  imports: [
    MatButtonModule,
    RouterLink,
    ErrorSummary,
    ConflictReload,
    StatusBanner,
    ItemForm,
    SettingsForm,
  ],
  templateUrl: './framework-editor-page.html',
  styleUrl: './framework-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkEditorPage {
  private readonly frameworks = inject(FrameworkApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notice = inject(NoticeService);

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly loadError = signal<string | null>(null);
  protected readonly versions = signal<FrameworkVersionSummary[]>([]);
  protected readonly draft = signal<FrameworkVersion | null>(null);
  protected readonly panel = signal<Panel>({ mode: 'closed' });
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly errorTitle = signal('There is a problem');
  protected readonly conflict = new EditConflict(DRAFT_CONFLICT_MESSAGE);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly latestPublished = computed(
    () => this.versions().find((v) => v.status === 'published') ?? null,
  );
  protected readonly layers = computed(() => {
    const draft = this.draft();
    if (!draft) return [];
    return LAYERS.map((layer) => ({
      layer,
      names: LAYER_NAMES[layer],
      items: itemsOf(draft.items, layer),
    }));
  });
  private readonly principleTitles = computed(
    () =>
      new Map(
        (this.draft()?.items ?? [])
          .filter((i) => i.layer === 'principle')
          .map((i) => [i.key, i.title]),
      ),
  );

  protected readonly date = formatDate;
  protected readonly number = formatNumber;
  protected readonly signed = formatSigned;
  protected readonly contexts = contextsText;
  protected readonly editId = editButtonId;
  protected readonly settingsId = CHANGE_SETTINGS_ID;

  private readonly banner = viewChild(StatusBanner);

  constructor() {
    this.load().subscribe();
  }

  protected principleNames(item: FrameworkItem): string {
    const titles = this.principleTitles();
    const names = item.principleKeys.map((k) => titles.get(k) ?? k);
    return names.length > 0 ? names.join(', ') : 'none';
  }

  protected isEditing(layer: FrameworkItemLayer, key: string): boolean {
    const panel = this.panel();
    return panel.mode === 'edit' && panel.layer === layer && panel.key === key;
  }

  protected isAdding(layer: FrameworkItemLayer): boolean {
    const panel = this.panel();
    return panel.mode === 'add' && panel.layer === layer;
  }

  protected retry(): void {
    this.load().subscribe();
  }

  protected start(): void {
    if (this.busy()) return;
    this.clearProblems();
    this.busy.set(true);
    this.frameworks.createDraft().subscribe({
      next: (draft) => {
        this.busy.set(false);
        this.draft.set(draft);
        const from = this.latestPublished()?.number;
        this.refreshVersions();
        this.announce(draftStartedMessage(draft.number, from));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const body = toErrorBody(error, 'Starting a draft did not work. Try again later.');
        if (isConflict(body)) {
          // Someone else started one first: show theirs.
          this.load().subscribe(() =>
            this.announce('Someone else has started a draft. It is shown below.'),
          );
          return;
        }
        this.showProblems([{ message: body.message }]);
      },
    });
  }

  protected openAdd(layer: FrameworkItemLayer): void {
    this.status.set(null);
    this.panel.set({ mode: 'add', layer });
    this.focusSoon('item-form-heading');
  }

  protected openEdit(item: FrameworkItem): void {
    this.status.set(null);
    this.panel.set({ mode: 'edit', layer: item.layer, key: item.key });
    this.focusSoon('item-form-heading');
  }

  protected openSettings(): void {
    this.status.set(null);
    this.panel.set({ mode: 'settings' });
    this.focusSoon('settings-form-heading');
  }

  /** Closes the open form and puts focus back on the button that opened it. */
  protected closePanel(): void {
    const panel = this.panel();
    this.panel.set({ mode: 'closed' });
    if (panel.mode === 'edit') this.focusSoon(editButtonId(panel.layer, panel.key));
    else if (panel.mode === 'add') this.focusSoon(`add-${panel.layer}`);
    else if (panel.mode === 'settings') this.focusSoon(CHANGE_SETTINGS_ID);
  }

  protected itemSaved(version: FrameworkVersion): void {
    const panel = this.panel();
    this.draft.set(version);
    this.clearProblems();
    this.panel.set({ mode: 'closed' });
    if (panel.mode !== 'add' && panel.mode !== 'edit') return;
    const { item, message } = savedItem(version, panel);
    this.status.set(message);
    if (item) this.focusSoon(editButtonId(item.layer, item.key));
  }

  protected settingsSaved(version: FrameworkVersion): void {
    this.draft.set(version);
    this.clearProblems();
    this.panel.set({ mode: 'closed' });
    this.status.set('The settings have been saved.');
    this.focusSoon(CHANGE_SETTINGS_ID);
  }

  protected retire(item: FrameworkItem): void {
    const draft = this.draft();
    if (!draft || this.busy()) return;
    this.clearProblems();
    confirmAction(this.dialog, retireConfirmation(item, draft.number))
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.frameworks.retireItem(draft.number, item.layer, item.key, draft.revision);
        }),
      )
      .subscribe({
        next: (version) => {
          this.busy.set(false);
          this.draft.set(version);
          this.panel.set({ mode: 'closed' });
          this.status.set(`“${item.title}” has been retired from the draft.`);
          this.focusSoon(`${item.layer}-heading`);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.writeFailed(error, 'Retiring did not work. Try again later.');
        },
      });
  }

  protected publish(): void {
    const draft = this.draft();
    if (!draft || this.busy()) return;
    this.clearProblems();
    askToPublish(this.dialog, draft.number)
      .pipe(
        filter((notes): notes is string => notes !== undefined),
        switchMap((releaseNotes) => {
          this.busy.set(true);
          return this.frameworks.publish(draft.number, draft.revision, releaseNotes);
        }),
      )
      .subscribe({
        next: (published) => {
          this.busy.set(false);
          this.notice.showAfterNavigation(
            `Version ${published.number} has been published. It is now the current framework.`,
          );
          void this.router.navigateByUrl('/framework');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const body = toErrorBody(error, 'Publishing did not work. Try again later.');
          if (body.statusCode === 400) {
            const items = publishErrorItems(draft, body.errors);
            this.showProblems(
              items.length > 0 ? items : [{ message: body.message }],
              `Version ${draft.number} cannot be published yet`,
            );
            return;
          }
          this.writeFailed(error, 'Publishing did not work. Try again later.');
        },
      });
  }

  protected discard(): void {
    const draft = this.draft();
    if (!draft || this.busy()) return;
    this.clearProblems();
    confirmAction(this.dialog, discardConfirmation(draft.number))
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.frameworks.discardDraft(draft.number, draft.revision);
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.draft.set(null);
          this.panel.set({ mode: 'closed' });
          this.refreshVersions();
          this.announce(`Draft version ${draft.number} has been discarded.`);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.writeFailed(error, 'Discarding did not work. Try again later.');
        },
      });
  }

  /** Someone else changed the draft: show it as it is now. */
  protected reload(): void {
    const before = this.draft()?.number;
    this.clearProblems();
    this.panel.set({ mode: 'closed' });
    this.load().subscribe((draft) => {
      const message = reloadedMessage(!!draft, before);
      if (message) this.announce(message);
    });
  }

  protected onConflict(): void {
    this.showProblems(this.conflict.raise());
  }

  /**
   * Loads the versions and, when the newest is a draft, the draft itself. Emits the draft (or
   * null) once loaded; on failure the page says so and nothing is emitted.
   */
  private load(): Observable<FrameworkVersion | null> {
    if (this.loadState() !== 'ready') this.loadState.set('loading');
    return this.frameworks.versions().pipe(
      switchMap((versions) => {
        this.versions.set(versions);
        const newest = versions[0];
        return newest?.status === 'draft' ? this.frameworks.version(newest.number) : of(null);
      }),
      tap((draft) => {
        this.draft.set(draft);
        this.loadState.set('ready');
      }),
      catchError((error: unknown) => {
        this.loadError.set(
          toErrorBody(error, 'The framework cannot be shown right now. Try again later.').message,
        );
        this.loadState.set('error');
        return EMPTY;
      }),
    );
  }

  private refreshVersions(): void {
    this.frameworks
      .versions()
      .subscribe({ next: (v) => this.versions.set(v), error: () => undefined });
  }

  private writeFailed(error: unknown, fallback: string): void {
    const body = toErrorBody(error, fallback);
    if (isConflict(body)) {
      this.onConflict();
      return;
    }
    this.showProblems([{ message: body.message }]);
  }

  private showProblems(items: ErrorItem[], title = 'There is a problem'): void {
    this.status.set(null);
    this.errorTitle.set(title);
    this.errors.set(items);
  }

  private clearProblems(): void {
    this.errors.set([]);
    this.conflict.clear();
  }

  private announce(message: string): void {
    this.status.set(message);
    this.banner()?.focus();
  }

  private focusSoon(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
