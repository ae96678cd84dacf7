import {
  PERSPECTIVE_LABELS,
  type Perspective,
  type ProtocolClass,
  type Rating,
} from '@rcp/vocabulary';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AuditEditor, GridColumn, GridRowModel } from '../audit-page/audit-editor';
import type { RatingEdit } from '../model/autosave';
import {
  GridPosition,
  GridShape,
  moveFocus,
  moveForKey,
  nearestFocusable,
} from '../model/grid-navigation';
import { ratingKeyAction } from '../model/rating-keys';
import {
  ageInWords,
  CLASS_WORDS,
  formatDay,
  formatGap,
  formatMomentDay,
  formatScore,
  ratingInWords,
  abbreviateHeading,
  formatPercent,
} from '../model/rating-text';
import { provisionalTag } from '../model/provisional';
import { rateDecision } from './evidence-decision';
import { EvidenceDialog, EvidenceDialogData, EvidenceDialogResult } from './evidence-dialog';
import { cellDomId, GridRow } from './grid-row';
import { KeyboardHelp } from './keyboard-help';

const HELP_KEY = 'rcp.audit-grid.keyboard-help';

function readHelpPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(HELP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

function writeHelpPreference(open: boolean): void {
  try {
    globalThis.localStorage?.setItem(HELP_KEY, open ? 'shown' : 'hidden');
  } catch {
    // Storage may be off (private browsing): the panel just starts shown next time.
  }
}

/** How long a typed "−" waits for its digit. */
const MINUS_WAIT_MS = 2500;

export interface GridFilters {
  /** Part of the protocol's name, any case; blank for all. */
  readonly search: string;
  readonly category: string;
  readonly serviceArea: string;
  readonly cls: ProtocolClass | 'unscored' | '';
  readonly carriedOnly: boolean;
}

const NO_FILTERS: GridFilters = {
  search: '',
  category: '',
  serviceArea: '',
  cls: '',
  carriedOnly: false,
};

/** How long the search waits after the last key before it announces the number of matches. */
const SEARCH_ANNOUNCE_MS = 600;

/** Text compared loosely: any case, accents and runs of spaces ignored. */
function loose(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a protocol's name contains what was searched for (every word, in any order). */
export function nameMatches(name: string, search: string): boolean {
  const words = loose(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = loose(name);
  return words.every((w) => text.includes(w));
}

/** Whether a row passes the filters, judged on the ratings of `perspective` as they are now. */
export function rowMatches(
  row: GridRowModel,
  filters: GridFilters,
  perspective: Perspective,
): boolean {
  if (!nameMatches(row.protocol.name, filters.search)) return false;
  if (filters.category && row.protocol.category !== filters.category) return false;
  if (filters.serviceArea && row.protocol.serviceArea !== filters.serviceArea) return false;
  if (filters.cls) {
    const cls = row.result[perspective]().class ?? 'unscored';
    if (cls !== filters.cls) return false;
  }
  if (filters.carriedOnly) {
    const ratings = row.ratings[perspective]();
    if (!Object.values(ratings).some((r) => r.carriedForward)) return false;
  }
  return true;
}

/**
 * The rating grid: protocols × principles as an ARIA grid with one tab stop (roving tabindex),
 * rated by keyboard (see KeyboardHelp), with filters, the perspective switcher and the focused
 * cell's details. Edits go to the page's AuditEditor, which saves them.
 */
@Component({
  selector: 'rcp-rating-grid',
  imports: [GridRow, KeyboardHelp, MatTooltipModule, MatButtonModule],
  templateUrl: './rating-grid.html',
  styleUrl: './rating-grid.scss',
  encapsulation: ViewEncapsulation.None,
  // Delegated from the whole component; only events on the grid's cells are acted on.
  host: {
    '(keydown)': 'onKeydown($event)',
    '(focusin)': 'onFocusIn($event)',
    '(dblclick)': 'onDblClick($event)',
    '(pointerdown)': 'lastPointerDown = $event.timeStamp',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingGrid {
  protected readonly editor = inject(AuditEditor);
  private readonly dialog = inject(MatDialog);

  protected readonly perspectiveLabels = PERSPECTIVE_LABELS;
  protected readonly classOptions = Object.entries(CLASS_WORDS) as Array<
    [ProtocolClass | 'unscored', string]
  >;

  protected readonly columns = this.editor.columns;
  protected readonly readOnly = this.editor.readOnly;
  protected readonly perspective = this.editor.perspective;
  protected readonly perspectives = this.editor.perspectives;
  protected readonly words = this.editor.words;
  protected readonly showGap = computed(() => this.perspectives().length > 1);

  protected readonly filters = signal<GridFilters>(NO_FILTERS);
  /** Shown until the person hides it; remembered in this browser. */
  protected readonly helpOpen = signal(readHelpPreference());
  /** The grid's polite announcements: filter counts, ratings set, the waiting "−". */
  protected readonly message = signal('');
  protected readonly minusPending = signal(false);
  private minusTimer: ReturnType<typeof setTimeout> | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the pointer was last pressed: focus that follows a click does not scroll the page. */
  protected lastPointerDown = -Infinity;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Column headings that fit without breaking inside a word (full titles for screen readers). */
  protected readonly headings = computed(() =>
    this.columns().map((c) => abbreviateHeading(c.short)),
  );

  /** The audit's headline as the page shows it: stored once submitted, live for a draft. */
  private readonly headline = computed(() => {
    const audit = this.editor.audit();
    if (!audit) return null;
    return audit.status === 'submitted'
      ? audit.headline
      : (this.editor.live()?.headline ?? audit.headline);
  });

  /** The compact summary beside the grid, so the live scores stay in sight while rating. */
  protected readonly summary = computed(() => {
    const h = this.headline();
    const audit = this.editor.audit();
    if (!h || !audit) return null;
    return {
      index: formatScore(h.index),
      coverage: formatPercent(h.coverage),
      provisional: provisionalTag(audit.status, h),
      status: audit.status,
    };
  });

  protected readonly categoryTitles = computed(() => {
    const titles = new Map<string, string>();
    for (const c of this.editor.framework()?.categories ?? []) titles.set(c.key, c.title);
    return titles;
  });
  protected readonly categories = computed(() => {
    const titles = this.categoryTitles();
    const keys = [...new Set(this.editor.rows().map((r) => r.protocol.category))];
    return keys
      .map((key) => ({ key, title: titles.get(key) ?? key }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  });
  protected readonly serviceAreas = computed(() =>
    [...new Set(this.editor.rows().map((r) => r.protocol.serviceArea))].sort((a, b) =>
      a.localeCompare(b, 'en-GB'),
    ),
  );

  /**
   * The rows shown. Filters are applied when they (or the perspective) change, not at every
   * edit, so a row does not vanish from under the cell being rated when its class changes.
   */
  protected readonly visibleRows = computed(() => {
    const rows = this.editor.rows();
    const filters = this.filters();
    const perspective = this.perspective();
    return untracked(() => rows.filter((r) => rowMatches(r, filters, perspective)));
  });

  private readonly shape = computed<GridShape>(() => {
    const rows = this.visibleRows();
    const n = this.columns().length;
    return {
      rows: rows.length,
      cols: n + 2 + (this.showGap() ? 1 : 0),
      focusable: (row, col) => col === 0 || col > n || rows[row]?.applies[col - 1] === true,
    };
  });

  /** Where the grid's one tab stop should be: protocol and column, and the row it was last on. */
  private readonly focusTarget = signal<{ protocolId: string | null; col: number; row: number }>({
    protocolId: null,
    col: 1,
    row: 0,
  });

  /** The tab stop as a position among the rows shown (the nearest cell if its row is hidden). */
  protected readonly focusPos = computed<GridPosition>(() => {
    const rows = this.visibleRows();
    const shape = this.shape();
    const target = this.focusTarget();
    const index = target.protocolId
      ? rows.findIndex((r) => r.protocol.id === target.protocolId)
      : -1;
    if (index >= 0 && shape.focusable(index, target.col)) return { row: index, col: target.col };
    return (
      nearestFocusable(shape, { row: index >= 0 ? index : target.row, col: target.col }) ?? {
        row: -1,
        col: -1,
      }
    );
  });

  protected readonly gapTexts = computed(() => {
    const texts = new Map<string, string>();
    const gaps = this.editor.live()?.gaps;
    if (!gaps) return texts;
    for (const g of gaps.byProtocol) {
      texts.set(
        g.id,
        g.gap
          ? `${formatGap(g.gap.size)}: ${this.perspectiveLabels[g.gap.high]} ${formatScore(
              g.scores[g.gap.high],
            )}, ${this.perspectiveLabels[g.gap.low]} ${formatScore(g.scores[g.gap.low])}`
          : 'None yet (needs two perspectives’ scores)',
      );
    }
    return texts;
  });

  /** The focused cell's details, shown under the grid. */
  protected readonly selected = computed(() => {
    const pos = this.focusPos();
    const row = this.visibleRows()[pos.row];
    if (!row) return null;
    const column = pos.col >= 1 ? this.columns()[pos.col - 1] : undefined;
    const rating = column ? row.ratings[this.perspective()]()[column.key] : undefined;
    return { row, column, rating };
  });

  protected readonly gridLabel = computed(() => {
    const multi = this.perspectives().length > 1;
    const who = multi ? ` (${this.perspectiveLabels[this.perspective()]})` : '';
    return `Ratings${who}: protocols by principle`;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.cancelMinus();
      if (this.searchTimer !== null) clearTimeout(this.searchTimer);
    });
  }

  /** Moves focus to the grid's tab stop (for the page's "Skip to the rating grid" link). */
  focusGrid(): void {
    const pos = this.focusPos();
    this.bringIntoView();
    if (pos.row >= 0) this.focusCell(pos);
    else this.host.nativeElement.querySelector<HTMLElement>('#grid-search')?.focus();
  }

  // ---------------------------------------------------------------------------- toolbar actions

  protected setPerspective(perspective: Perspective): void {
    this.cancelMinus();
    this.perspective.set(perspective);
    this.message.set(
      `${this.readOnly() ? 'Showing' : 'Now editing'} the ratings of: ${this.perspectiveLabels[perspective]}.`,
    );
  }

  protected setFilter(patch: Partial<GridFilters>): void {
    this.filters.update((f) => ({ ...f, ...patch }));
    this.announceCount();
  }

  protected clearFilters(): void {
    if (this.searchTimer !== null) clearTimeout(this.searchTimer);
    this.filters.set(NO_FILTERS);
    this.announceCount();
  }

  /** Filters as the person types; the number of matches is announced once they pause. */
  protected search(event: Event): void {
    const search = (event.target as HTMLInputElement).value;
    this.filters.update((f) => ({ ...f, search }));
    if (this.searchTimer !== null) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = null;
      this.announceCount();
    }, SEARCH_ANNOUNCE_MS);
  }

  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.search.trim() || f.category || f.serviceArea || f.cls || f.carriedOnly);
  });

  protected toggleHelp(): void {
    this.helpOpen.update((open) => !open);
    writeHelpPreference(this.helpOpen());
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  private announceCount(): void {
    const shown = this.visibleRows().length;
    const total = this.editor.rows().length;
    const search = this.filters().search.trim();
    if (search) {
      const n = shown === 1 ? '1 protocol matches' : `${shown} protocols match`;
      this.message.set(`${n} “${search}” (of ${total}).`);
      return;
    }
    this.message.set(
      shown === total
        ? `Showing all ${total} protocols.`
        : `Showing ${shown} of ${total} protocols.`,
    );
  }

  // ---------------------------------------------------------------------------------- the grid

  protected gapText(row: GridRowModel): string {
    return this.gapTexts().get(row.protocol.id) ?? '–';
  }

  protected categoryTitle(key: string): string {
    return this.categoryTitles().get(key) ?? key;
  }

  /** Tab, a click or the dialog closing moved focus to a cell: the tab stop follows it. */
  protected onFocusIn(event: FocusEvent): void {
    const at = this.positionOf(event.target as HTMLElement);
    if (!at) return;
    this.focusTarget.set(at);
    const grid = (event.target as HTMLElement).closest('[role="grid"]');
    const from = event.relatedTarget as Node | null;
    const byPointer = event.timeStamp - this.lastPointerDown < 1000;
    if (grid && !byPointer && !(from && grid.contains(from))) this.bringIntoView();
  }

  /**
   * Focus came into the grid: scroll the page so that the summary and the whole grid are in sight
   * (the grid is sized to fit under the summary), unless they already are.
   */
  private bringIntoView(): void {
    const frame = this.host.nativeElement.querySelector<HTMLElement>('.rating-grid__frame');
    const grid = frame?.querySelector<HTMLElement>('[role="grid"]');
    if (!frame || !grid || typeof window === 'undefined') return;
    const top = frame.getBoundingClientRect().top;
    const bottom = grid.getBoundingClientRect().bottom;
    if (top >= 0 && bottom <= window.innerHeight) return;
    window.scrollBy({ top, behavior: 'instant' });
  }

  protected onDblClick(event: MouseEvent): void {
    const at = this.positionOf(event.target as HTMLElement);
    if (!at?.protocolId || this.readOnly()) return;
    const row = this.visibleRows()[at.row];
    const column = this.columns()[at.col - 1];
    if (row && column && row.applies[at.col - 1]) this.openDialog(row, column);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const at = this.positionOf(target);
    // Keys pressed on a cell itself (not on a control inside one).
    if (!at || !target.hasAttribute('data-col')) return;
    const from: GridPosition = { row: at.row, col: at.col };

    const move = moveForKey(event);
    if (move) {
      event.preventDefault();
      this.cancelMinus();
      this.focusCell(moveFocus(this.shape(), from, move));
      return;
    }

    const action = ratingKeyAction(event, this.minusPending());
    if (action.kind === 'none') {
      if (event.key !== 'Shift') this.cancelMinus();
      return;
    }
    if (action.kind === 'help') {
      event.preventDefault();
      this.helpOpen.set(true);
      writeHelpPreference(true);
      this.message.set('The keyboard shortcuts are shown above the grid.');
      return;
    }
    event.preventDefault();
    if (action.kind === 'ignore') return;
    const wasMinus = this.minusPending();
    this.cancelMinus();
    if (this.readOnly()) return;

    const row = this.visibleRows()[at.row];
    if (!row) return;
    const n = this.columns().length;
    const column = at.col >= 1 && at.col <= n ? this.columns()[at.col - 1] : undefined;

    if (action.kind === 'confirmRow' || (action.kind === 'details' && at.col === 0)) {
      this.confirmRow(row);
      return;
    }
    if (!column || !row.applies[at.col - 1]) return;

    switch (action.kind) {
      case 'minus':
        if (!wasMinus) this.startMinus();
        return;
      case 'rate':
        this.rate(row, column, action.value);
        return;
      case 'clear':
        this.write(row, column, { clear: true, value: null });
        this.message.set('Rating cleared: not rated.');
        return;
      case 'details':
        this.openDialog(row, column);
        return;
    }
  }

  /** Confirms every carried-forward rating of the row by writing the same values again. */
  protected confirmRow(row: GridRowModel): void {
    if (this.readOnly()) return;
    const perspective = this.perspective();
    const ratings = row.ratings[perspective]();
    const edits: RatingEdit[] = [];
    let needEvidence = 0;
    this.columns().forEach((column, i) => {
      const rating = ratings[column.key];
      if (!row.applies[i] || !rating?.carriedForward) return;
      // The same value again: its evidence stays, unless it is a ±2 with none (opened with Enter).
      const decision = rateDecision(rating, rating.value);
      if (decision.kind === 'dialog') {
        needEvidence++;
        return;
      }
      edits.push({
        protocolId: row.protocol.id,
        principleKey: column.key,
        perspective,
        clear: false,
        value: rating.value,
        evidence: decision.evidence,
      });
    });
    this.editor.editAll(edits);
    let text =
      edits.length === 0
        ? `${row.protocol.name} has no carried-forward ratings to confirm.`
        : `${edits.length} carried-forward ${edits.length === 1 ? 'rating' : 'ratings'} of ${row.protocol.name} confirmed.`;
    if (needEvidence > 0) {
      text += ` ${needEvidence} need evidence first: open them with Enter.`;
    }
    this.message.set(text);
  }

  /** Opens the rating and evidence dialog of the focused cell (for the details panel's button). */
  protected openSelected(): void {
    const selected = this.selected();
    if (selected?.column) this.openDialog(selected.row, selected.column);
  }

  protected selectedWords(): string {
    const s = this.selected();
    return ratingInWords(s?.rating?.value, this.words());
  }

  protected carriedText(ratedAt: string): string {
    return `Carried forward from ${formatMomentDay(ratedAt)} (${ageInWords(ratedAt)} old), not yet confirmed.`;
  }

  protected formatScoreOf(row: GridRowModel): string {
    const result = row.result[this.perspective()]();
    return `${formatScore(result.score)}, ${CLASS_WORDS[result.class ?? 'unscored']}`;
  }

  protected evidenceDate(date: string): string {
    return formatDay(date);
  }

  // -------------------------------------------------------------------------------- internals

  private rate(row: GridRowModel, column: GridColumn, value: Rating | null): void {
    const current = row.ratings[this.perspective()]()[column.key];
    const decision = rateDecision(current, value);
    if (decision.kind === 'dialog') {
      // Evidence belongs to the rating it was given for: this value needs its own.
      this.openDialog(row, column, value);
      return;
    }
    this.write(row, column, { clear: false, value, evidence: decision.evidence });
    const dropped = decision.evidence === null && !!current?.evidence;
    this.message.set(
      `${ratingInWords(value, this.words())}${dropped ? ': the evidence for the previous rating was removed' : ''}.`,
    );
  }

  private write(
    row: GridRowModel,
    column: GridColumn,
    change: Pick<RatingEdit, 'clear' | 'value' | 'evidence'>,
  ): void {
    this.editor.edit({
      protocolId: row.protocol.id,
      principleKey: column.key,
      perspective: this.perspective(),
      ...change,
    });
  }

  private openDialog(row: GridRowModel, column: GridColumn, preset?: Rating | null): void {
    const perspective = this.perspective();
    const data: EvidenceDialogData = {
      protocolName: row.protocol.name,
      principleTitle: column.title,
      principleDescription: column.description,
      perspectiveLabel: this.showGap() ? this.perspectiveLabels[perspective] : null,
      current: row.ratings[perspective]()[column.key],
      preset,
      words: this.words(),
    };
    this.dialog
      .open<EvidenceDialog, EvidenceDialogData, EvidenceDialogResult>(EvidenceDialog, {
        data,
        width: '42rem',
        maxWidth: 'calc(100vw - 1rem)',
        autoFocus: preset !== undefined ? '#evidence-text' : 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) {
          // Nothing was written: say what the cell still holds.
          const still = row.ratings[perspective]()[column.key]?.value;
          this.message.set(`Cancelled: still ${ratingInWords(still, this.words())}.`);
          return;
        }
        this.editor.edit({
          protocolId: row.protocol.id,
          principleKey: column.key,
          perspective,
          clear: false,
          value: result.value,
          evidence: result.evidence,
        });
        this.message.set(
          `${ratingInWords(result.value, this.words())}${result.evidence ? ', with evidence' : ''}.`,
        );
      });
  }

  private positionOf(
    el: HTMLElement | null,
  ): { protocolId: string; col: number; row: number } | null {
    const cell = el?.closest<HTMLElement>('[data-col]');
    const rowEl = el?.closest<HTMLElement>('[data-protocol]');
    if (!cell || !rowEl) return null;
    const protocolId = rowEl.getAttribute('data-protocol') ?? '';
    const row = this.visibleRows().findIndex((r) => r.protocol.id === protocolId);
    if (row < 0) return null;
    return { protocolId, col: Number(cell.getAttribute('data-col')), row };
  }

  private focusCell(pos: GridPosition): void {
    const row = this.visibleRows()[pos.row];
    if (!row) return;
    this.focusTarget.set({ protocolId: row.protocol.id, col: pos.col, row: pos.row });
    const el = document.getElementById(cellDomId(row.protocol.id, pos.col));
    if (!el) return;
    el.focus({ preventScroll: true });
    // Sticky header and first column: cells keep a scroll margin, so 'nearest' clears them.
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  private startMinus(): void {
    this.minusPending.set(true);
    this.message.set('Minus: type 1 or 2.');
    this.minusTimer = setTimeout(() => this.cancelMinus(), MINUS_WAIT_MS);
  }

  private cancelMinus(): void {
    if (this.minusTimer !== null) clearTimeout(this.minusTimer);
    this.minusTimer = null;
    if (this.minusPending()) this.minusPending.set(false);
  }
}
