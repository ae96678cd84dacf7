import fc from 'fast-check';
import { competitionRanks, describeDistribution, quantileSorted } from './distribution';

describe('benchmark distributions', () => {
  it('computes quartiles by linear interpolation (Excel QUARTILE.INC) on a hand-worked list', () => {
    // Sorted: 1 2 4 7 10 → positions (n−1)p = 1, 2, 3 → q1 = 2, median = 4, q3 = 7.
    expect(describeDistribution([7, 1, 10, 2, 4])).toEqual({
      count: 5,
      min: 1,
      q1: 2,
      median: 4,
      q3: 7,
      max: 10,
    });
    // Sorted: 1 2 3 4 → q1 at 0.75: 1.75; median at 1.5: 2.5; q3 at 2.25: 3.25.
    expect(describeDistribution([4, 3, 2, 1])).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
  });

  it('ignores missing values and gives nothing for an empty group', () => {
    expect(describeDistribution([null, undefined, 5])).toEqual({
      count: 1,
      min: 5,
      q1: 5,
      median: 5,
      q3: 5,
      max: 5,
    });
    expect(describeDistribution([])).toBeNull();
  });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max whatever the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const d = describeDistribution(values);
          expect(d).not.toBeNull();
          if (!d) return;
          expect(d.min).toBeLessThanOrEqual(d.q1);
          expect(d.q1).toBeLessThanOrEqual(d.median);
          expect(d.median).toBeLessThanOrEqual(d.q3);
          expect(d.q3).toBeLessThanOrEqual(d.max);
        },
      ),
    );
  });

  it('ranks the highest first, sharing ranks on ties', () => {
    expect(competitionRanks([10, 30, 20, 30])).toEqual([4, 1, 3, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('takes the ends at p = 0 and p = 1', () => {
    expect(quantileSorted([1, 2, 3], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3], 1)).toBe(3);
    expect(quantileSorted([], 0.5)).toBeUndefined();
  });
});
