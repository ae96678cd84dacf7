/** fast-check arbitraries for the property tests (not part of the library). */
import fc from 'fast-check';
import { type PrincipleWeighting, type ProtocolInput, type ScoringConfig } from '../lib/types';
import { CONTEXT_NEEDS, type ContextNeed, type RatingValue, REACHES } from '@rcp/vocabulary';

const contextsArb: fc.Arbitrary<ContextNeed[]> = fc.subarray([...CONTEXT_NEEDS], { minLength: 1 });

/**
 * A valid config of 1–8 principles. Weights are multiples of 0.25 up to 20, so exact scores are
 * fractions with small denominators (never within floating-point noise of a threshold unless on it).
 */
export const configArb: fc.Arbitrary<ScoringConfig> = fc
  .record({
    principles: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 80 }).map((n) => n / 4),
        contexts: contextsArb,
        relational: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    enabling: fc.integer({ min: 1, max: 100 }),
    inhibiting: fc.integer({ min: -100, max: -1 }),
    mixedStrength: fc.constantFrom(1 as const, 2 as const),
    reach: fc
      .array(fc.integer({ min: 1, max: 20 }), { minLength: 3, maxLength: 3 })
      .map((w) => [...w].sort((a, b) => a - b)),
    provisionalCoverageBelow: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
    mismatchThreshold: fc.integer({ min: -100, max: 0 }),
  })
  .map(
    (r): ScoringConfig => ({
      principles: r.principles.map(
        (p, i): PrincipleWeighting => ({
          key: `p${i}`,
          weight: p.weight,
          // The first principle applies everywhere, so every context has one.
          contexts: i === 0 ? [...CONTEXT_NEEDS] : p.contexts,
          relational: p.relational,
        }),
      ),
      thresholds: {
        enabling: r.enabling,
        inhibiting: r.inhibiting,
        mixedStrength: r.mixedStrength,
      },
      reachWeights: { low: r.reach[0], medium: r.reach[1], high: r.reach[2] },
      provisionalCoverageBelow: r.provisionalCoverageBelow,
      mismatchThreshold: r.mismatchThreshold,
    }),
  );

/** A rating, N/A (null) or not yet rated (undefined). */
export const ratingValueArb: fc.Arbitrary<RatingValue | undefined> = fc.constantFrom(
  -2,
  -1,
  0,
  1,
  2,
  null,
  undefined,
);

/** A protocol rated against the config's principles (absent keys = not yet rated). */
export function protocolArb(config: ScoringConfig, id: string): fc.Arbitrary<ProtocolInput> {
  return fc.record({
    id: fc.constant(id),
    category: fc.constantFrom('Policies', 'Contracts', 'KPIs'),
    serviceArea: fc.constantFrom('Housing', 'Adult social care', 'Revenues'),
    scope: fc.constantFrom('organisational' as const, 'wider' as const),
    contextNeed: fc.constantFrom(...CONTEXT_NEEDS),
    reach: fc.constantFrom(...REACHES),
    ratings: fc.tuple(...config.principles.map(() => ratingValueArb)).map((values) => {
      const ratings: Record<string, RatingValue> = {};
      values.forEach((v, i) => {
        if (v !== undefined) ratings[config.principles[i].key] = v;
      });
      return ratings;
    }),
  });
}

/** A config with 0–30 protocols rated against it (ids p-0, p-1, …). */
export const auditArb: fc.Arbitrary<{
  config: ScoringConfig;
  protocols: ProtocolInput[];
}> = configArb.chain((config) =>
  fc
    .integer({ min: 0, max: 30 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => protocolArb(config, `p-${i}`))))
    .map((protocols) => ({ config, protocols: [...protocols] })),
);
