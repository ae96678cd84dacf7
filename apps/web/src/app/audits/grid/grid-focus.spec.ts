import { gridColumns, gridRows } from '../audit-page/grid-model';
import { aFramework, threeProtocols } from '../testing/builders';
import { cellOf, focusPosition, gridShape } from './grid-focus';

/** p-a relational (all four apply), p-b transactional (two do not), p-c mixed. */
function rows() {
  const framework = aFramework();
  return gridRows(framework.scoring, threeProtocols(), gridColumns(framework)).rows;
}

describe('the grid’s tab stop', () => {
  it('has a name, the principles, the score and, with several perspectives, a gap column', () => {
    const all = rows();
    expect(gridShape(all, 4, false).cols).toBe(6);
    const shape = gridShape(all, 4, true);
    expect(shape.rows).toBe(3);
    expect(shape.cols).toBe(7);
    expect(shape.focusable(1, 0)).toBe(true);
    expect(shape.focusable(1, 1)).toBe(false); // does not apply to a transactional protocol
    expect(shape.focusable(1, 3)).toBe(true);
    expect(shape.focusable(1, 5)).toBe(true);
  });

  it('stays on its protocol’s row wherever that row is now', () => {
    const all = rows();
    const shown = [all[2], all[0]];
    const shape = gridShape(shown, 4, false);
    expect(focusPosition(shown, shape, { protocolId: 'p-a', col: 2, row: 0 })).toEqual({
      row: 1,
      col: 2,
    });
  });

  it('moves to the nearest cell when its row is hidden or its cell cannot take focus', () => {
    const all = rows();
    const shape = gridShape(all, 4, false);
    expect(focusPosition(all, shape, { protocolId: null, col: 1, row: 0 })).toEqual({
      row: 0,
      col: 1,
    });
    const onB = focusPosition(all, shape, { protocolId: 'p-b', col: 1, row: 1 });
    expect(shape.focusable(onB.row, onB.col)).toBe(true);
    const none = gridShape([], 4, false);
    expect(focusPosition([], none, { protocolId: 'p-a', col: 1, row: 0 })).toEqual({
      row: -1,
      col: -1,
    });
  });

  it('finds the cell an element is in among the rows shown', () => {
    const all = rows();
    const row = document.createElement('div');
    row.setAttribute('data-protocol', 'p-b');
    const cell = document.createElement('div');
    cell.setAttribute('data-col', '3');
    const inner = document.createElement('button');
    cell.appendChild(inner);
    row.appendChild(cell);
    expect(cellOf(inner, all)).toEqual({ protocolId: 'p-b', col: 3, row: 1 });
    expect(cellOf(inner, [all[0]])).toBeNull();
    expect(cellOf(row, all)).toBeNull();
    expect(cellOf(null, all)).toBeNull();
  });
});
