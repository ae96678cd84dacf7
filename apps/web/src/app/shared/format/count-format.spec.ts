import { formatCount, formatUtcDay } from './count-format';

describe('count and day formats', () => {
  it('writes counts with British thousands separators, as toLocaleString does', () => {
    for (const n of [0, 1, 12, 1234, 1234567, -5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes a day as "30 June 2026", in UTC whatever the local zone', () => {
    expect(formatUtcDay(new Date('2026-06-30T23:30:00Z'))).toBe('30 June 2026');
  });
});
