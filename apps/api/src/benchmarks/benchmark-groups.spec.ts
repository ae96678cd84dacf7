import { halfYearLabel, inGroup, letters, positionAgainst, trendPoints } from './benchmark-groups';

describe('benchmark groups', () => {
  const council = { type: 'district', region: 'North West', population_band: '150k-300k' };

  it('a council is in a group when it matches every facet the group sets', () => {
    expect(inGroup(council, { type: null, region: null, populationBand: null })).toBe(true);
    expect(inGroup(council, { type: 'district', region: 'North West', populationBand: null })).toBe(
      true,
    );
    expect(inGroup(council, { type: 'unitary', region: null, populationBand: null })).toBe(false);
    expect(inGroup(council, { type: null, region: null, populationBand: '<150k' })).toBe(false);
  });

  it('anonymous labels run A … Z, then AA, AB …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(letters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
    ]);
  });

  it('half-years are named by the month the period ends', () => {
    expect(halfYearLabel('2026-06-30')).toBe('H1 2026');
    expect(halfYearLabel('2026-12-31')).toBe('H2 2026');
    expect(halfYearLabel('2026-07-31')).toBe('H2 2026');
  });

  it('within five points of the median is near; beyond it above or below', () => {
    expect(positionAgainst(55, 50)).toBe('near');
    expect(positionAgainst(45, 50)).toBe('near');
    expect(positionAgainst(55.1, 50)).toBe('above');
    expect(positionAgainst(44.9, 50)).toBe('below');
    expect(positionAgainst(null, 50)).toBeNull();
    expect(positionAgainst(50, null)).toBeNull();
  });

  it('the trend gives quartiles per period only where enough councils are in it', () => {
    const rows = [
      { period_end: '2026-06-30', value: 10 },
      { period_end: '2025-12-31', value: 40 },
      { period_end: '2026-06-30', value: 20 },
      { period_end: '2026-06-30', value: 30 },
      { period_end: '2026-06-30', value: null },
    ];
    expect(trendPoints(rows, 3)).toEqual([
      {
        periodEnd: '2025-12-31',
        label: 'H2 2025',
        councils: 1,
        median: null,
        q1: null,
        q3: null,
        suppressed: true,
      },
      {
        periodEnd: '2026-06-30',
        label: 'H1 2026',
        councils: 3,
        median: 20,
        q1: 15,
        q3: 25,
        suppressed: false,
      },
    ]);
  });
});
