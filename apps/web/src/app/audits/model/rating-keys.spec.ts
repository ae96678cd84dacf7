import { ratingKeyAction } from './rating-keys';

const key = (k: string, minus = false, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  ratingKeyAction({ key: k, ...mods }, minus);

describe('the rating keys', () => {
  it('2, 1 and 0 rate +2, +1 and 0', () => {
    expect(key('2')).toEqual({ kind: 'rate', value: 2 });
    expect(key('1')).toEqual({ kind: 'rate', value: 1 });
    expect(key('0')).toEqual({ kind: 'rate', value: 0 });
  });

  it('a minus waits for its digit: "-" then 1 or 2 rates −1 or −2', () => {
    expect(key('-')).toEqual({ kind: 'minus' });
    expect(key('1', true)).toEqual({ kind: 'rate', value: -1 });
    expect(key('2', true)).toEqual({ kind: 'rate', value: -2 });
    expect(key('0', true)).toEqual({ kind: 'rate', value: 0 });
  });

  it('the keypad minus and a typographic minus work too', () => {
    expect(key('Subtract')).toEqual({ kind: 'minus' });
    expect(key('−')).toEqual({ kind: 'minus' });
  });

  it('N (either case) marks not applicable', () => {
    expect(key('n')).toEqual({ kind: 'rate', value: null });
    expect(key('N')).toEqual({ kind: 'rate', value: null });
  });

  it('Delete and Backspace clear the rating', () => {
    expect(key('Delete')).toEqual({ kind: 'clear' });
    expect(key('Backspace')).toEqual({ kind: 'clear' });
  });

  it('Enter opens the rating and evidence dialog; C confirms the row; ? shows the help', () => {
    expect(key('Enter')).toEqual({ kind: 'details' });
    expect(key('c')).toEqual({ kind: 'confirmRow' });
    expect(key('?')).toEqual({ kind: 'help' });
  });

  it('a plus is swallowed, so "+2" typed in full rates +2', () => {
    expect(key('+')).toEqual({ kind: 'ignore' });
    expect(key('2')).toEqual({ kind: 'rate', value: 2 });
  });

  it('leaves keys with Ctrl or Cmd (copy, paste, reload…) and other keys alone', () => {
    expect(key('1', false, { ctrlKey: true })).toEqual({ kind: 'none' });
    expect(key('c', false, { metaKey: true })).toEqual({ kind: 'none' });
    expect(key('3')).toEqual({ kind: 'none' });
    expect(key('Tab')).toEqual({ kind: 'none' });
  });
});
