import {
  applicableOnly,
  clearTarget,
  targetGridKey,
  targetSymbol,
  targetWords,
} from './target-grid';

const keys = ['a', 'b', 'c'];
const at = (col: number, minusPending = false) => ({ col, minusPending });

describe('targetGridKey', () => {
  it('moves along the row with the arrows, Home and End, without wrapping', () => {
    expect(targetGridKey({ key: 'ArrowRight' }, keys, {}, at(0)).focus.col).toBe(1);
    expect(targetGridKey({ key: 'ArrowLeft' }, keys, {}, at(0)).focus.col).toBe(0);
    expect(targetGridKey({ key: 'End' }, keys, {}, at(0)).focus.col).toBe(2);
    expect(targetGridKey({ key: 'Home' }, keys, {}, at(2)).focus.col).toBe(0);
    expect(targetGridKey({ key: 'ArrowRight' }, keys, {}, at(2)).focus.col).toBe(2);
  });

  it('sets targets with digits, "−" then a digit, and N', () => {
    expect(targetGridKey({ key: '2' }, keys, {}, at(1)).targets).toEqual({ b: 2 });
    const minus = targetGridKey({ key: '-' }, keys, {}, at(0));
    expect(minus.focus.minusPending).toBe(true);
    expect(minus.targets).toBeUndefined();
    expect(targetGridKey({ key: '1' }, keys, {}, minus.focus).targets).toEqual({ a: -1 });
    expect(targetGridKey({ key: 'n' }, keys, { a: 1 }, at(0)).targets).toEqual({ a: null });
    expect(targetGridKey({ key: '0' }, keys, {}, at(2)).targets).toEqual({ c: 0 });
  });

  it('clears a target with Delete or Backspace', () => {
    expect(targetGridKey({ key: 'Delete' }, keys, { a: 1, b: 2 }, at(0)).targets).toEqual({ b: 2 });
    expect(targetGridKey({ key: 'Backspace' }, keys, { a: 1 }, at(0)).targets).toEqual({});
  });

  it('leaves Tab and shortcuts alone, and a move cancels a pending "−"', () => {
    expect(targetGridKey({ key: 'Tab' }, keys, {}, at(0)).handled).toBe(false);
    expect(targetGridKey({ key: '2', ctrlKey: true }, keys, {}, at(0)).handled).toBe(false);
    expect(targetGridKey({ key: 'ArrowRight' }, keys, {}, at(0, true)).focus.minusPending).toBe(
      false,
    );
  });
});

describe('target helpers', () => {
  it('words and symbols', () => {
    expect(targetWords(undefined)).toBe('no target');
    expect(targetWords(null)).toBe('not applicable');
    expect(targetWords(-2)).toBe('−2 strongly inhibits');
    expect(targetSymbol(2)).toBe('+2');
    expect(targetSymbol(-1)).toBe('−1');
    expect(targetSymbol(null)).toBe('N/A');
    expect(targetSymbol(undefined)).toBe('');
  });
  it('keeps only the targets of the given principles', () => {
    expect(applicableOnly({ a: 1, x: 2, b: null }, keys)).toEqual({ a: 1, b: null });
    expect(clearTarget({ a: 1 }, 'z')).toEqual({ a: 1 });
  });
});
