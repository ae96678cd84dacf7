import { summarise } from './audit-summary';
import { compileConfig } from './config';
import { ErrorList, ScoringInputError, describe, isPlainObject } from './errors';
import { collectProtocolListErrors } from './protocol-validation';
import {
  type PerspectiveGap,
  type PerspectiveGaps,
  type PerspectiveScore,
  type PrincipleGap,
  type ProtocolGap,
  type ProtocolInput,
  type ProtocolResult,
  type ScoringConfig,
} from './types';
import { type Perspective, PERSPECTIVES } from '@rcp/vocabulary';

function isPerspective(value: string): value is Perspective {
  return (PERSPECTIVES as readonly string[]).includes(value);
}

/**
 * The largest pairwise gap among the values given (in PERSPECTIVES order): the highest value
 * minus the lowest. On ties `high` is the first perspective with the highest value and `low` the
 * last with the lowest, so the two always differ. Null with fewer than two values.
 */
export function largestGap(
  values: ReadonlyArray<readonly [Perspective, number | null]>,
): PerspectiveGap | null {
  let high: readonly [Perspective, number] | null = null;
  let low: readonly [Perspective, number] | null = null;
  let present = 0;
  for (const [perspective, value] of values) {
    if (value === null) continue;
    present++;
    if (high === null || value > high[1]) high = [perspective, value];
    if (low === null || value <= low[1]) low = [perspective, value];
  }
  if (present < 2 || high === null || low === null) return null;
  return { high: high[0], low: low[0], size: high[1] - low[1] };
}

/**
 * Scores the same audit from each perspective supplied (leadership, frontline, residents) and
 * reports the gaps between them: the largest pairwise gap between council indexes (the
 * headline figure), per principle and per protocol. Each perspective's list is scored on its
 * own, exactly like scoreAudit. Throws ScoringInputError on invalid input.
 */
export function perspectiveGaps(
  config: ScoringConfig,
  byPerspective: Readonly<Partial<Record<Perspective, readonly ProtocolInput[]>>>,
): PerspectiveGaps {
  const errors = new ErrorList();
  const compiled = compileConfig(errors, config);
  if (!compiled) throw new ScoringInputError(errors.result());
  if (!isPlainObject(byPerspective)) {
    errors.add('byPerspective', `must be an object, got ${describe(byPerspective)}`);
  } else {
    for (const key in byPerspective) {
      if (!isPerspective(key)) {
        errors.add(`byPerspective.${key}`, `is not a perspective; use ${PERSPECTIVES.join(', ')}`);
      } else if (byPerspective[key] !== undefined) {
        collectProtocolListErrors(errors, compiled, `byPerspective.${key}`, byPerspective[key]);
      }
    }
  }
  errors.throwIfAny();

  const perspectives: PerspectiveScore[] = [];
  const resultsById: Map<string, ProtocolResult>[] = [];
  for (const perspective of PERSPECTIVES) {
    const protocols = byPerspective[perspective];
    if (protocols === undefined) continue;
    const summary = summarise(compiled, protocols);
    perspectives.push({ perspective, summary });
    resultsById.push(new Map(summary.protocols.map((r) => [r.id, r])));
  }

  const byPrinciple: PrincipleGap[] = compiled.keys.map((key, i) => {
    const values = perspectives.map(
      (p) => [p.perspective, p.summary.byPrinciple[i].index] as const,
    );
    return {
      key,
      indexes: Object.fromEntries(values),
      gap: largestGap(values),
    };
  });

  const ids = new Set<string>();
  for (const map of resultsById) for (const id of map.keys()) ids.add(id);
  const byProtocol: ProtocolGap[] = [...ids]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => {
      const values = perspectives.map(
        (p, k) => [p.perspective, resultsById[k].get(id)?.score ?? null] as const,
      );
      return { id, scores: Object.fromEntries(values), gap: largestGap(values) };
    });

  return {
    perspectives,
    gap: largestGap(perspectives.map((p) => [p.perspective, p.summary.index])),
    byPrinciple,
    byProtocol,
  };
}
