import { SCORE_EPSILON, type CompiledConfig } from './config';
import {
  clampScore,
  evaluate,
  newPrincipleAccumulator,
  type PrincipleAccumulator,
} from './protocol-score';
import { compileAndCheck } from './protocol-validation';
import type {
  AuditSummary,
  ClassShares,
  GroupBreakdown,
  PrincipleBreakdown,
  ProtocolInput,
  ProtocolResult,
  ScopeMeasures,
  ScoringConfig,
} from './types';
import type { ProtocolScope } from '@rcp/vocabulary';

interface GroupSums {
  sumRS: number;
  sumR: number;
  count: number;
  scored: number;
}

/** Running sums for one scope (organisational or wider). */
class ScopeSums {
  protocols = 0;
  assessed = 0;
  complete = 0;
  scored = 0;
  mismatches = 0;
  sumRS = 0;
  sumR = 0;
  enabling = 0;
  inhibiting = 0;
  mixed = 0;
  neutral = 0;
  unscored = 0;
  /**
   * ratedByApplicable[a] = Σ rated over protocols with a applicable principles. Integer sums,
   * so coverage does not depend on the order of the protocols, not even in the last bit.
   */
  readonly ratedByApplicable: Float64Array;
  readonly principles: PrincipleAccumulator;
  readonly categories = new Map<string, GroupSums>();
  readonly serviceAreas = new Map<string, GroupSums>();

  constructor(principleCount: number) {
    this.ratedByApplicable = new Float64Array(principleCount + 1);
    this.principles = newPrincipleAccumulator(principleCount);
  }

  add(protocol: ProtocolInput, r: ProtocolResult, reachWeight: number): void {
    this.protocols++;
    if (r.rated > 0) this.assessed++;
    if (r.complete) this.complete++;
    if (r.mismatch) this.mismatches++;
    this.ratedByApplicable[r.applicable] += r.rated;
    addToGroup(this.categories, protocol.category, r.score, reachWeight);
    addToGroup(this.serviceAreas, protocol.serviceArea, r.score, reachWeight);
    if (r.score === null) {
      this.unscored++;
      return;
    }
    this.scored++;
    this.sumRS += reachWeight * r.score;
    this.sumR += reachWeight;
    switch (r.class) {
      case 'enabling':
        this.enabling++;
        break;
      case 'inhibiting':
        this.inhibiting++;
        break;
      case 'mixed':
        this.mixed++;
        break;
      default:
        this.neutral++;
    }
  }

  index(): number | null {
    return this.sumR > 0 ? clampScore(this.sumRS / this.sumR) : null;
  }

  measures(c: CompiledConfig): ScopeMeasures {
    let coverage = 0;
    if (this.protocols > 0) {
      let sum = 0;
      for (let a = 1; a < this.ratedByApplicable.length; a++) {
        sum += this.ratedByApplicable[a] / a;
      }
      coverage = sum / this.protocols;
    }
    const share = (count: number) => (this.protocols > 0 ? count / this.protocols : 0);
    const classShares: ClassShares = {
      enabling: { count: this.enabling, share: share(this.enabling) },
      inhibiting: { count: this.inhibiting, share: share(this.inhibiting) },
      mixed: { count: this.mixed, share: share(this.mixed) },
      neutral: { count: this.neutral, share: share(this.neutral) },
      unscored: { count: this.unscored, share: share(this.unscored) },
    };
    const p = this.principles;
    const byPrinciple: PrincipleBreakdown[] = c.keys.map((key, i) => {
      const meanRating = p.sumR[i] > 0 ? p.sumRV[i] / p.sumR[i] : null;
      return {
        key,
        index: meanRating === null ? null : clampScore(50 * meanRating),
        meanRating: meanRating === null ? null : Math.max(-2, Math.min(2, meanRating)),
        count: p.count[i],
        notApplicable: p.notApplicable[i],
        notRated: p.notRated[i],
      };
    });
    return {
      index: this.index(),
      provisional: coverage < c.provisionalCoverageBelow - SCORE_EPSILON,
      coverage,
      protocolLoad: this.protocols,
      assessedProtocols: this.assessed,
      completeProtocols: this.complete,
      scoredProtocols: this.scored,
      classShares,
      mismatchCount: this.mismatches,
      byPrinciple,
      byCategory: groups(this.categories),
      byServiceArea: groups(this.serviceAreas),
    };
  }

  group(key: ProtocolScope): GroupBreakdown {
    return {
      key,
      index: this.index(),
      count: this.protocols,
      scored: this.scored,
    };
  }
}

function addToGroup(
  map: Map<string, GroupSums>,
  key: string,
  score: number | null,
  reachWeight: number,
): void {
  let g = map.get(key);
  if (g === undefined) {
    g = { sumRS: 0, sumR: 0, count: 0, scored: 0 };
    map.set(key, g);
  }
  g.count++;
  if (score !== null) {
    g.scored++;
    g.sumRS += reachWeight * score;
    g.sumR += reachWeight;
  }
}

function groups(map: Map<string, GroupSums>): GroupBreakdown[] {
  return [...map.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const g = map.get(key) as GroupSums;
      return {
        key,
        index: g.sumR > 0 ? clampScore(g.sumRS / g.sumR) : null,
        count: g.count,
        scored: g.scored,
      };
    });
}

/** scoreAudit on an already compiled config and validated protocols. */
export function summarise(c: CompiledConfig, protocols: readonly ProtocolInput[]): AuditSummary {
  const n = c.keys.length;
  const organisational = new ScopeSums(n);
  const wider = new ScopeSums(n);
  const results: ProtocolResult[] = new Array<ProtocolResult>(protocols.length);
  const reach = c.reachWeights;
  for (let k = 0; k < protocols.length; k++) {
    const protocol = protocols[k];
    const sums = protocol.scope === 'wider' ? wider : organisational;
    const reachWeight = reach[protocol.reach];
    const r = evaluate(c, protocol, sums.principles, reachWeight);
    sums.add(protocol, r, reachWeight);
    results[k] = r;
  }
  return {
    ...organisational.measures(c),
    wider: wider.measures(c),
    byScope: {
      organisational: organisational.group('organisational'),
      wider: wider.group('wider'),
    },
    protocols: results,
  };
}

/**
 * Summarises an audit: the council index (reach-weighted mean of organisational protocol
 * scores) with its breakdowns, class shares, coverage, mismatches and protocol load; the wider
 * environment reported apart; every protocol's result.
 *
 * `protocols` are the register's active protocols with their ratings. An empty list is valid
 * (index null, coverage 0). Throws ScoringInputError on invalid input.
 */
export function scoreAudit(
  config: ScoringConfig,
  protocols: readonly ProtocolInput[],
): AuditSummary {
  return summarise(compileAndCheck(config, protocols), protocols);
}
