import { computed, DestroyRef, inject, Injectable, signal, WritableSignal } from '@angular/core';
import type {
  Audit,
  AuditHeadline,
  AuditRating,
  AuditStatusChange,
  FrameworkVersion,
  PutRatingsResponse,
  RatingConflict,
} from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { map, Observable, tap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { statusOf, toErrorBody } from '../../shared/forms/api-error';
import { AuditsApi } from '../data-access/audits-api';
import {
  GridColumn,
  groupByRow,
  gridColumns,
  overlayRow,
  GridRowModel,
  gridRows,
  carriedCount,
  queueEdits,
  sameColumnKeys,
  sameHeadline,
  storedRow,
} from './grid-model';
import {
  beginSave,
  discardAll,
  EditQueue,
  hasUnsaved,
  initialSaveState,
  RatingEdit,
  ratingKey,
  resolveConflict,
  saveConflicted,
  saveFailed,
  SaveState,
  saveSucceeded,
} from '../model/autosave';
import { ConflictChoice, ConflictSource, conflictState } from '../model/conflicts';
import { liveScores, RowRatings, rowKey } from '../model/live-scores';
import { ratingWordsOf, RatingWords } from '../model/rating-text';
import {
  afterSave,
  describeCell,
  reloadFailed,
  savedChanges,
  saveFailure,
  UNREACHABLE_MESSAGE,
} from '../model/save-outcome';

/** Pause in typing before a batch of edits is saved. */
export const AUTOSAVE_DELAY_MS = 600;
/** Wait before trying again after the server could not be reached. */
export const RETRY_DELAY_MS = 5000;

export type { GridColumn, GridRowModel } from './grid-model';

export type { ConflictState } from '../model/conflicts';

/**
 * The state of one audit page: the audit, its framework version, the ratings as shown (stored
 * ones with unsaved edits on top), live scores, and autosave with conflict handling. Provided by
 * the audit page, so each page has its own.
 */
@Injectable()
export class AuditEditor {
  private readonly api = inject(AuditsApi);
  private readonly auth = inject(AuthService);

  readonly audit = signal<Audit | null>(null);
  readonly framework = signal<FrameworkVersion | null>(null);
  readonly loadError = signal<string | null>(null);
  readonly perspective = signal<Perspective>('leadership');
  readonly save = signal<SaveState>(initialSaveState(0));
  /** Set on a 409: what the server said, and the audit as it has it now (once fetched). */
  private readonly conflictSource = signal<ConflictSource | null>(null);
  /** The conflict, each cell beside the person's unsaved edit of it as it is now. */
  readonly conflict = computed(() => conflictState(this.conflictSource(), this.save().pending));
  /** The register changed the audit's protocols: show them once nothing is waiting to be saved. */
  private registerChanged = false;

  readonly columns = signal<readonly GridColumn[]>([]);
  readonly rows = signal<readonly GridRowModel[]>([]);
  readonly words = computed<RatingWords>(() => ratingWordsOf(this.framework()?.ratingScale));

  readonly perspectives = computed<readonly Perspective[]>(
    () => this.audit()?.perspectives ?? ['leadership'],
  );
  readonly isLead = computed(() => {
    const user = this.auth.currentUser();
    const audit = this.audit();
    return user?.role === 'lead' && !!audit && user.councilId === audit.councilId;
  });
  readonly readOnly = computed(() => this.audit()?.status !== 'draft' || !this.isLead());

  readonly live = computed(() => {
    const framework = this.framework();
    const audit = this.audit();
    if (!framework || !audit) return null;
    const byKey = this.rowSignals;
    return liveScores(
      framework.scoring,
      this.rows().map((r) => r.protocol),
      audit.perspectives,
      (perspective, id) => byKey.get(rowKey(perspective, id))?.(),
    );
  });

  readonly unsaved = computed(() => hasUnsaved(this.save()));

  /** Ratings still carried forward from the last audit, that nobody has confirmed or changed. */
  unconfirmedCount(): number {
    return carriedCount([...this.rowSignals.values()].map((row) => row()));
  }

  /** Stored cells (as the server last stated them), by cell key. */
  private stored = new Map<string, AuditRating>();
  private rowSignals = new Map<string, WritableSignal<RowRatings>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiters: Array<(saved: boolean) => void> = [];
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.clearTimer();
    });
  }

  /** Loads the audit and its framework version. */
  load(auditId: string): void {
    this.loadError.set(null);
    this.api.getWithFramework(auditId).subscribe({
      next: ({ audit, fw }) => {
        this.framework.set(fw);
        this.init(audit);
      },
      error: (error: unknown) =>
        this.loadError.set(
          toErrorBody(error, 'The audit cannot be shown right now. Try again later.').message,
        ),
    });
  }

  /** Shows `audit` as the server has it, dropping any unsaved edit (or keeping `save`'s). */
  init(audit: Audit, save: SaveState = initialSaveState(audit.version)): void {
    const framework = this.framework();
    if (!framework) return;
    this.clearTimer();
    this.conflictSource.set(null);
    this.registerChanged = false;
    this.stored = new Map(audit.ratings.map((r) => [ratingKey(r), r]));
    this.save.set(save);
    if (!audit.perspectives.includes(this.perspective())) this.perspective.set('leadership');

    const columns = gridColumns(framework);
    if (!sameColumnKeys(columns, this.columns())) this.columns.set(columns);
    const { rows, rowSignals } = gridRows(framework.scoring, audit.protocols, columns);
    this.rowSignals = rowSignals;
    const grouped = groupByRow(this.stored.values());
    for (const [key, s] of rowSignals) s.set(this.overlay(key, grouped.get(key) ?? {}));
    this.rows.set(rows);
    this.audit.set(audit);
  }

  /** The cell as shown now (stored, with any unsaved edit on top). */
  cell(perspective: Perspective, protocolId: string, principleKey: string) {
    return this.rowSignals.get(rowKey(perspective, protocolId))?.()[principleKey];
  }

  /** Records an edit of a cell and saves it after a short pause. Ignored when read-only. */
  edit(edit: RatingEdit): void {
    this.editAll([edit]);
  }

  editAll(edits: readonly RatingEdit[]): void {
    if (this.readOnly() || edits.length === 0) return;
    const { state, rows } = queueEdits(this.save(), edits, this.stored);
    this.save.set(state);
    for (const key of rows) this.refreshRow(key);
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /**
   * Saves what is waiting now; resolves true once everything typed is stored, false when it could
   * not be (a conflict only the person can settle, or a refused save).
   */
  flush(): Promise<boolean> {
    if (!this.unsaved()) return Promise.resolve(true);
    if (this.save().status.kind === 'conflict') return Promise.resolve(false);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.clearTimer();
    this.send();
    return done;
  }

  /** Tries a failed save again now. */
  retry(): void {
    this.clearTimer();
    this.send();
  }

  /** Drops every unsaved edit and shows the audit as the server has it now. */
  discardUnsaved(): void {
    const audit = this.audit();
    if (!audit) return;
    this.clearTimer();
    this.api.get(audit.id).subscribe({
      next: (fresh) => this.init(fresh),
      error: (error: unknown) => {
        const message = toErrorBody(error, 'the audit could not be reloaded. Try again.').message;
        this.save.update((s) => reloadFailed(s, message));
      },
    });
  }

  /** Conflict: drop every unsaved edit and show the audit as the server has it now. */
  discardAllMine(): void {
    const fresh = this.conflict()?.fresh;
    if (!fresh) return;
    this.init(fresh, discardAll(this.save(), fresh.version));
  }

  /**
   * Conflict: the person's choice for each conflicting cell (keep mine / take theirs). Their other
   * unsaved edits stay and are saved with the choices, on top of the audit as it is now.
   */
  resolveConflict(choices: ReadonlyMap<string, ConflictChoice>): void {
    const fresh = this.conflict()?.fresh;
    if (!fresh || fresh.status !== 'draft') return;
    this.init(fresh, resolveConflict(this.save(), choices, fresh.version));
    this.send();
  }

  submit(): Observable<Audit> {
    const audit = this.requireAudit();
    return this.api
      .submit(audit.id, this.save().version)
      .pipe(map((change) => this.afterStatusChange(audit, change)));
  }

  reopen(reason: string): Observable<Audit> {
    const audit = this.requireAudit();
    return this.api
      .reopen(audit.id, this.save().version, reason)
      .pipe(map((change) => this.afterStatusChange(audit, change)));
  }

  /** Discards the draft (never submitted) with everything in it, unsaved edits too. */
  discard(): Observable<void> {
    const audit = this.requireAudit();
    this.clearTimer();
    return this.api
      .discard(audit.id, this.save().version)
      .pipe(tap(() => this.save.set(initialSaveState(0)))); // nothing is left to save
  }

  /** Fetches the audit again (e.g. after a refused submit), dropping unsaved edits. */
  reload(): Observable<Audit> {
    const audit = this.requireAudit();
    return this.api.get(audit.id).pipe(map((a) => this.afterAction(a)));
  }

  // ---------------------------------------------------------------------------------- internals

  private afterAction(audit: Audit): Audit {
    this.init(audit);
    return audit;
  }

  /**
   * Submit and reopen change neither the protocols nor the ratings, and succeed only at the version
   * last saved: the page keeps what it has, with the new status, version and headline.
   */
  private afterStatusChange(audit: Audit, change: AuditStatusChange): Audit {
    return this.afterAction({ ...audit, ...change, ratings: [...this.stored.values()] });
  }

  private requireAudit(): Audit {
    const audit = this.audit();
    if (!audit) throw new Error('No audit loaded');
    return audit;
  }

  private schedule(delay: number): void {
    this.clearTimer();
    if (this.destroyed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    const audit = this.audit();
    const begun = audit ? beginSave(this.save()) : null;
    if (!audit || !begun) {
      this.settleWaiters();
      return;
    }
    this.save.set(begun.state);
    const sent = begun.state.inFlight as EditQueue;
    this.api.putRatings(audit.id, begun.request).subscribe({
      next: (response) => this.saved(sent, response),
      error: (error: unknown) => this.failed(sent, error),
    });
  }

  private saved(sent: EditQueue, response: PutRatingsResponse): void {
    // Other people's changes to other cells merge in, so the page shows the audit as it is now.
    const { stored, changedByOthers, rows } = savedChanges(this.stored, sent, response);
    this.stored = stored;
    this.save.update((s) => saveSucceeded(s, response.version, new Date(), changedByOthers));
    this.audit.update((a) => (a ? { ...a, version: response.version } : a));
    for (const key of rows) this.refreshRow(key);
    if (response.registerChanged) this.registerChanged = true;
    const next = afterSave(this.save().pending.size, this.registerChanged);
    if (next === 'saveAgain') return this.schedule(AUTOSAVE_DELAY_MS);
    if (next === 'check') this.checkAgainstServer(response.headline);
    this.settleWaiters();
    if (next === 'reload') this.discardUnsaved(); // nothing is unsaved: shows the register's change
  }

  private failed(sent: EditQueue, error: unknown): void {
    const body = toErrorBody(error, UNREACHABLE_MESSAGE);
    const failure = saveFailure(statusOf(error), body, [...sent.values()], (edit) =>
      describeCell(this.rows(), this.columns(), edit),
    );
    if (failure.kind === 'conflict') {
      this.save.update(saveConflicted);
      this.settleWaiters();
      this.loadConflict(failure.message, failure.conflicts);
      return;
    }
    this.save.update((s) => saveFailed(s, failure.message, failure.kind === 'retry'));
    this.settleWaiters();
    if (failure.kind === 'retry') this.schedule(RETRY_DELAY_MS);
  }

  /**
   * With nothing unsaved, the live headline must be the server's (same lib, same ratings, and the
   * version check means nobody else's change is in between). Says so loudly if it is not.
   */
  private checkAgainstServer(server: AuditHeadline): void {
    const live = this.live()?.headline;
    if (live && !sameHeadline(live, server)) {
      console.error('The live scores differ from the server’s after saving', { live, server });
    }
  }

  private loadConflict(message: string, conflicts: readonly RatingConflict[]): void {
    const audit = this.audit();
    if (!audit) return;
    const source: ConflictSource = { message, conflicts, fresh: null, error: null };
    this.conflictSource.set(source);
    const fallback = 'The audit could not be fetched to compare. Reload the page.';
    this.api.get(audit.id).subscribe({
      next: (fresh) => this.conflictSource.set({ ...source, fresh }),
      error: (e: unknown) =>
        this.conflictSource.set({ ...source, error: toErrorBody(e, fallback).message }),
    });
  }

  private settleWaiters(): void {
    if (this.save().inFlight) return;
    const waiters = this.waiters;
    this.waiters = [];
    const saved = !this.unsaved();
    for (const resolve of waiters) resolve(saved);
  }

  /** Recomputes one row as shown: its stored cells with the unsaved edits on top. */
  private refreshRow(key: string): void {
    this.rowSignals.get(key)?.set(this.overlay(key, storedRow(this.stored, key, this.columns())));
  }

  private overlay(key: string, base: Record<string, AuditRating>): RowRatings {
    const { inFlight, pending } = this.save();
    return overlayRow(key, base, [inFlight, pending], new Date().toISOString());
  }
}
