import { halfYears, nextHalfYear } from './demo-periods';

describe('the demo audits’ periods', () => {
  it('counts half-years back from the last one, oldest first', () => {
    expect(halfYears('2026-06-30', 3)).toEqual([
      { start: '2025-01-01', end: '2025-06-30', label: 'H1 2025 (January to June)' },
      { start: '2025-07-01', end: '2025-12-31', label: 'H2 2025 (July to December)' },
      { start: '2026-01-01', end: '2026-06-30', label: 'H1 2026 (January to June)' },
    ]);
    expect(halfYears('2025-12-31', 1)).toEqual([
      { start: '2025-07-01', end: '2025-12-31', label: 'H2 2025 (July to December)' },
    ]);
  });

  it('the next half-year is whole once it has ended, else as far as it has gone', () => {
    expect(nextHalfYear('2026-06-30', '2027-01-15')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      label: 'H2 2026 (July to December)',
    });
    expect(nextHalfYear('2026-06-30', '2026-11-30')).toEqual({
      start: '2026-07-01',
      end: '2026-11-30',
      label: 'H2 2026 so far (July to November)',
    });
    expect(nextHalfYear('2026-12-31', '2027-03-31')).toEqual({
      start: '2027-01-01',
      end: '2027-03-31',
      label: 'H1 2027 so far (January to March)',
    });
    // Not begun yet: the whole half-year.
    expect(nextHalfYear('2026-12-31', '2026-12-31').end).toBe('2027-06-30');
  });
});
