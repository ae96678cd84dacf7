import { aDistribution, aPrinciple } from '../testing/builders';
import { positionCounts, principleBoxes, principleSummary, principleTable } from './principles';

const trust = aPrinciple({ yours: 20, position: 'above' });
const fairness = aPrinciple({
  key: 'fairness',
  title: 'Fairness',
  distribution: aDistribution({ median: -8, q1: -12, q3: -1 }),
  yours: -7,
  position: 'near',
});
const kindness = aPrinciple({
  key: 'kindness',
  title: 'Kindness and human worth',
  distribution: aDistribution({ median: 14.25 }),
  yours: -3,
  position: 'below',
});

describe('the principle comparison', () => {
  it('draws each box from the API’s five numbers, unchanged', () => {
    expect(principleBoxes([fairness])).toEqual([
      { name: 'Fairness', min: -24.8, q1: -12, median: -8, q3: -1, max: 39.9 },
    ]);
    expect(principleBoxes([aPrinciple({ distribution: null })])).toEqual([]);
  });

  it('tells a council on how many principles it is above, near and below the median', () => {
    expect(positionCounts([trust, fairness, kindness])).toEqual({ above: 1, near: 1, below: 1 });
    expect(
      principleSummary([trust, fairness, kindness], {
        coordinator: false,
        median: 'network median',
      }),
    ).toBe(
      'Your council is above the network median on 1 principle, near it on 1 principle and below it on 1 principle.',
    );
    expect(
      principleSummary([fairness, kindness, kindness], {
        coordinator: false,
        median: 'peer median',
      }),
    ).toBe('Your council is near the peer median on 1 principle and below it on 2 principles.');
  });

  it('tells a coordinator the principles with the highest and lowest medians', () => {
    expect(
      principleSummary([trust, fairness, kindness], {
        coordinator: true,
        median: 'network median',
      }),
    ).toBe(
      'Across 3 principles, the highest median is Kindness and human worth at 14.3 and the lowest is Fairness at −8.0.',
    );
  });

  it('gives medians and interquartile ranges as a table, with the council’s own scores for a council', () => {
    const forCouncil = principleTable([fairness], { yours: true });
    expect(forCouncil.columns.map((c) => c.label)).toEqual([
      'Principle',
      'Lowest',
      'Lower quartile',
      'Median',
      'Upper quartile',
      'Highest',
      'Councils',
      'Yours',
      'Against the median',
    ]);
    expect(forCouncil.rows[0]).toMatchObject({
      principle: 'Fairness',
      q1: -12,
      median: -8,
      q3: -1,
      yours: -7,
      position: 'Near',
    });
    expect(principleTable([fairness], { yours: false }).columns).toHaveLength(7);
  });
});
