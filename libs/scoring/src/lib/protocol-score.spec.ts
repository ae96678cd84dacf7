import { aConfig, aPrinciple, aProtocol } from '../testing/builders';
import { applicablePrinciples } from './config';
import { scoreProtocol } from './protocol-score';
import type { ProtocolInput, ProtocolRatings, ScoringConfig } from './types';

// aConfig(): listening (w2, relational+mixed, relational), continuity (w1, relational+mixed,
// relational), trust (w1, all), fairness (w1, all).
const config = aConfig();

function score(protocol: Partial<ProtocolInput>, c: ScoringConfig = config) {
  return scoreProtocol(c, aProtocol(protocol));
}

describe('protocol score', () => {
  it('is 100 × the weighted mean rating ÷ 2', () => {
    // (2×2 + 1×(−1) + 1×0 + 1×1) ÷ (2+1+1+1) = 4 ÷ 5 = 0.8 → 40
    const r = score({
      ratings: { listening: 2, continuity: -1, trust: 0, fairness: 1 },
    });
    expect(r.score).toBeCloseTo(40, 10);
  });

  it('is +100 when every applicable principle is strongly enabled and −100 when strongly inhibited', () => {
    const all = (v: 2 | -2) => ({
      listening: v,
      continuity: v,
      trust: v,
      fairness: v,
    });
    expect(score({ ratings: all(2) }).score).toBe(100);
    expect(score({ ratings: all(-2) }).score).toBe(-100);
  });

  it('excludes N/A from the mean instead of counting it as zero', () => {
    // listening +2 (w2), trust N/A → 2×2 ÷ 2 = 2 → 100; as a zero it would be 4 ÷ 3 → 66.7
    const r = score({ ratings: { listening: 2, trust: null } });
    expect(r.score).toBe(100);
    expect(r.notApplicable).toBe(1);
  });

  it('ignores ratings of principles that do not apply to the protocol’s context', () => {
    // transactional: only trust and fairness apply; listening −2 is ignored.
    const r = score({
      contextNeed: 'transactional',
      ratings: { listening: -2, trust: 1, fairness: 2 },
    });
    expect(r.score).toBeCloseTo(75, 10);
    expect(r.applicable).toBe(2);
    expect(r.scored).toBe(2);
  });

  it('is null, with no class, when no applicable principle has a numeric rating', () => {
    const unrated = score({ ratings: {} });
    expect(unrated.score).toBeNull();
    expect(unrated.class).toBeNull();
    const allNa = score({
      contextNeed: 'transactional',
      ratings: { trust: null, fairness: null },
    });
    expect(allNa.score).toBeNull();
    expect(allNa.complete).toBe(true);
  });

  it('counts applicable, rated (N/A included), scored and N/A principles and says when complete', () => {
    const r = score({ ratings: { listening: 1, trust: null, fairness: 0 } });
    expect(r).toMatchObject({
      applicable: 4,
      rated: 3,
      scored: 2,
      notApplicable: 1,
      complete: false,
    });
    expect(
      score({
        ratings: { listening: 1, continuity: 1, trust: null, fairness: 0 },
      }).complete,
    ).toBe(true);
  });

  it('treats an explicit undefined rating as not yet rated', () => {
    const r = score({ ratings: { listening: 1, trust: undefined } });
    expect(r.rated).toBe(1);
    expect(r.score).toBe(50);
  });

  it('keeps full precision (rounding is for display only)', () => {
    // (2×1 + 1×0) ÷ 3 = 2/3 → 33.333…
    const r = score({ ratings: { listening: 1, continuity: 0 } });
    expect(r.score).toBe(50 * (2 / 3));
  });
});

