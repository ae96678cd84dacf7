import { type Perspective } from '@rcp/vocabulary';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { AuditRating } from '@rcp/api-contract';
import type { GridColumn, GridRowModel } from '../audit-page/audit-editor';
import {
  ageInWords,
  ageOf,
  cellName,
  classInWords,
  CONTEXT_NEED_WORDS,
  formatScore,
  ratingMark,
  RatingWords,
} from '../model/rating-text';

/** The id of a cell of the grid, by protocol and column number (0 = the protocol itself). */
export function cellDomId(protocolId: string, col: number): string {
  return `cell-${protocolId}-${col}`;
}

interface CellView {
  readonly key: string;
  readonly applies: boolean;
  readonly mark: string;
  readonly name: string;
  readonly css: string;
  readonly carried: boolean;
  readonly age: string;
  readonly evidence: boolean;
}

function toneOf(rating: AuditRating | undefined): string {
  if (!rating) return 'grid__cell--empty';
  if (rating.value === null) return 'grid__cell--na';
  if (rating.value > 0) return 'grid__cell--pos';
  if (rating.value < 0) return 'grid__cell--neg';
  return 'grid__cell--zero';
}

/**
 * One protocol's row of the rating grid. It reads only its own row's signals, so a change to one
 * cell re-renders one row, not the grid.
 */
