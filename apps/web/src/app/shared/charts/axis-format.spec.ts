import { countTicks, formatIndexTick, formatTick, indexAxisDomain } from './axis-format';

describe('chart axes', () => {
  it('label whole-number ticks with a true minus sign', () => {
    expect([-100, -50, 0, 50, 100].map(formatTick)).toEqual(['−100', '−50', '0', '50', '100']);
    expect(formatTick(-0.4)).toBe('0');
  });

  it('label index ticks to one decimal, as the index is written in the text and tables', () => {
    expect(formatIndexTick(-12.5)).toBe('−12.5');
    expect(formatIndexTick(50)).toBe('50.0');
  });

  it('keep zero on an index axis and leave room for bar labels either side, within ±100', () => {
    expect(indexAxisDomain([51.7, 26.2])).toEqual([0, 60]);
    expect(indexAxisDomain([-29, 8.5])).toEqual([-50, 20]);
    expect(indexAxisDomain([-95, 99])).toEqual([-100, 100]);
    expect(indexAxisDomain([-5])).toEqual([-20, 0]);
    expect(indexAxisDomain([])).toEqual([0, 10]);
  });

  it('count protocols in whole numbers', () => {
    expect(countTicks(14)).toEqual([0, 3, 6, 9, 12, 15]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(0)).toEqual([0]);
  });
});