describe('protocol class', () => {
  // Default thresholds: enabling ≥ +20, inhibiting ≤ −20, mixed needs a +2 and a −2.
  it('is enabling from the enabling threshold up', () => {
    // listening 0 (w2), continuity +1, trust +1, fairness 0 → (0 + 1 + 1 + 0) ÷ 5 = 0.4 → 20
    const r = score({
      ratings: { listening: 0, continuity: 1, trust: 1, fairness: 0 },
    });
    expect(r.score).toBeCloseTo(20, 10);
    expect(r.class).toBe('enabling');
  });

  it('is inhibiting from the inhibiting threshold down', () => {
    const r = score({
      ratings: { listening: 0, continuity: -1, trust: -1, fairness: 0 },
    });
    expect(r.score).toBeCloseTo(-20, 10);
    expect(r.class).toBe('inhibiting');
  });

  it('is mixed between the thresholds when it strongly enables one principle and strongly inhibits another', () => {
    // listening +2 (w2) → +4, continuity −2, trust −2 → 0 ÷ 4 = 0
    const r = score({ ratings: { listening: 2, continuity: -2, trust: -2 } });
    expect(r.score).toBe(0);
    expect(r.class).toBe('mixed');
  });

  it('is neutral between the thresholds without strong ratings of both signs', () => {
    const weak = score({
      ratings: { listening: 1, continuity: -1, trust: -1 },
    });
    // (2 − 1 − 1) ÷ 4 = 0
    expect(weak.score).toBe(0);
    expect(weak.class).toBe('neutral');
    const oneSided = score({ ratings: { trust: 2, fairness: -1, listening: -1 } });
    // (2 − 1 − 2) ÷ 4 = −0.25 → −12.5
    expect(oneSided.score).toBeCloseTo(-12.5, 10);
    expect(oneSided.class).toBe('neutral');
  });

  it('is enabling, not mixed, when strong ratings of both signs still leave the score past the threshold', () => {
    // listening +2 (w2) → 4, continuity +2, trust −2 → 4 ÷ 4 = 1 → 50
    const r = score({ ratings: { listening: 2, continuity: 2, trust: -2 } });
    expect(r.class).toBe('enabling');
  });

  it('follows the version’s thresholds and strength for mixed', () => {
    const lenient = aConfig({
      thresholds: { enabling: 60, inhibiting: -60, mixedStrength: 1 },
    });
    const r = score({ ratings: { listening: 1, continuity: -1 } }, lenient);
    // (2 − 1) ÷ 3 → 16.7, with a +1 and a −1 → mixed at strength 1
    expect(r.class).toBe('mixed');
    expect(score({ ratings: { listening: 2 } }, lenient).class).toBe('enabling');
    expect(score({ ratings: { listening: 1, trust: 0 } }, lenient).class).toBe('neutral');
  });
});

describe('mismatch', () => {
  it('flags a relational need governed by a protocol that inhibits the relational principles', () => {
    // relational principles: listening −1 (w2), continuity −1 → −100÷2 = −50 ≤ −20
    const r = score({
      contextNeed: 'relational',
      ratings: { listening: -1, continuity: -1, trust: 2, fairness: 2 },
    });
    expect(r.relationalScore).toBe(-50);
    expect(r.mismatch).toBe(true);
    // The protocol as a whole is not inhibiting: (−2 − 1 + 2 + 2) ÷ 5 = 0.2 → +10.
    expect(r.score).toBeCloseTo(10, 10);
    expect(r.class).toBe('neutral');
  });

  it('flags a mixed need too, but never a transactional one', () => {
    const ratings: ProtocolRatings = {
      listening: -2,
      continuity: -2,
      trust: -2,
      fairness: -2,
    };
    expect(score({ contextNeed: 'mixed', ratings }).mismatch).toBe(true);
    expect(score({ contextNeed: 'transactional', ratings }).mismatch).toBe(false);
  });

  it('flags a relational score exactly at the mismatch threshold', () => {
    // listening −1 (w2), continuity −1 → −3 ÷ 3 = −1 → −50, with the threshold at −50
    const c = aConfig({ mismatchThreshold: -50 });
    const r = score({ ratings: { listening: -1, continuity: -1 } }, c);
    expect(r.relationalScore).toBe(-50);
    expect(r.mismatch).toBe(true);
  });

  it('is not flagged when the relational principles are not rated, or rated well enough', () => {
    expect(score({ ratings: { trust: -2, fairness: -2 } }).mismatch).toBe(false);
    expect(score({ ratings: { trust: -2, fairness: -2 } }).relationalScore).toBeNull();
    // listening 0 (w2), continuity −1 → −1 ÷ 3 → −16.7, above −20
    expect(score({ ratings: { listening: 0, continuity: -1 } }).mismatch).toBe(false);
  });
});

describe('applicable principles', () => {
  it('lists the principles applying to a context need, in framework order', () => {
    expect(applicablePrinciples(config, 'transactional').map((p) => p.key)).toEqual([
      'trust',
      'fairness',
    ]);
    expect(applicablePrinciples(config, 'mixed').map((p) => p.key)).toEqual([
      'listening',
      'continuity',
      'trust',
      'fairness',
    ]);
  });

  it('rejects an unknown context need', () => {
    expect(() => applicablePrinciples(config, 'emotional' as 'mixed')).toThrow(/contextNeed/);
  });

  it('weights principles by their weight in the framework version', () => {
    const c = aConfig({
      principles: [aPrinciple('a', { weight: 3 }), aPrinciple('b')],
    });
    // (3×2 + 1×(−2)) ÷ 4 = 1 → 50
    expect(score({ ratings: { a: 2, b: -2 } }, c).score).toBe(50);
  });
});
