import {
  GridShape,
  moveFocus,
  moveForKey,
  nearestFocusable,
  firstFocusable,
} from './grid-navigation';

/**
 * A grid drawn as text: one string per row, '.' a cell that can take focus, 'x' one that cannot
 * (a principle that does not apply to the protocol).
 */
function grid(...rows: string[]): GridShape {
  return {
    rows: rows.length,
    cols: rows[0]?.length ?? 0,
    focusable: (r, c) => rows[r]?.[c] === '.',
  };
}

describe('moving around the rating grid by keyboard', () => {
  const g = grid(
    '..x..', // row 0
    '.xx..', // row 1: columns 1 and 2 do not apply
    '.....', // row 2
  );

  it('arrow keys move one cell in their direction', () => {
    expect(moveFocus(g, { row: 2, col: 2 }, 'left')).toEqual({ row: 2, col: 1 });
    expect(moveFocus(g, { row: 2, col: 2 }, 'right')).toEqual({ row: 2, col: 3 });
    expect(moveFocus(g, { row: 2, col: 3 }, 'up')).toEqual({ row: 1, col: 3 });
    expect(moveFocus(g, { row: 0, col: 0 }, 'down')).toEqual({ row: 1, col: 0 });
  });

  it('right and left skip cells that do not apply', () => {
    expect(moveFocus(g, { row: 0, col: 1 }, 'right')).toEqual({ row: 0, col: 3 });
    expect(moveFocus(g, { row: 1, col: 3 }, 'left')).toEqual({ row: 1, col: 0 });
  });

  it('up and down skip rows where the cell does not apply', () => {
    expect(moveFocus(g, { row: 0, col: 1 }, 'down')).toEqual({ row: 2, col: 1 });
    expect(moveFocus(g, { row: 2, col: 2 }, 'up')).toEqual({ row: 2, col: 2 });
  });

  it('stays put at the edges instead of wrapping', () => {
    expect(moveFocus(g, { row: 0, col: 0 }, 'left')).toEqual({ row: 0, col: 0 });
    expect(moveFocus(g, { row: 0, col: 4 }, 'right')).toEqual({ row: 0, col: 4 });
    expect(moveFocus(g, { row: 0, col: 3 }, 'up')).toEqual({ row: 0, col: 3 });
    expect(moveFocus(g, { row: 2, col: 3 }, 'down')).toEqual({ row: 2, col: 3 });
  });

  it('Home and End go to the first and last cell of the row that can take focus', () => {
    const h = grid('x..x', '.xx.');
    expect(moveFocus(h, { row: 0, col: 2 }, 'rowStart')).toEqual({ row: 0, col: 1 });
    expect(moveFocus(h, { row: 0, col: 1 }, 'rowEnd')).toEqual({ row: 0, col: 2 });
    expect(moveFocus(h, { row: 1, col: 3 }, 'rowStart')).toEqual({ row: 1, col: 0 });
  });

  it('Ctrl+Home and Ctrl+End go to the first and last cell of the grid', () => {
    const h = grid('x..x', '.xx.', '..xx');
    expect(moveFocus(h, { row: 1, col: 3 }, 'gridStart')).toEqual({ row: 0, col: 1 });
    expect(moveFocus(h, { row: 0, col: 1 }, 'gridEnd')).toEqual({ row: 2, col: 1 });
  });

  it('Page Down and Page Up move a page of rows, to a row where the cell applies', () => {
    const tall = grid(...Array.from({ length: 25 }, (_, i) => (i === 10 ? '.x' : '..')));
    expect(moveFocus(tall, { row: 0, col: 1 }, 'pageDown', 10)).toEqual({ row: 9, col: 1 });
    expect(moveFocus(tall, { row: 0, col: 0 }, 'pageDown', 10)).toEqual({ row: 10, col: 0 });
    expect(moveFocus(tall, { row: 20, col: 1 }, 'pageDown', 10)).toEqual({ row: 24, col: 1 });
    expect(moveFocus(tall, { row: 24, col: 1 }, 'pageUp', 10)).toEqual({ row: 14, col: 1 });
    expect(moveFocus(tall, { row: 3, col: 1 }, 'pageUp', 10)).toEqual({ row: 0, col: 1 });
  });

  it('Page Down goes beyond the page when no row of it has the cell', () => {
    const sparse = grid('..', 'x.', 'x.', 'x.', '..');
    expect(moveFocus(sparse, { row: 0, col: 0 }, 'pageDown', 2)).toEqual({ row: 4, col: 0 });
  });

  it('from outside the grid, any move lands on its first focusable cell', () => {
    expect(moveFocus(g, { row: -1, col: -1 }, 'down')).toEqual({ row: 0, col: 0 });
  });

  it('after filtering, keeps the column in the nearest row that has it (below first)', () => {
    expect(nearestFocusable(g, { row: 1, col: 1 })).toEqual({ row: 2, col: 1 });
    expect(nearestFocusable(grid('..', 'x.', 'x.'), { row: 1, col: 0 })).toEqual({
      row: 0,
      col: 0,
    });
    expect(nearestFocusable(g, { row: 7, col: 2 })).toEqual({ row: 2, col: 2 });
    expect(nearestFocusable(grid('x.', 'x.'), { row: 0, col: 0 })).toEqual({ row: 0, col: 1 });
    expect(nearestFocusable(grid(), { row: 0, col: 0 })).toBeNull();
  });

  it('a grid with nothing to focus has no first cell', () => {
    expect(firstFocusable(grid('xx', 'xx'))).toBeNull();
  });
});

describe('the keys that move focus', () => {
  it('are the arrows, Home, End, Page Up and Page Down', () => {
    expect(moveForKey({ key: 'ArrowLeft' })).toBe('left');
    expect(moveForKey({ key: 'ArrowRight' })).toBe('right');
    expect(moveForKey({ key: 'ArrowUp' })).toBe('up');
    expect(moveForKey({ key: 'ArrowDown' })).toBe('down');
    expect(moveForKey({ key: 'Home' })).toBe('rowStart');
    expect(moveForKey({ key: 'End' })).toBe('rowEnd');
    expect(moveForKey({ key: 'PageUp' })).toBe('pageUp');
    expect(moveForKey({ key: 'PageDown' })).toBe('pageDown');
  });

  it('with Ctrl, Home and End go to the ends of the grid', () => {
    expect(moveForKey({ key: 'Home', ctrlKey: true })).toBe('gridStart');
    expect(moveForKey({ key: 'End', metaKey: true })).toBe('gridEnd');
  });

  it('leaves other keys and Alt combinations to the browser', () => {
    expect(moveForKey({ key: '1' })).toBeNull();
    expect(moveForKey({ key: 'Tab' })).toBeNull();
    expect(moveForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });
});
