import fc from 'fast-check';
import { auditArb } from '../testing/arbitraries';
import { scoreAudit } from './audit-summary';
import { scoreProtocol } from './protocol-score';
import type { AuditSummary, ProtocolInput, ScopeMeasures, ScoringConfig } from './types';
import type { RatingValue } from '@rcp/vocabulary';

const TOLERANCE = 1e-9;

function close(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= TOLERANCE;
}

/** Picks an index into a list from a fast-check integer, or -1 for an empty list. */
function at<T>(list: readonly T[], n: number): number {
  return list.length === 0 ? -1 : n % list.length;
}

function withRating(
  protocol: ProtocolInput,
  key: string,
  value: RatingValue | undefined,
): ProtocolInput {
  return { ...protocol, ratings: { ...protocol.ratings, [key]: value } };
}

/** Straightforward restatement of the documented formula, to check the optimised code against. */
function referenceScore(config: ScoringConfig, protocol: ProtocolInput): number | null {
  let weighted = 0;
  let weights = 0;
  for (const principle of config.principles) {
    if (!principle.contexts.includes(protocol.contextNeed)) continue;
    const rating = protocol.ratings[principle.key];
    if (rating === undefined || rating === null) continue;
    weighted += principle.weight * rating;
    weights += principle.weight;
  }
  return weights === 0 ? null : (100 * weighted) / (2 * weights);
}

function allNumbers(measures: ScopeMeasures): (number | null)[] {
  return [
    measures.index,
    ...measures.byPrinciple.map((p) => p.index),
    ...measures.byCategory.map((g) => g.index),
    ...measures.byServiceArea.map((g) => g.index),
  ];
}

function scoresOf(summary: AuditSummary): (number | null)[] {
  return [
    ...summary.protocols.flatMap((p) => [p.score, p.relationalScore]),
    ...allNumbers(summary),
    ...allNumbers(summary.wider),
  ];
}

function sameSummary(a: AuditSummary, b: AuditSummary): boolean {
  const sameMeasures = (x: ScopeMeasures, y: ScopeMeasures) =>
    close(x.index, y.index) &&
    x.coverage === y.coverage &&
    x.provisional === y.provisional &&
    x.mismatchCount === y.mismatchCount &&
    x.protocolLoad === y.protocolLoad &&
    JSON.stringify(x.classShares) === JSON.stringify(y.classShares) &&
    x.byPrinciple.every(
      (p, i) => close(p.index, y.byPrinciple[i].index) && p.count === y.byPrinciple[i].count,
    ) &&
    x.byCategory.length === y.byCategory.length &&
    x.byCategory.every(
      (g, i) => g.key === y.byCategory[i].key && close(g.index, y.byCategory[i].index),
    ) &&
    x.byServiceArea.every(
      (g, i) => g.key === y.byServiceArea[i].key && close(g.index, y.byServiceArea[i].index),
    );
  return sameMeasures(a, b) && sameMeasures(a.wider, b.wider);
}