@Component({
  selector: 'rcp-grid-row',
  host: {
    role: 'row',
    class: 'grid__row',
    '[attr.data-protocol]': 'row().protocol.id',
  },
  template: `
    <div
      role="rowheader"
      class="grid__protocol"
      [id]="id(0)"
      data-col="0"
      [attr.tabindex]="focusedCol() === 0 ? 0 : -1"
      [attr.aria-label]="headerName()"
    >
      <span class="grid__protocol-name">{{ row().protocol.name }}</span>
      <span class="grid__protocol-meta"
        >{{ categoryTitle() }} · {{ row().protocol.serviceArea }} · {{ need()
        }}{{ row().protocol.scope === 'wider' ? ' · Wider environment' : '' }}</span
      >
      @if (carriedCount() > 0) {
        @if (readOnly()) {
          <span class="grid__protocol-carried">{{ carriedCount() }} carried forward</span>
        } @else {
          <button
            type="button"
            class="grid__confirm"
            tabindex="-1"
            (click)="confirmRow.emit()"
            [attr.aria-label]="
              confirmText() +
              ' ' +
              (carriedCount() === 1 ? 'rating' : 'ratings') +
              ' in this row: ' +
              row().protocol.name
            "
          >
            {{ confirmText() }}
          </button>
        }
      }
    </div>
    @for (cell of cells(); track cell.key; let i = $index) {
      @if (cell.applies) {
        <div
          role="gridcell"
          [id]="id(i + 1)"
          [attr.data-col]="i + 1"
          [attr.tabindex]="focusedCol() === i + 1 ? 0 : -1"
          [attr.aria-label]="cell.name"
          [class]="cell.css"
        >
          <span class="grid__mark" aria-hidden="true">{{
            focusedCol() === i + 1 && minusPending() ? '−?' : cell.mark
          }}</span>
          @if (cell.carried) {
            <span class="grid__age" aria-hidden="true">↻ {{ cell.age }}</span>
          }
          @if (cell.evidence) {
            <span class="grid__evidence" aria-hidden="true" title="Has evidence">✎</span>
          }
        </div>
      } @else {
        <div role="gridcell" class="grid__cell grid__cell--off" [attr.aria-label]="cell.name">
          <span aria-hidden="true">—</span>
        </div>
      }
    }
    <div
      role="gridcell"
      class="grid__score"
      [id]="id(scoreCol())"
      [attr.data-col]="scoreCol()"
      [attr.tabindex]="focusedCol() === scoreCol() ? 0 : -1"
      [attr.aria-label]="scoreName()"
    >
      <span class="grid__score-value">{{ score() }}</span>
      <span class="grid__score-class" [class]="'grid__class--' + (result().class ?? 'unscored')">{{
        classWords()
      }}</span>
      @if (result().mismatch) {
        <span class="grid__mismatch">⚠ Mismatch</span>
      }
    </div>
    @if (showGap()) {
      <div
        role="gridcell"
        class="grid__gap"
        [id]="id(scoreCol() + 1)"
        [attr.data-col]="scoreCol() + 1"
        [attr.tabindex]="focusedCol() === scoreCol() + 1 ? 0 : -1"
        [attr.aria-label]="'Largest gap between perspectives: ' + gapText()"
      >
        {{ gapText() }}
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GridRow {
  readonly row = input.required<GridRowModel>();
  readonly columns = input.required<readonly GridColumn[]>();
  readonly perspective = input.required<Perspective>();
  readonly words = input.required<RatingWords>();
  readonly categoryTitle = input.required<string>();
  /** The column of this row that holds the grid's one tab stop; −1 when another row has it. */
  readonly focusedCol = input(-1);
  readonly minusPending = input(false);
  readonly readOnly = input(true);
  readonly showGap = input(false);
  readonly gapText = input('');

  readonly confirmRow = output<void>();

  protected readonly need = computed(
    () => CONTEXT_NEED_WORDS[this.row().protocol.contextNeed] ?? '',
  );
  protected readonly ratings = computed(() => this.row().ratings[this.perspective()]());
  protected readonly result = computed(() => this.row().result[this.perspective()]());
  protected readonly scoreCol = computed(() => this.columns().length + 1);
  protected readonly score = computed(() => formatScore(this.result().score));
  protected readonly classWords = computed(() => classInWords(this.result().class));

  protected readonly cells = computed<CellView[]>(() => {
    const ratings = this.ratings();
    const applies = this.row().applies;
    const name = this.row().protocol.name;
    const words = this.words();
    return this.columns().map((col, i) => {
      if (!applies[i]) {
        return {
          key: col.key,
          applies: false,
          mark: '',
          name: `${name}, ${col.title}: does not apply to this protocol`,
          css: '',
          carried: false,
          age: '',
          evidence: false,
        };
      }
      const rating = ratings[col.key];
      const carried = rating?.carriedForward ?? false;
      return {
        key: col.key,
        applies: true,
        mark: ratingMark(rating?.value),
        name:
          cellName(name, col.title, rating, words) +
          (carried && rating ? ` (${ageInWords(rating.ratedAt)} old)` : ''),
        css: `grid__cell ${toneOf(rating)}${carried ? ' grid__cell--carried' : ''}`,
        carried,
        age: carried && rating ? ageOf(rating.ratedAt) : '',
        evidence: !!rating?.evidence,
      };
    });
  });

  protected readonly carriedCount = computed(() => {
    const ratings = this.ratings();
    const applies = this.row().applies;
    return this.columns().filter((c, i) => applies[i] && ratings[c.key]?.carriedForward).length;
  });

  protected readonly confirmText = computed(() => {
    const n = this.carriedCount();
    return n === 1 ? 'Confirm 1 carried-forward' : `Confirm all ${n} carried-forward`;
  });

  protected readonly headerName = computed(() => {
    const p = this.row().protocol;
    let text = `${p.name}, ${this.categoryTitle()}, ${p.serviceArea}, ${this.need()}`;
    if (p.scope === 'wider') text += ', wider environment';
    const carried = this.carriedCount();
    if (carried > 0) {
      text += `, ${carried} carried-forward ${carried === 1 ? 'rating' : 'ratings'} not yet confirmed`;
      if (!this.readOnly()) text += ': press C to confirm them';
    }
    return text;
  });

  protected readonly scoreName = computed(() => {
    const r = this.result();
    return `${this.row().protocol.name}, score ${this.score()}, ${this.classWords()}${
      r.mismatch ? ', mismatch: a relational need governed by inhibiting rules' : ''
    }`;
  });

  protected id(col: number): string {
    return cellDomId(this.row().protocol.id, col);
  }
}
