import { aBenchmarks, aCouncil, aDistribution, twelveCouncils } from '../testing/builders';
import {
  barName,
  distributionSeries,
  distributionSummary,
  distributionTable,
  isTied,
  quartileLines,
  rankingTable,
} from './distribution';

describe('the distribution chart’s summary', () => {
  it('tells a council where it stands against the network median and its rank', () => {
    expect(distributionSummary(aBenchmarks(), { coordinator: false })).toBe(
      'Your index of 39.9 is above the network median of 2.4; you rank 1st of 12.',
    );
  });

  it('says "near" within the near band, and "peer median" for a narrower group', () => {
    const councils = twelveCouncils().map((c) => (c.isYou ? { ...c, index: 4.1, rank: 6 } : c));
    const b = aBenchmarks({
      councils,
      comparisonGroup: { type: 'unitary', region: null, populationBand: null },
    });
    expect(distributionSummary(b, { coordinator: false })).toBe(
      'Your index of 4.1 is near the peer median of 2.4; you rank joint 6th of 12.',
    );
  });

  it('names a principle’s score when one principle is ranked', () => {
    const councils = twelveCouncils()
      .filter((c) => c.rank !== 11)
      .map((c) => (c.isYou ? { ...c, index: -20, rank: 11 } : c));
    expect(
      distributionSummary(aBenchmarks({ councils, groupSize: 12 }), {
        coordinator: false,
        measure: 'Fairness score',
      }),
    ).toBe('Your Fairness score of −20.0 is below the network median of 2.4; you rank 11th of 12.');
  });

  it('tells a council without a result that it is not ranked', () => {
    const councils = twelveCouncils().slice(1);
    expect(distributionSummary(aBenchmarks({ councils, you: null }), { coordinator: false })).toBe(
      'Your council has no index to compare by this date; the network median is 2.4 across 12 councils.',
    );
  });

  it('gives a coordinator the spread of the comparison group and how many are shown', () => {
    expect(distributionSummary(aBenchmarks(), { coordinator: true })).toBe(
      'Indexes across 12 councils in the network range from −24.8 to 39.9; the median is 2.4 and the middle half lie between −5.1 and 12.3.',
    );
    const shown = aBenchmarks({ councils: twelveCouncils().slice(0, 3), groupSize: 12 });
    expect(distributionSummary(shown, { coordinator: true })).toMatch(
      / 3 councils of the display group are shown\.$/,
    );
  });

  it('repeats the API’s reason when figures are withheld', () => {
    const reason =
      'Figures are withheld: the comparison group has 1 council with a submitted audit.';
    expect(
      distributionSummary(aBenchmarks({ suppressedReason: reason, distribution: null }), {
        coordinator: true,
      }),
    ).toBe(reason);
  });
});

describe('the distribution chart’s data', () => {
  it('marks the caller’s own bar with words, not only colour', () => {
    const [you, other] = twelveCouncils();
    expect(barName(you)).toBe('▶ You: Northfield Borough Council (39.9)');
    // Anonymous councils come in whole points, and are shown that way.
    expect(barName(other)).toBe('Council A (20)');
    expect(barName({ ...other, index: -16 })).toBe('Council A (−16)');
    expect(barName({ ...you, index: -15.75 })).toBe('▶ You: Northfield Borough Council (−15.8)');
    expect(distributionSeries([you, other])).toEqual([
      { name: '▶ You: Northfield Borough Council (39.9)', value: 39.9 },
      { name: 'Council A (20)', value: 20 },
    ]);
  });

  it('draws dashed lines at the quartiles and the median, labelled with their values', () => {
    expect(quartileLines(aDistribution())).toEqual([
      { name: 'Lower quartile −5.1', value: -5.1 },
      { name: 'Median 2.4', value: 2.4 },
      { name: 'Upper quartile 12.3', value: 12.3 },
    ]);
    expect(quartileLines(null)).toEqual([]);
  });

  it('gives the same numbers as a table, the caller’s own council saying "(you)"', () => {
    const table = distributionTable(twelveCouncils().slice(0, 2));
    expect(table.columns.map((c) => c.label)).toEqual(['Rank', 'Council', 'Index', 'Provisional']);
    expect(table.rows[0]).toEqual({
      rank: 1,
      council: 'Northfield Borough Council (you)',
      index: 39.9,
      provisional: 'No',
    });
    expect(
      distributionTable([aCouncil({ provisional: true })], 'Fairness score').columns[2].label,
    ).toBe('Fairness score');
  });

  it('gives a coordinator’s ranking with each council’s type and region', () => {
    const table = rankingTable([
      aCouncil({ label: 'Eastbrook', type: 'unitary', region: 'Wales', index: 12.34, rank: 3 }),
    ]);
    expect(table.columns.map((c) => c.key)).toEqual([
      'rank',
      'council',
      'type',
      'region',
      'index',
      'provisional',
      'periodEnd',
    ]);
    expect(table.rows[0]).toMatchObject({
      rank: 3,
      council: 'Eastbrook',
      type: 'Unitary authority',
      region: 'Wales',
      index: 12.3,
    });
  });

  it('knows a tie when another council has the same rank', () => {
    const councils = [aCouncil({ label: 'A', rank: 2 }), aCouncil({ label: 'B', rank: 2 })];
    expect(isTied(councils[0], councils)).toBe(true);
    expect(isTied(aCouncil({ label: 'C', rank: 1 }), councils)).toBe(false);
  });
});