describe('scoring properties', () => {
  it('N/A never changes a protocol’s score, class or the council index', () => {
    fc.assert(
      fc.property(auditArb, fc.nat(), fc.nat(), ({ config, protocols }, i, k) => {
        const p = at(protocols, i);
        fc.pre(p >= 0);
        // Mark one not-yet-rated principle N/A.
        const unrated = config.principles.filter(
          (pr) => protocols[p].ratings[pr.key] === undefined,
        );
        fc.pre(unrated.length > 0);
        const key = unrated[k % unrated.length].key;
        const changed = protocols.map((x, j) => (j === p ? withRating(x, key, null) : x));
        const before = scoreAudit(config, protocols);
        const after = scoreAudit(config, changed);
        expect(after.protocols[p].score).toBe(before.protocols[p].score);
        expect(after.protocols[p].class).toBe(before.protocols[p].class);
        expect(after.protocols[p].mismatch).toBe(before.protocols[p].mismatch);
        expect(after.index).toBe(before.index);
        expect(after.wider.index).toBe(before.wider.index);
        expect(after.byPrinciple.map((x) => x.index)).toEqual(
          before.byPrinciple.map((x) => x.index),
        );
      }),
    );
  });

  it('every score, index and breakdown stays within −100…+100, coverage within 0…1', () => {
    fc.assert(
      fc.property(auditArb, ({ config, protocols }) => {
        const summary = scoreAudit(config, protocols);
        for (const x of scoresOf(summary)) {
          if (x !== null) {
            expect(x).toBeGreaterThanOrEqual(-100);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
        for (const m of [summary, summary.wider]) {
          expect(m.coverage).toBeGreaterThanOrEqual(0);
          expect(m.coverage).toBeLessThanOrEqual(1);
          const shares = Object.values(m.classShares);
          expect(shares.reduce((n, c) => n + c.count, 0)).toBe(m.protocolLoad);
        }
      }),
    );
  });

  it('raising one rating never lowers the protocol’s score nor the council index', () => {
    fc.assert(
      fc.property(auditArb, fc.nat(), fc.nat(), ({ config, protocols }, i, k) => {
        const p = at(protocols, i);
        fc.pre(p >= 0);
        const raisable = config.principles.filter((pr) => {
          const v = protocols[p].ratings[pr.key];
          return typeof v === 'number' && v < 2;
        });
        fc.pre(raisable.length > 0);
        const key = raisable[k % raisable.length].key;
        const raised = ((protocols[p].ratings[key] as number) + 1) as RatingValue;
        const changed = protocols.map((x, j) => (j === p ? withRating(x, key, raised) : x));
        const before = scoreAudit(config, protocols);
        const after = scoreAudit(config, changed);
        const [b, a] = [before.protocols[p].score, after.protocols[p].score];
        if (b !== null && a !== null) expect(a).toBeGreaterThanOrEqual(b);
        if (before.index !== null && after.index !== null) {
          expect(after.index).toBeGreaterThanOrEqual(before.index);
        }
      }),
    );
  });

  it('the order of the protocols does not matter', () => {
    fc.assert(
      fc.property(
        auditArb.chain(({ config, protocols }) =>
          fc
            .shuffledSubarray(protocols, {
              minLength: protocols.length,
              maxLength: protocols.length,
            })
            .map((shuffled) => ({ config, protocols, shuffled })),
        ),
        ({ config, protocols, shuffled }) => {
          const a = scoreAudit(config, protocols);
          const b = scoreAudit(config, shuffled);
          expect(sameSummary(a, b)).toBe(true);
          const byId = new Map(b.protocols.map((r) => [r.id, r]));
          for (const r of a.protocols) expect(byId.get(r.id)).toEqual(r);
        },
      ),
    );
  });

  it('scaling all principle weights, or all reach weights, changes nothing', () => {
    fc.assert(
      fc.property(
        auditArb,
        fc.constantFrom(0.1, 0.5, 2, 3, 7, 10),
        fc.constantFrom(0.1, 0.5, 2, 3, 7, 10),
        ({ config, protocols }, principleFactor, reachFactor) => {
          const scaled: ScoringConfig = {
            ...config,
            principles: config.principles.map((p) => ({
              ...p,
              weight: p.weight * principleFactor,
            })),
            reachWeights: {
              low: config.reachWeights.low * reachFactor,
              medium: config.reachWeights.medium * reachFactor,
              high: config.reachWeights.high * reachFactor,
            },
          };
          const a = scoreAudit(config, protocols);
          const b = scoreAudit(scaled, protocols);
          expect(sameSummary(a, b)).toBe(true);
          a.protocols.forEach((r, j) => {
            expect(close(r.score, b.protocols[j].score)).toBe(true);
            expect(b.protocols[j].class).toBe(r.class);
            expect(b.protocols[j].mismatch).toBe(r.mismatch);
          });
        },
      ),
    );
  });

  it('a protocol’s score is the documented weighted mean of its applicable ratings', () => {
    fc.assert(
      fc.property(auditArb, ({ config, protocols }) => {
        for (const protocol of protocols) {
          const expected = referenceScore(config, protocol);
          const actual = scoreProtocol(config, protocol).score;
          expect(close(actual, expected)).toBe(true);
        }
      }),
    );
  });

  it('the council index never depends on the wider environment', () => {
    fc.assert(
      fc.property(auditArb, ({ config, protocols }) => {
        const organisational = protocols.filter((p) => p.scope === 'organisational');
        expect(scoreAudit(config, protocols).index).toBe(scoreAudit(config, organisational).index);
      }),
    );
  });
});
