import { formatIndex, MINUS } from './index-format';

describe('an index as people read it', () => {
  it('has one decimal, rounded halves away from zero', () => {
    expect(formatIndex(39.92096)).toBe('39.9');
    expect(formatIndex(39.94)).toBe('39.9');
    expect(formatIndex(0)).toBe('0.0');
  });

  it('shows a negative index with a true minus sign, so it is read out as negative', () => {
    expect(formatIndex(-24.75)).toBe(`${MINUS}24.8`);
    expect(formatIndex(-12.25)).toBe('\u221212.3');
  });

  it('never shows "−0.0": a tiny negative rounds to zero', () => {
    expect(formatIndex(-0.04)).toBe('0.0');
  });

  it('shows a dash when there is no index', () => {
    expect(formatIndex(null)).toBe('–');
    expect(formatIndex(undefined)).toBe('–');
  });
});
