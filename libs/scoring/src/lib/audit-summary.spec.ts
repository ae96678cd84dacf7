import { aConfig, aProtocol } from '../testing/builders';
import { scoreAudit } from './audit-summary';
import type { ProtocolInput } from './types';

// aConfig(): listening (w2, relational+mixed, relational), continuity (w1, relational+mixed,
// relational), trust (w1, all), fairness (w1, all); reach weights 1, 3, 9.
const config = aConfig();
const allPrinciples = (v: -2 | -1 | 0 | 1 | 2) => ({
  listening: v,
  continuity: v,
  trust: v,
  fairness: v,
});

describe('council index', () => {
  it('is the reach-weighted mean of organisational protocol scores', () => {
    const summary = scoreAudit(config, [
      aProtocol({ reach: 'high', ratings: allPrinciples(2) }), // +100 × 9
      aProtocol({ reach: 'low', ratings: allPrinciples(-2) }), // −100 × 1
      aProtocol({ reach: 'medium', ratings: allPrinciples(0) }), // 0 × 3
    ]);
    // (900 − 100 + 0) ÷ 13
    expect(summary.index).toBeCloseTo(800 / 13, 10);
  });

  it('leaves out protocols without a score, which still count in the protocol load', () => {
    const summary = scoreAudit(config, [
      aProtocol({ reach: 'high', ratings: allPrinciples(1) }),
      aProtocol({ reach: 'high', ratings: { trust: null } }),
      aProtocol({ reach: 'high', ratings: {} }),
    ]);
    expect(summary.index).toBe(50);
    expect(summary.protocolLoad).toBe(3);
    expect(summary.scoredProtocols).toBe(1);
    expect(summary.classShares.unscored.count).toBe(2);
  });

  it('reports the wider environment apart, without counting it in the council index', () => {
    const summary = scoreAudit(config, [
      aProtocol({ ratings: allPrinciples(1) }),
      aProtocol({ scope: 'wider', ratings: allPrinciples(-2) }),
    ]);
    expect(summary.index).toBe(50);
    expect(summary.protocolLoad).toBe(1);
    expect(summary.wider.index).toBe(-100);
    expect(summary.wider.protocolLoad).toBe(1);
    expect(summary.byScope).toEqual({
      organisational: { key: 'organisational', index: 50, count: 1, scored: 1 },
      wider: { key: 'wider', index: -100, count: 1, scored: 1 },
    });
    expect(summary.protocols.map((p) => p.score)).toEqual([50, -100]);
  });

  it('uses the version’s reach weights', () => {
    const protocols = [
      aProtocol({ reach: 'high', ratings: allPrinciples(2) }),
      aProtocol({ reach: 'low', ratings: allPrinciples(-2) }),
    ];
    expect(scoreAudit(config, protocols).index).toBe(80); // (900 − 100) ÷ 10
    const flat = aConfig({ reachWeights: { low: 1, medium: 1, high: 1 } });
    expect(scoreAudit(flat, protocols).index).toBe(0);
  });
});

describe('coverage', () => {
  it('is the mean, over protocols, of the share of applicable principles rated or marked N/A', () => {
    const summary = scoreAudit(config, [
      // 4 applicable, 4 rated (one N/A) → 1
      aProtocol({ ratings: { listening: 1, continuity: 1, trust: null, fairness: 0 } }),
      // transactional: 2 applicable, 1 rated → 0.5 (the listening rating does not apply)
      aProtocol({
        contextNeed: 'transactional',
        ratings: { trust: 1, listening: 2 },
      }),
      // 4 applicable, 0 rated → 0
      aProtocol({ ratings: {} }),
      // 4 applicable, 3 rated → 0.75
      aProtocol({ ratings: { listening: 1, continuity: 1, trust: 1 } }),
    ]);
    expect(summary.coverage).toBeCloseTo((1 + 0.5 + 0 + 0.75) / 4, 12);
    expect(summary.assessedProtocols).toBe(3);
    expect(summary.completeProtocols).toBe(1);
  });

  it('marks the index provisional below the version’s coverage threshold', () => {
    const half = [aProtocol({ ratings: allPrinciples(1) }), aProtocol({ ratings: {} })];
    expect(scoreAudit(config, half).provisional).toBe(true); // 0.5 < 0.8
    expect(scoreAudit(aConfig({ provisionalCoverageBelow: 0.5 }), half).provisional).toBe(false); // 0.5 is not below 0.5
  });
});

