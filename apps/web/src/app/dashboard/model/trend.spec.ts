import { aTrendPoint, someAudits } from '../testing/dashboard-builders';
import { trendSeries, trendSummary, trendTable } from './trend';

const [h2023, h12024, h22024] = someAudits(3);

describe('the index over time', () => {
  it('says in one sentence where the index started and where it is now', () => {
    const trend = [
      aTrendPoint({ ...h2023, index: -24.785 }),
      aTrendPoint({ ...h12024, index: 7.3 }),
      aTrendPoint({ ...h22024, index: 39.92 }),
    ];
    expect(trendSummary(trend)).toBe('The index rose from −24.8 in H2 2023 to 39.9 in H2 2024.');
  });

  it('says when the index fell, or stayed where it was', () => {
    expect(
      trendSummary([
        aTrendPoint({ ...h2023, index: 10 }),
        aTrendPoint({ ...h12024, index: -3.06 }),
      ]),
    ).toBe('The index fell from 10.0 in H2 2023 to −3.1 in H1 2024.');
    expect(
      trendSummary([aTrendPoint({ ...h2023, index: 5 }), aTrendPoint({ ...h12024, index: 5.01 })]),
    ).toBe('The index was 5.0 in H2 2023 and again 5.0 in H1 2024.');
  });

  it('marks provisional results in the summary and in the table', () => {
    const trend = [
      aTrendPoint({ ...h2023, index: -24.8, provisional: true, coverage: 0.595 }),
      aTrendPoint({ ...h12024, index: 39.9 }),
    ];
    expect(trendSummary(trend)).toBe(
      'The index rose from −24.8 in H2 2023 (provisional) to 39.9 in H1 2024; 1 of the 2 results is provisional, as less of the register had been assessed.',
    );
    expect(trendTable(trend).rows).toEqual([
      {
        audit: 'H2 2023',
        periodEnd: '2023-12-31',
        index: -24.8,
        coverage: 59.5,
        provisional: 'Yes (low coverage)',
      },
      { audit: 'H1 2024', periodEnd: '2024-06-30', index: 39.9, coverage: 100, provisional: 'No' },
    ]);
    expect(trendSeries(trend)[0].series.map((p) => p.name)).toEqual(['H2 2023*', 'H1 2024']);
  });

  it('leaves audits without an index out of the line rather than drawing them as zero', () => {
    const trend = [
      aTrendPoint({ ...h2023, index: null }),
      aTrendPoint({ ...h12024, index: 12.34 }),
    ];
    expect(trendSeries(trend)).toEqual([
      { name: 'Index', series: [{ name: 'H1 2024', value: 12.3 }] },
    ]);
    expect(trendSummary(trend)).toBe(
      'The index was 12.3 in H1 2024, the only audit with a result.',
    );
    expect(trendTable(trend).rows[0]['index']).toBeNull();
  });

  it('names the index that is filtered on', () => {
    expect(trendSummary([aTrendPoint({ index: 46.26 })], 'the wider-environment index')).toBe(
      'The wider-environment index was 46.3 in H1 2026, the only audit with a result.',
    );
  });

  it('says so when there is nothing to draw', () => {
    expect(trendSummary([])).toBe(
      'There is no submitted audit yet, so there is no index over time.',
    );
    expect(trendSeries([])).toEqual([]);
  });
});
