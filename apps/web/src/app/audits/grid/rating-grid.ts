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
  ViewEncapsulation,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AuditEditor, GridColumn, GridRowModel } from '../audit-page/audit-editor';
import type { RatingEdit } from '../model/autosave';
import { cellCommand } from '../model/cell-commands';
import {
  cancelledMessage,
  carriedText,
  CLEARED_MESSAGE,
  confirmRowMessage,
  dialogSavedMessage,
  gapText,
  gridLabel,
  HELP_SHOWN_MESSAGE,
  MINUS_MESSAGE,
  perspectiveMessage,
  ratedMessage,
  scoreAndClass,
} from '../model/grid-messages';
import { GridPosition, moveFocus, moveForKey } from '../model/grid-navigation';
import { ratingKeyAction } from '../model/rating-keys';
import { abbreviateHeading, CLASS_WORDS, formatDay, ratingInWords } from '../model/rating-text';
import { gridSummary } from '../model/grid-summary';
import { rateDecision } from './evidence-decision';
import { evidenceDialogData, EvidenceDialogOpener } from './evidence-dialog-opener';
import { GridFiltering } from './grid-filtering';
import { Delayed } from './delayed';
import {
  bringGridIntoView,
  cellOf,
  focusCellElement,
  FocusTarget,
  focusPosition,
  gridShape,
} from './grid-focus';
import { confirmRowEdits } from './row-confirmation';
import { cellDomId, GridRow } from './grid-row';
import { readHelpPreference, writeHelpPreference } from './help-preference';
import { KeyboardHelp } from './keyboard-help';

