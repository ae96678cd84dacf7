import { aConfig, aProtocol } from '../testing/builders';
import { largestGap, perspectiveGaps } from './perspectives';
import { ScoringInputError } from './errors';
import type { ProtocolInput } from './types';

const config = aConfig();

const register = (a: ProtocolInput['ratings'], b: ProtocolInput['ratings']): ProtocolInput[] => [
  aProtocol({ id: 'a', reach: 'high', ratings: a }),
  aProtocol({ id: 'b', reach: 'low', ratings: b }),
];

describe('perspective gaps', () => {
  const gaps = perspectiveGaps(config, {
    residents: register({ listening: -2, trust: -1 }, { trust: 0 }),
    leadership: register({ listening: 1, trust: 1 }, { trust: 2 }),
    frontline: register({ listening: 0, trust: 1 }, {}),
  });

  it('scores each perspective on its own ratings, in a fixed order', () => {
    expect(gaps.perspectives.map((p) => p.perspective)).toEqual([
      'leadership',
      'frontline',
      'residents',
    ]);
    // leadership: a = (2×1 + 1) ÷ 3 → 50, b = 100 → (9×50 + 1×100) ÷ 10 = 55
    expect(gaps.perspectives[0].summary.index).toBeCloseTo(55, 10);
    // frontline: a = (0 + 1) ÷ 3 → 16.67, b unscored
    expect(gaps.perspectives[1].summary.index).toBeCloseTo(50 / 3, 10);
    // residents: a = (−4 − 1) ÷ 3 → −83.33, b = 0 → (9×(−83.33) + 0) ÷ 10 = −75
    expect(gaps.perspectives[2].summary.index).toBeCloseTo(-75, 10);
  });

  it('makes the largest pairwise gap between council indexes the headline figure', () => {
    expect(gaps.gap?.high).toBe('leadership');
    expect(gaps.gap?.low).toBe('residents');
    expect(gaps.gap?.size).toBeCloseTo(130, 10);
  });

  it('gives the gap for each principle', () => {
    const trust = gaps.byPrinciple.find((p) => p.key === 'trust');
    // leadership (9×1 + 1×2) ÷ 10 = 1.1 → 55; frontline 1 → 50; residents (−9 + 0) ÷ 10 → −45
    expect(trust?.indexes['leadership']).toBeCloseTo(55, 10);
    expect(trust?.indexes['frontline']).toBeCloseTo(50, 10);
    expect(trust?.indexes['residents']).toBeCloseTo(-45, 10);
    expect(trust?.gap).toEqual({
      high: 'leadership',
      low: 'residents',
      size: expect.closeTo(100, 10),
    });
    const continuity = gaps.byPrinciple.find((p) => p.key === 'continuity');
    expect(continuity?.gap).toBeNull();
  });

  it('gives the gap for each protocol rated by at least two perspectives', () => {
    expect(gaps.byProtocol.map((p) => p.id)).toEqual(['a', 'b']);
    expect(gaps.byProtocol[1].scores).toEqual({
      leadership: 100,
      frontline: null,
      residents: 0,
    });
    expect(gaps.byProtocol[1].gap).toEqual({
      high: 'leadership',
      low: 'residents',
      size: 100,
    });
  });

  it('has no gap with fewer than two perspectives', () => {
    const single = perspectiveGaps(config, {
      frontline: register({ trust: 1 }, {}),
    });
    expect(single.gap).toBeNull();
    expect(single.perspectives).toHaveLength(1);
    const none = perspectiveGaps(config, {});
    expect(none).toEqual({
      perspectives: [],
      gap: null,
      byPrinciple: [
        { key: 'listening', indexes: {}, gap: null },
        { key: 'continuity', indexes: {}, gap: null },
        { key: 'trust', indexes: {}, gap: null },
        { key: 'fairness', indexes: {}, gap: null },
      ],
      byProtocol: [],
    });
  });

  it('names two different perspectives even when they agree', () => {
    expect(
      largestGap([
        ['leadership', 10],
        ['frontline', null],
        ['residents', 10],
      ]),
    ).toEqual({ high: 'leadership', low: 'residents', size: 0 });
  });

  it('rejects an unknown perspective', () => {
    expect(() =>
      perspectiveGaps(config, { carers: [] } as unknown as Parameters<typeof perspectiveGaps>[1]),
    ).toThrow(ScoringInputError);
  });
});
