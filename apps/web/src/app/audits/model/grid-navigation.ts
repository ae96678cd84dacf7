/**
 * The keyboard navigation model of the rating grid, as pure functions: where focus goes from a
 * cell for each navigation key. Only some cells can take focus (a principle that does not apply to
 * a protocol's context need has no rating to give), and every move skips the others.
 */

/** A cell of the grid: row and column, both counted from 0 over the rows shown. */
export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/** The grid as navigation sees it: its size and which cells can take focus. */
export interface GridShape {
  readonly rows: number;
  readonly cols: number;
  focusable(row: number, col: number): boolean;
}

export type GridMove =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'rowStart'
  | 'rowEnd'
  | 'pageUp'
  | 'pageDown'
  | 'gridStart'
  | 'gridEnd';

/** Rows moved by Page Up and Page Down. */
export const PAGE_ROWS = 10;

/** The move a key asks for, or null when the key does not move focus. */
export function moveForKey(event: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): GridMove | null {
  if (event.altKey) return null;
  const withCtrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowLeft':
      return withCtrl ? null : 'left';
    case 'ArrowRight':
      return withCtrl ? null : 'right';
    case 'ArrowUp':
      return withCtrl ? null : 'up';
    case 'ArrowDown':
      return withCtrl ? null : 'down';
    case 'Home':
      return withCtrl ? 'gridStart' : 'rowStart';
    case 'End':
      return withCtrl ? 'gridEnd' : 'rowEnd';
    case 'PageUp':
      return withCtrl ? null : 'pageUp';
    case 'PageDown':
      return withCtrl ? null : 'pageDown';
    default:
      return null;
  }
}

function inGrid(shape: GridShape, p: GridPosition): boolean {
  return p.row >= 0 && p.row < shape.rows && p.col >= 0 && p.col < shape.cols;
}

function firstInRow(shape: GridShape, row: number): number | null {
  for (let col = 0; col < shape.cols; col++) if (shape.focusable(row, col)) return col;
  return null;
}

function lastInRow(shape: GridShape, row: number): number | null {
  for (let col = shape.cols - 1; col >= 0; col--) if (shape.focusable(row, col)) return col;
  return null;
}

/** The first row after `from` (in direction `step`) whose cell in `col` can take focus. */
function nextRowWith(shape: GridShape, from: number, col: number, step: 1 | -1): number | null {
  for (let row = from + step; row >= 0 && row < shape.rows; row += step) {
    if (shape.focusable(row, col)) return row;
  }
  return null;
}

/**
 * Page Up / Page Down: the furthest row within a page in that direction whose cell in the same
 * column can take focus; when no row of that page has one, the next such row beyond it.
 */
function pageRow(
  shape: GridShape,
  from: GridPosition,
  step: 1 | -1,
  pageRows: number,
): number | null {
  let best: number | null = null;
  for (let k = 1; k <= pageRows; k++) {
    const row = from.row + step * k;
    if (row < 0 || row >= shape.rows) break;
    if (shape.focusable(row, from.col)) best = row;
  }
  return best ?? nextRowWith(shape, from.row + step * pageRows, from.col, step);
}

/** The first cell of the grid that can take focus, or null when none can. */
export function firstFocusable(shape: GridShape): GridPosition | null {
  for (let row = 0; row < shape.rows; row++) {
    const col = firstInRow(shape, row);
    if (col !== null) return { row, col };
  }
  return null;
}

/** The last cell of the grid that can take focus, or null when none can. */
export function lastFocusable(shape: GridShape): GridPosition | null {
  for (let row = shape.rows - 1; row >= 0; row--) {
    const col = lastInRow(shape, row);
    if (col !== null) return { row, col };
  }
  return null;
}

/**
 * Where focus goes from `from` for `move`. Moves skip cells that cannot take focus; a move with
 * nowhere to go leaves focus where it is (no wrapping to the next row, as in a spreadsheet).
 */
export function moveFocus(
  shape: GridShape,
  from: GridPosition,
  move: GridMove,
  pageRows = PAGE_ROWS,
): GridPosition {
  if (!inGrid(shape, from)) return firstFocusable(shape) ?? from;
  const stay = from;
  switch (move) {
    case 'left': {
      for (let col = from.col - 1; col >= 0; col--) {
        if (shape.focusable(from.row, col)) return { row: from.row, col };
      }
      return stay;
    }
    case 'right': {
      for (let col = from.col + 1; col < shape.cols; col++) {
        if (shape.focusable(from.row, col)) return { row: from.row, col };
      }
      return stay;
    }
    case 'up': {
      const row = nextRowWith(shape, from.row, from.col, -1);
      return row === null ? stay : { row, col: from.col };
    }
    case 'down': {
      const row = nextRowWith(shape, from.row, from.col, 1);
      return row === null ? stay : { row, col: from.col };
    }
    case 'pageUp': {
      const row = pageRow(shape, from, -1, pageRows);
      return row === null ? stay : { row, col: from.col };
    }
    case 'pageDown': {
      const row = pageRow(shape, from, 1, pageRows);
      return row === null ? stay : { row, col: from.col };
    }
    case 'rowStart': {
      const col = firstInRow(shape, from.row);
      return col === null ? stay : { row: from.row, col };
    }
    case 'rowEnd': {
      const col = lastInRow(shape, from.row);
      return col === null ? stay : { row: from.row, col };
    }
    case 'gridStart':
      return firstFocusable(shape) ?? stay;
    case 'gridEnd':
      return lastFocusable(shape) ?? stay;
  }
}

/**
 * A position that can take focus, as near as possible to `wanted` (used when the rows shown
 * change, e.g. after filtering): the same column in the nearest row that has it, else the first
 * focusable cell of the nearest row, else null for an empty grid.
 */
export function nearestFocusable(shape: GridShape, wanted: GridPosition): GridPosition | null {
  if (shape.rows === 0) return null;
  const row = Math.min(Math.max(wanted.row, 0), shape.rows - 1);
  for (let distance = 0; distance < shape.rows; distance++) {
    for (const r of distance === 0 ? [row] : [row + distance, row - distance]) {
      if (r < 0 || r >= shape.rows) continue;
      if (wanted.col >= 0 && wanted.col < shape.cols && shape.focusable(r, wanted.col)) {
        return { row: r, col: wanted.col };
      }
    }
  }
  for (let distance = 0; distance < shape.rows; distance++) {
    for (const r of distance === 0 ? [row] : [row + distance, row - distance]) {
      if (r < 0 || r >= shape.rows) continue;
      const col = firstInRow(shape, r);
      if (col !== null) return { row: r, col };
    }
  }
  return null;
}
