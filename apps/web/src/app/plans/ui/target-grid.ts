import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChildren,
} from '@angular/core';
import type { TargetRatings } from '@rcp/api-contract';
import { targetGridKey, targetSymbol, targetWords } from '../model/target-grid';

export interface TargetColumn {
  readonly key: string;
  readonly title: string;
}

/**
 * The target ratings of a change: one row, a cell per principle that applies to the protocol, with
 * the audit grid's keys (arrows move; 2, 1, 0, "−1", "−2" set; N not applicable; Delete clears).
 * Only the focused cell is in the Tab order (a roving tabindex), as in the audit grid.
 */
@Component({
  selector: 'rcp-target-grid',
  template: `
    <p class="hint" id="target-grid-help">
      Move along the row with the arrow keys. Type 2, 1 or 0, or “−” then 1 or 2, to set a target; N
      for not applicable; Delete to clear it. Or choose a cell and pick its target from the list
      below the grid.
    </p>
    <div class="table-scroll">
      <div
        role="grid"
        class="tgrid"
        [attr.aria-label]="label()"
        aria-describedby="target-grid-help"
        [attr.aria-readonly]="readOnly() ? 'true' : null"
        data-testid="target-grid"
      >
        <div role="row" class="tgrid__row">
          @for (c of columns(); track c.key) {
            <div role="columnheader" class="tgrid__head" [id]="'target-col-' + c.key">
              {{ c.title }}
            </div>
          }
        </div>
        <div role="row" class="tgrid__row">
          @for (c of columns(); track c.key; let i = $index) {
            <div
              #cell
              role="gridcell"
              class="tgrid__cell"
              [class.tgrid__cell--set]="targets()[c.key] !== undefined"
              [attr.tabindex]="i === focus().col ? 0 : -1"
              [attr.aria-labelledby]="'target-col-' + c.key + ' target-val-' + c.key"
              [attr.data-testid]="'target-' + c.key"
              (keydown)="onKey($event)"
              (focus)="focused(i)"
            >
              <span class="tgrid__value" [id]="'target-val-' + c.key">
                <span aria-hidden="true">{{ symbol(c.key) }}</span>
                <span class="visually-hidden">{{ words(c.key) }}</span>
              </span>
            </div>
          }
        </div>
      </div>
    </div>
    @if (!readOnly() && columns()[focus().col]; as col) {
      <div class="tgrid__picker">
        <label for="target-picker">Target for {{ col.title }}</label>
        <select id="target-picker" (change)="pick($event, col.key)">
          @for (o of options; track o.value) {
            <option [value]="o.value" [selected]="o.value === current(col.key)">
              {{ o.label }}
            </option>
          }
        </select>
      </div>
    }
    <p class="visually-hidden" role="status">{{ announcement() }}</p>
  `,
  styles: `
    .tgrid {
      display: table;
      border-collapse: collapse;
      margin-bottom: 0.5rem;
    }
    .tgrid__row {
      display: table-row;
    }
    .tgrid__head,
    .tgrid__cell {
      display: table-cell;
      border: 1px solid #c4c6d0;
      padding: 0.35rem;
      text-align: center;
      vertical-align: bottom;
      min-width: 4.5rem;
    }
    .tgrid__head {
      font-size: 0.8125rem;
      font-weight: 700;
      max-width: 7rem;
    }
    .tgrid__cell {
      height: 2.75rem;
      font-size: 1.125rem;
      font-weight: 700;
      cursor: default;
      background: var(--rcp-surface);
      &:focus {
        outline: 3px solid var(--rcp-focus);
        outline-offset: -3px;
      }
    }
    .tgrid__picker {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      label {
        font-weight: 700;
      }
      select {
        font: inherit;
        padding: 0.3rem;
      }
    }
    .tgrid__cell--set {
      background: #eef3fb;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetGrid {
  readonly columns = input.required<readonly TargetColumn[]>();
  readonly targets = input.required<TargetRatings>();
  readonly readOnly = input(false);
  readonly label = input('Target ratings');
  readonly targetsChange = output<TargetRatings>();

  protected readonly focus = signal({ col: 0, minusPending: false });
  protected readonly announcement = signal('');
  private readonly cells = viewChildren<ElementRef<HTMLElement>>('cell');

  protected readonly options = [
    { value: '', label: 'No target' },
    { value: '2', label: '+2 strongly enables' },
    { value: '1', label: '+1 enables' },
    { value: '0', label: '0 no effect' },
    { value: '-1', label: '−1 inhibits' },
    { value: '-2', label: '−2 strongly inhibits' },
    { value: 'na', label: 'Not applicable' },
  ];

  protected current(key: string): string {
    const v = this.targets()[key];
    return v === undefined ? '' : v === null ? 'na' : String(v);
  }

  protected pick(event: Event, key: string): void {
    const raw = (event.target as HTMLSelectElement).value;
    const next = { ...this.targets() };
    if (raw === '') delete next[key];
    else next[key] = raw === 'na' ? null : (Number(raw) as -2 | -1 | 0 | 1 | 2);
    this.targetsChange.emit(next);
  }

  protected symbol(key: string): string {
    return targetSymbol(this.targets()[key]);
  }
  protected words(key: string): string {
    return targetWords(this.targets()[key]);
  }
  protected focused(col: number): void {
    if (col !== this.focus().col) this.focus.set({ col, minusPending: false });
  }

  protected onKey(event: KeyboardEvent): void {
    const keys = this.columns().map((c) => c.key);
    const result = targetGridKey(event, keys, this.targets(), this.focus());
    if (!result.handled) return;
    event.preventDefault();
    const moved = result.focus.col !== this.focus().col;
    this.focus.set(result.focus);
    if (moved) this.cells()[result.focus.col]?.nativeElement.focus();
    if (result.targets && !this.readOnly()) {
      const key = keys[result.focus.col];
      this.targetsChange.emit(result.targets);
      const column = this.columns()[result.focus.col];
      this.announcement.set(`${column.title}: ${targetWords(result.targets[key])}`);
    }
  }
}
