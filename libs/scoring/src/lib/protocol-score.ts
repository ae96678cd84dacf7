import { SCORE_EPSILON, type CompiledConfig } from './config';
import { ErrorList, ScoringInputError } from './errors';
import { compileConfig } from './config';
import { collectProtocolErrors } from './protocol-validation';
import type { ProtocolInput, ProtocolResult, ScoringConfig } from './types';
import type { ProtocolClass } from '@rcp/vocabulary';

/** Per-principle running sums for one set of protocols (used by scoreAudit). */
export interface PrincipleAccumulator {
  /** Σ reachWeight × rating */
  readonly sumRV: Float64Array;
  /** Σ reachWeight */
  readonly sumR: Float64Array;
  readonly count: Int32Array;
  readonly notApplicable: Int32Array;
  readonly notRated: Int32Array;
}

export function newPrincipleAccumulator(n: number): PrincipleAccumulator {
  return {
    sumRV: new Float64Array(n),
    sumR: new Float64Array(n),
    count: new Int32Array(n),
    notApplicable: new Int32Array(n),
    notRated: new Int32Array(n),
  };
}

/** Keeps floating-point noise from pushing a mean of values in −100…+100 outside that range. */
export function clampScore(x: number): number {
  return x > 100 ? 100 : x < -100 ? -100 : x;
}

/** The class of a protocol from its score and whether it has strong ratings of both signs. */
export function classify(c: CompiledConfig, score: number, strongBothWays: boolean): ProtocolClass {
  if (score >= c.enabling - SCORE_EPSILON) return 'enabling';
  if (score <= c.inhibiting + SCORE_EPSILON) return 'inhibiting';
  return strongBothWays ? 'mixed' : 'neutral';
}

/**
 * Scores one validated protocol. When `acc` is given, also adds the protocol's ratings,
 * weighted by `reachWeight`, to the per-principle sums. The hot loop of the library: it
 * allocates nothing but the result.
 */
export function evaluate(
  c: CompiledConfig,
  protocol: ProtocolInput,
  acc: PrincipleAccumulator | null,
  reachWeight: number,
): ProtocolResult {
  const applicable = c.applicable[protocol.contextNeed];
  const ratings = protocol.ratings;
  const keys = c.keys;
  const weights = c.weights;
  const relational = c.relational;
  const strong = c.mixedStrength;
  let num = 0;
  let den = 0;
  let relNum = 0;
  let relDen = 0;
  let rated = 0;
  let scored = 0;
  let notApplicable = 0;
  let strongPositive = false;
  let strongNegative = false;
  for (let j = 0; j < applicable.length; j++) {
    const i = applicable[j];
    const v = ratings[keys[i]];
    if (v === undefined) {
      if (acc !== null) acc.notRated[i]++;
      continue;
    }
    rated++;
    if (v === null) {
      notApplicable++;
      if (acc !== null) acc.notApplicable[i]++;
      continue;
    }
    scored++;
    const w = weights[i];
    num += w * v;
    den += w;
    if (relational[i] === 1) {
      relNum += w * v;
      relDen += w;
    }
    if (v >= strong) strongPositive = true;
    else if (v <= -strong) strongNegative = true;
    if (acc !== null) {
      acc.sumRV[i] += reachWeight * v;
      acc.sumR[i] += reachWeight;
      acc.count[i]++;
    }
  }
  // 50 × (num ÷ den) rather than (50 × num) ÷ den: num ÷ den never leaves −2…+2, even in
  // floating point, so the score never leaves −100…+100.
  const score = den > 0 ? clampScore(50 * (num / den)) : null;
  const relationalScore = relDen > 0 ? clampScore(50 * (relNum / relDen)) : null;
  return {
    id: protocol.id,
    score,
    class: score === null ? null : classify(c, score, strongPositive && strongNegative),
    relationalScore,
    mismatch:
      protocol.contextNeed !== 'transactional' &&
      relationalScore !== null &&
      relationalScore <= c.mismatchThreshold + SCORE_EPSILON,
    applicable: applicable.length,
    rated,
    scored,
    notApplicable,
    complete: rated === applicable.length,
  };
}

/**
 * Scores one protocol against a framework version's config: its score (−100…+100, or null when
 * no applicable principle has a numeric rating), class, coverage counts and mismatch flag.
 * Throws ScoringInputError when the config or the protocol is invalid.
 */
export function scoreProtocol(config: ScoringConfig, protocol: ProtocolInput): ProtocolResult {
  const errors = new ErrorList();
  const compiled = compileConfig(errors, config);
  if (!compiled) throw new ScoringInputError(errors.result());
  collectProtocolErrors(errors, compiled, 'protocol', protocol, new Set());
  errors.throwIfAny();
  return evaluate(compiled, protocol, null, 0);
}
