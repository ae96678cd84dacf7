import { aTrendPoint } from '../testing/builders';
import { trendSeries, trendSummary, trendTable, withheldText } from './trend';

const early = aTrendPoint({
  periodEnd: '2023-06-30',
  label: 'H1 2023',
  councils: 3,
  median: null,
  q1: null,
  q3: null,
  suppressed: true,
});
const first = aTrendPoint({
  periodEnd: '2023-12-31',
  label: 'H2 2023',
  median: -10.2,
  q1: -15,
  q3: -4,
});
const last = aTrendPoint();
const options = { subject: 'the network median', minimum: 5 };

describe('the network trend', () => {
  it('says where the median started and ended, and why half-years are missing', () => {
    expect(trendSummary([early, first, last], options)).toBe(
      'The network median rose from −10.2 in H2 2023 to 2.4 in H2 2025; 1 half-year is withheld because fewer than 5 councils reported.',
    );
    expect(trendSummary([last, { ...first, label: 'H1 2026' }], options)).toBe(
      'The network median fell from 2.4 in H2 2025 to −10.2 in H1 2026.',
    );
  });

  it('says so when every half-year is withheld, or there is none', () => {
    expect(trendSummary([early], options)).toBe(
      'Every half-year is withheld: in each, fewer than 5 councils reported.',
    );
    expect(trendSummary([], options)).toMatch(/no trend/);
  });

  it('draws the median with the interquartile range as a band, leaving withheld half-years out', () => {
    expect(trendSeries([early, first, last])).toEqual([
      {
        name: 'Median',
        series: [
          { name: 'H2 2023', value: -10.2, min: -15, max: -4 },
          { name: 'H2 2025', value: 2.4, min: -5.1, max: 12.3 },
        ],
      },
    ]);
    expect(trendSeries([early])).toEqual([]);
  });

  it('lists every half-year in the table, withheld ones explained', () => {
    const table = trendTable([early, last], 5);
    expect(table.rows[0]).toEqual({
      label: 'H1 2023',
      periodEnd: '2023-06-30',
      councils: 3,
      q1: null,
      median: null,
      q3: null,
      note: 'Withheld: only 3 councils reported (at least 5 are needed)',
    });
    expect(table.rows[1]).toMatchObject({ median: 2.4, note: null });
    expect(withheldText({ ...early, councils: 1 }, 5)).toBe(
      'Withheld: only 1 council reported (at least 5 are needed)',
    );
  });
});