describe('class shares and mismatches', () => {
  it('counts each class, unscored included, as a share of the protocols', () => {
    const summary = scoreAudit(config, [
      aProtocol({ ratings: allPrinciples(2) }), // enabling
      aProtocol({ ratings: allPrinciples(1) }), // enabling
      aProtocol({ ratings: allPrinciples(-1) }), // inhibiting
      aProtocol({ ratings: { listening: 2, continuity: -2, trust: -2 } }), // mixed (0)
      aProtocol({ ratings: allPrinciples(0) }), // neutral
      aProtocol({ ratings: {} }), // unscored
    ]);
    expect(summary.classShares).toEqual({
      enabling: { count: 2, share: 2 / 6 },
      inhibiting: { count: 1, share: 1 / 6 },
      mixed: { count: 1, share: 1 / 6 },
      neutral: { count: 1, share: 1 / 6 },
      unscored: { count: 1, share: 1 / 6 },
    });
  });

  it('counts mismatches in each scope', () => {
    const summary = scoreAudit(config, [
      aProtocol({ ratings: allPrinciples(-1) }),
      aProtocol({ contextNeed: 'transactional', ratings: allPrinciples(-2) }),
      aProtocol({ scope: 'wider', ratings: allPrinciples(-2) }),
    ]);
    expect(summary.mismatchCount).toBe(1);
    expect(summary.wider.mismatchCount).toBe(1);
  });
});

describe('breakdowns', () => {
  it('gives each principle its reach-weighted mean rating × 50, with counts of ratings, N/A and unrated', () => {
    const summary = scoreAudit(config, [
      aProtocol({ reach: 'high', ratings: { listening: 2, trust: null } }),
      aProtocol({ reach: 'low', ratings: { listening: -2, trust: 1 } }),
      aProtocol({
        contextNeed: 'transactional',
        reach: 'medium',
        ratings: { listening: -2, trust: -1 },
      }),
    ]);
    const byKey = Object.fromEntries(summary.byPrinciple.map((p) => [p.key, p]));
    // listening: (9×2 + 1×(−2)) ÷ 10 = 1.6 → 80; the transactional protocol's rating does not apply
    expect(byKey['listening']).toEqual({
      key: 'listening',
      index: 80,
      meanRating: 1.6,
      count: 2,
      notApplicable: 0,
      notRated: 0,
    });
    // trust: (1×1 + 3×(−1)) ÷ 4 = −0.5 → −25
    expect(byKey['trust']).toMatchObject({ index: -25, count: 2, notApplicable: 1 });
    // continuity applies to the first two protocols, both unrated
    expect(byKey['continuity']).toMatchObject({ index: null, count: 0, notRated: 2 });
    expect(summary.byPrinciple.map((p) => p.key)).toEqual([
      'listening',
      'continuity',
      'trust',
      'fairness',
    ]);
  });

  it('gives each category and service area its reach-weighted index, sorted by name', () => {
    const p = (overrides: Partial<ProtocolInput>) => aProtocol(overrides);
    const summary = scoreAudit(config, [
      p({ category: 'Policies', serviceArea: 'Housing', reach: 'high', ratings: allPrinciples(2) }),
      p({ category: 'KPIs', serviceArea: 'Housing', reach: 'low', ratings: allPrinciples(-2) }),
      p({ category: 'Policies', serviceArea: 'Care', reach: 'medium', ratings: allPrinciples(-1) }),
      p({ category: 'Policies', serviceArea: 'Care', reach: 'medium', ratings: {} }),
    ]);
    expect(summary.byCategory).toEqual([
      { key: 'KPIs', index: -100, count: 1, scored: 1 },
      // (9×100 + 3×(−50)) ÷ 12 = 62.5
      { key: 'Policies', index: 62.5, count: 3, scored: 2 },
    ]);
    expect(summary.byServiceArea).toEqual([
      { key: 'Care', index: -50, count: 2, scored: 1 },
      // (9×100 + 1×(−100)) ÷ 10 = 80
      { key: 'Housing', index: 80, count: 2, scored: 2 },
    ]);
  });
});

describe('an empty audit', () => {
  it('scores without throwing: no index, no coverage, provisional, nothing counted', () => {
    const summary = scoreAudit(config, []);
    expect(summary.index).toBeNull();
    expect(summary.coverage).toBe(0);
    expect(summary.provisional).toBe(true);
    expect(summary.protocolLoad).toBe(0);
    expect(summary.mismatchCount).toBe(0);
    expect(summary.classShares.enabling).toEqual({ count: 0, share: 0 });
    expect(summary.classShares.unscored).toEqual({ count: 0, share: 0 });
    expect(summary.byPrinciple.map((p) => p.index)).toEqual([null, null, null, null]);
    expect(summary.byCategory).toEqual([]);
    expect(summary.wider.index).toBeNull();
    expect(summary.byScope.organisational).toEqual({
      key: 'organisational',
      index: null,
      count: 0,
      scored: 0,
    });
    expect(summary.protocols).toEqual([]);
  });
});
