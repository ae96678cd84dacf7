import { cellCommand, type CellAt } from './cell-commands';

const on = (col: number, more: Partial<CellAt> = {}): CellAt => ({
  col,
  columnCount: 3,
  applies: [true, false, true],
  wasMinus: false,
  ...more,
});

describe('what a rating key does to the focused cell', () => {
  it('rates, clears and opens the details of a principle that applies', () => {
    expect(cellCommand({ kind: 'rate', value: -1 }, on(1))).toEqual({ kind: 'rate', value: -1 });
    expect(cellCommand({ kind: 'clear' }, on(3))).toEqual({ kind: 'clear' });
    expect(cellCommand({ kind: 'details' }, on(1))).toEqual({ kind: 'details' });
  });

  it('does nothing on a principle that does not apply, nor on the score and gap columns', () => {
    expect(cellCommand({ kind: 'rate', value: 1 }, on(2))).toEqual({ kind: 'nothing' });
    expect(cellCommand({ kind: 'details' }, on(4))).toEqual({ kind: 'nothing' });
    expect(cellCommand({ kind: 'clear' }, on(0))).toEqual({ kind: 'nothing' });
  });

  it('confirms the row with C anywhere in it, and with Enter on the protocol’s name', () => {
    expect(cellCommand({ kind: 'confirmRow' }, on(2))).toEqual({ kind: 'confirmRow' });
    expect(cellCommand({ kind: 'confirmRow' }, on(4))).toEqual({ kind: 'confirmRow' });
    expect(cellCommand({ kind: 'details' }, on(0))).toEqual({ kind: 'confirmRow' });
  });

  it('a "−" waits for its digit; a second one in a row cancels the wait', () => {
    expect(cellCommand({ kind: 'minus' }, on(1))).toEqual({ kind: 'startMinus' });
    expect(cellCommand({ kind: 'minus' }, on(1, { wasMinus: true }))).toEqual({
      kind: 'nothing',
    });
  });
});