/** How long a typed "−" waits for its digit. */
const MINUS_WAIT_MS = 2500;

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
  private readonly dialog = inject(EvidenceDialogOpener);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly perspectiveLabels = PERSPECTIVE_LABELS;
  protected readonly carriedText = (ratedAt: string) => carriedText(ratedAt);
  protected readonly evidenceDate = formatDay;
  protected readonly classOptions = Object.entries(CLASS_WORDS) as Array<
    [ProtocolClass | 'unscored', string]
  >;

  protected readonly columns = this.editor.columns;
  protected readonly readOnly = this.editor.readOnly;
  protected readonly perspective = this.editor.perspective;
  protected readonly perspectives = this.editor.perspectives;
  protected readonly words = this.editor.words;
  protected readonly showGap = computed(() => this.perspectives().length > 1);

  /** Shown until the person hides it; remembered in this browser. */
  protected readonly helpOpen = signal(readHelpPreference());
  /** The grid's polite announcements: filter counts, ratings set, the waiting "−". */
  protected readonly message = signal('');
  protected readonly minusPending = signal(false);
  private readonly minusWait = new Delayed(MINUS_WAIT_MS, () => this.cancelMinus());
  /** Search and filters; the rows shown. */
  protected readonly filtering = new GridFiltering(this.editor, (text) => this.message.set(text));
  protected readonly visibleRows = this.filtering.visibleRows;
  /** When the pointer was last pressed: focus that follows a click does not scroll the page. */
  protected lastPointerDown = -Infinity;

  /** Column headings that fit without breaking inside a word (full titles for screen readers). */
  protected readonly headings = computed(() =>
    this.columns().map((c) => abbreviateHeading(c.short)),
  );

  /** The compact summary beside the grid, so the live scores stay in sight while rating. */
  protected readonly summary = computed(() =>
    gridSummary(this.editor.audit(), this.editor.live()?.headline),
  );

  private readonly shape = computed(() =>
    gridShape(this.visibleRows(), this.columns().length, this.showGap()),
  );

  /** Where the grid's one tab stop should be: protocol and column, and the row it was last on. */
  private readonly focusTarget = signal<FocusTarget>({ protocolId: null, col: 1, row: 0 });

  /** The tab stop as a position among the rows shown (the nearest cell if its row is hidden). */
  protected readonly focusPos = computed(() =>
    focusPosition(this.visibleRows(), this.shape(), this.focusTarget()),
  );

  protected readonly gapTexts = computed(
    () => new Map((this.editor.live()?.gaps?.byProtocol ?? []).map((g) => [g.id, gapText(g)])),
  );

  /** The focused cell's details, shown under the grid. */
  protected readonly selected = computed(() => {
    const pos = this.focusPos();
    const row = this.visibleRows()[pos.row];
    if (!row) return null;
    const column = pos.col >= 1 ? this.columns()[pos.col - 1] : undefined;
    const rating = column ? row.ratings[this.perspective()]()[column.key] : undefined;
    const score = scoreAndClass(row.result[this.perspective()]());
    return { row, column, rating, words: ratingInWords(rating?.value, this.words()), score };
  });

  protected readonly gridLabel = computed(() =>
    gridLabel(this.showGap() ? this.perspectiveLabels[this.perspective()] : null),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.cancelMinus();
      this.filtering.destroy();
    });
  }

  /** Moves focus to the grid's tab stop (for the page's "Skip to the rating grid" link). */
  focusGrid(): void {
    const pos = this.focusPos();
    bringGridIntoView(this.host.nativeElement);
    if (pos.row >= 0) this.focusCell(pos);
    else this.host.nativeElement.querySelector<HTMLElement>('#grid-search')?.focus();
  }

  // ---------------------------------------------------------------------------- toolbar actions

  protected setPerspective(perspective: Perspective): void {
    this.cancelMinus();
    this.perspective.set(perspective);
    this.message.set(perspectiveMessage(this.readOnly(), this.perspectiveLabels[perspective]));
  }

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

  // ---------------------------------------------------------------------------------- the grid

  protected gapText(row: GridRowModel): string {
    return this.gapTexts().get(row.protocol.id) ?? '–';
  }

  /** Tab, a click or the dialog closing moved focus to a cell: the tab stop follows it. */
  protected onFocusIn(event: FocusEvent): void {
    const at = cellOf(event.target as HTMLElement, this.visibleRows());
    if (!at) return;
    this.focusTarget.set(at);
    const grid = (event.target as HTMLElement).closest('[role="grid"]');
    const from = event.relatedTarget as Node | null;
    const byPointer = event.timeStamp - this.lastPointerDown < 1000;
    if (grid && !byPointer && !(from && grid.contains(from)))
      bringGridIntoView(this.host.nativeElement);
  }

  protected onDblClick(event: MouseEvent): void {
    const at = cellOf(event.target as HTMLElement, this.visibleRows());
    if (!at?.protocolId || this.readOnly()) return;
    const row = this.visibleRows()[at.row];
    const column = this.columns()[at.col - 1];
    if (row && column && row.applies[at.col - 1]) this.openDialog(row, column);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const at = cellOf(target, this.visibleRows());
    // Keys pressed on a cell itself (not on a control inside one).
    if (!at || !target.hasAttribute('data-col')) return;

    const move = moveForKey(event);
    if (move) {
      event.preventDefault();
      this.cancelMinus();
      this.focusCell(moveFocus(this.shape(), { row: at.row, col: at.col }, move));
      return;
    }

    const action = ratingKeyAction(event, this.minusPending());
    if (action.kind === 'none') {
      if (event.key !== 'Shift') this.cancelMinus();
      return;
    }
    event.preventDefault();
    if (action.kind === 'help') {
      this.helpOpen.set(true);
      writeHelpPreference(true);
      this.message.set(HELP_SHOWN_MESSAGE);
      return;
    }
    if (action.kind === 'ignore') return;
    const wasMinus = this.minusPending();
    this.cancelMinus();
    const row = this.visibleRows()[at.row];
    if (this.readOnly() || !row) return;

    const columnCount = this.columns().length;
    const command = cellCommand(action, {
      col: at.col,
      columnCount,
      applies: row.applies,
      wasMinus,
    });
    const column = this.columns()[at.col - 1];
    switch (command.kind) {
      case 'confirmRow':
        return this.confirmRow(row);
      case 'startMinus':
        return this.startMinus();
      case 'rate':
        return this.rate(row, column, command.value);
      case 'clear':
        this.write(row, column, { clear: true, value: null });
        return this.message.set(CLEARED_MESSAGE);
      case 'details':
        return this.openDialog(row, column);
    }
  }

  /** Confirms every carried-forward rating of the row by writing the same values again. */
  protected confirmRow(row: GridRowModel): void {
    if (this.readOnly()) return;
    const { edits, needEvidence } = confirmRowEdits(row, this.columns(), this.perspective());
    this.editor.editAll(edits);
    this.message.set(confirmRowMessage(row.protocol.name, edits.length, needEvidence));
  }

  /** Opens the rating and evidence dialog of the focused cell (for the details panel's button). */
  protected openSelected(): void {
    const selected = this.selected();
    if (selected?.column) this.openDialog(selected.row, selected.column);
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
    this.message.set(ratedMessage(value, this.words(), dropped));
  }

  private write(
    row: GridRowModel,
    column: GridColumn,
    change: Pick<RatingEdit, 'clear' | 'value' | 'evidence'>,
    perspective = this.perspective(),
  ): void {
    this.editor.edit({
      protocolId: row.protocol.id,
      principleKey: column.key,
      perspective,
      ...change,
    });
  }

  private openDialog(row: GridRowModel, column: GridColumn, preset?: Rating | null): void {
    const perspective = this.perspective();
    const label = this.showGap() ? this.perspectiveLabels[perspective] : null;
    const data = evidenceDialogData(row, column, perspective, label, this.words(), preset);
    this.dialog.open(data).subscribe((result) => {
      if (!result) {
        // Nothing was written: say what the cell still holds.
        const still = row.ratings[perspective]()[column.key]?.value;
        this.message.set(cancelledMessage(still, this.words()));
        return;
      }
      const { value, evidence } = result;
      this.write(row, column, { clear: false, value, evidence }, perspective);
      this.message.set(dialogSavedMessage(value, !!evidence, this.words()));
    });
  }

  private focusCell(pos: GridPosition): void {
    const row = this.visibleRows()[pos.row];
    if (!row) return;
    this.focusTarget.set({ protocolId: row.protocol.id, col: pos.col, row: pos.row });
    focusCellElement(cellDomId(row.protocol.id, pos.col));
  }

  private startMinus(): void {
    this.minusPending.set(true);
    this.message.set(MINUS_MESSAGE);
    this.minusWait.start();
  }

  private cancelMinus(): void {
    this.minusWait.cancel();
    if (this.minusPending()) this.minusPending.set(false);
  }
}
