import type { GridRowModel } from '../audit-page/grid-model';
import { GridPosition, GridShape, nearestFocusable } from '../model/grid-navigation';

/** Where the grid's one tab stop is, among the rows shown, and moving the focus to it. */

/** The tab stop as protocol and column, with the row index it was last on. */
export interface FocusTarget {
  readonly protocolId: string | null;
  readonly col: number;
  readonly row: number;
}

/**
 * The rows shown as a shape to move in: the protocol's name (column 0), the principles that
 * apply, the score and, with several perspectives, the gap.
 */
export function gridShape(
  rows: readonly GridRowModel[],
  columnCount: number,
  showGap: boolean,
): GridShape {
  const n = columnCount;
  return {
    rows: rows.length,
    cols: n + 2 + (showGap ? 1 : 0),
    focusable: (row, col) => col === 0 || col > n || rows[row]?.applies[col - 1] === true,
  };
}

/**
 * The tab stop as a position among the rows shown: its protocol's row, or the nearest focusable
 * cell when that row is hidden (or the cell is not focusable); {-1, -1} when nothing is.
 */
export function focusPosition(
  rows: readonly GridRowModel[],
  shape: GridShape,
  target: FocusTarget,
): GridPosition {
  const index = target.protocolId ? rows.findIndex((r) => r.protocol.id === target.protocolId) : -1;
  if (index >= 0 && shape.focusable(index, target.col)) return { row: index, col: target.col };
  return (
    nearestFocusable(shape, { row: index >= 0 ? index : target.row, col: target.col }) ?? {
      row: -1,
      col: -1,
    }
  );
}

/** The cell an element is in (or is), as a tab stop among the rows shown; null outside them. */
export function cellOf(
  el: HTMLElement | null,
  rows: readonly GridRowModel[],
): { protocolId: string; col: number; row: number } | null {
  const cell = el?.closest<HTMLElement>('[data-col]');
  const rowEl = el?.closest<HTMLElement>('[data-protocol]');
  if (!cell || !rowEl) return null;
  const protocolId = rowEl.getAttribute('data-protocol') ?? '';
  const row = rows.findIndex((r) => r.protocol.id === protocolId);
  if (row < 0) return null;
  return { protocolId, col: Number(cell.getAttribute('data-col')), row };
}

/**
 * Focus came into the grid: scrolls the page so that the summary and the whole grid are in sight
 * (the grid is sized to fit under the summary), unless they already are.
 */
export function bringGridIntoView(host: HTMLElement): void {
  const frame = host.querySelector<HTMLElement>('.rating-grid__frame');
  const grid = frame?.querySelector<HTMLElement>('[role="grid"]');
  if (!frame || !grid || typeof window === 'undefined') return;
  const top = frame.getBoundingClientRect().top;
  const bottom = grid.getBoundingClientRect().bottom;
  if (top >= 0 && bottom <= window.innerHeight) return;
  window.scrollBy({ top, behavior: 'instant' });
}

/** Focuses a cell by its id and scrolls it just into sight. */
export function focusCellElement(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  // Sticky header and first column: cells keep a scroll margin, so 'nearest' clears them.
  el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
