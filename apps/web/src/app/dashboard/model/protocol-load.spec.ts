import { aTrendPoint } from '../testing/dashboard-builders';
import { protocolLoadSeries, protocolLoadSummary, protocolLoadTable } from './protocol-load';

describe('protocol load over time', () => {
  const trend = [
    aTrendPoint({ id: 'a', label: 'H1 2025 (January to June)', protocolLoad: 34 }),
    aTrendPoint({
      id: 'b',
      label: 'H2 2025 (July to December)',
      protocolLoad: 31,
      protocolsRetired: 4,
      protocolsIntroduced: 1,
    }),
  ];

  it('says where the load went, and how many protocols were retired and introduced', () => {
    expect(protocolLoadSummary(trend, 'organisational')).toBe(
      'The load of organisational protocols fell from 34 to 31 between H1 2025 and H2 2025: 4 protocols retired and 1 introduced.',
    );
    expect(protocolLoadSummary([], 'organisational')).toMatch(/no submitted audit/);
  });

  it('gives the same numbers as a table and a line', () => {
    expect(
      protocolLoadTable(trend).rows.map((r) => [r['load'], r['retired'], r['introduced']]),
    ).toEqual([
      [34, null, null],
      [31, 4, 1],
    ]);
    expect(protocolLoadSeries(trend)[0].series.map((p) => p.value)).toEqual([34, 31]);
  });
});
