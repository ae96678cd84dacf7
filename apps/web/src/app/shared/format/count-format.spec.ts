import { formatCount, formatUtcDay, formatUtcMonth } from './count-format';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

describe('count and day formats', () => {
  it('writes counts with British thousands separators, as toLocaleString does', () => {
    const counts = [0, 1, 12, 123, 999, 1000, 1234, 99_999, 100_000, 1234567, 2 ** 40, -5, -1234];
    for (const n of [...counts, 0.5, 1234.5678, -0.25, 12.0004]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }
    for (let n = 0; n < 20_000; n += 7) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes a day as "30 June 2026", in UTC whatever the local zone', () => {
    expect(formatUtcDay(new Date('2026-06-30T23:30:00Z'))).toBe('30 June 2026');
    expect(formatUtcDay(new Date('2026-01-01T00:00:00Z'))).toBe('1 January 2026');
  });

  it('writes every day of several years as Intl does', () => {
    const start = Date.UTC(2024, 0, 1, 12);
    for (let day = 0; day < 3 * 366; day += 1) {
      const date = new Date(start + day * 86_400_000);
      expect(formatUtcDay(date)).toBe(DAY.format(date));
    }
  });

  it('writes a month as Intl does ("Sept 2026")', () => {
    const month = new Intl.DateTimeFormat('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let m = 0; m < 24; m += 1) {
      const date = new Date(Date.UTC(2026, m, 1, 12));
      expect(formatUtcMonth(date)).toBe(month.format(date));
    }
    expect(formatUtcMonth(new Date('2026-09-30T23:30:00Z'))).toBe('Sept 2026');
  });

  it('refuses an invalid date, as Intl does', () => {
    expect(() => formatUtcDay(new Date('not a date'))).toThrow(RangeError);
    expect(() => formatUtcMonth(new Date('not a date'))).toThrow(RangeError);
  });
});
