import type {
  AuditHeadline,
  AuditProtocol,
  AuditRating,
  FrameworkScoring,
} from '@rcp/api-contract';
import type { Perspective, RatingValue } from '@rcp/vocabulary';
import {
  type AuditSummary,
  headlineFigures,
  perspectiveGaps,
  type PerspectiveGaps,
  type ProtocolInput,
  scoreAudit,
} from '@rcp/scoring';

/** One protocol's ratings in one perspective, by principle key. */
export type RowRatings = Readonly<Record<string, AuditRating>>;

export const NO_RATINGS: RowRatings = Object.freeze({});

/** The scoring lib's input for one protocol of the audit, from its ratings in one perspective. */
export function protocolInput(
  scoring: FrameworkScoring,
  protocol: AuditProtocol,
  row: RowRatings | undefined,
): ProtocolInput {
  const ratings: Record<string, RatingValue> = {};
  if (row) {
    for (const p of scoring.principles) {
      const cell = row[p.key];
      if (cell) ratings[p.key] = cell.value;
    }
  }
  return {
    id: protocol.id,
    category: protocol.category,
    serviceArea: protocol.serviceArea,
    scope: protocol.scope,
    contextNeed: protocol.contextNeed,
    reach: protocol.reach,
    ratings,
  };
}

export interface LiveScores {
  /** The council's own assessment: the leadership perspective, as the server scores it. */
  readonly summary: AuditSummary;
  readonly headline: AuditHeadline;
  /** Gaps between the perspectives; null when the audit collects only one. */
  readonly gaps: PerspectiveGaps | null;
}

/**
 * Scores the audit in the browser with the shared scoring lib, from the ratings as they are on
 * the page now, so the numbers are the ones the server states after saving them.
 */
export function liveScores(
  scoring: FrameworkScoring,
  protocols: readonly AuditProtocol[],
  perspectives: readonly Perspective[],
  rowOf: (perspective: Perspective, protocolId: string) => RowRatings | undefined,
): LiveScores {
  const inputs: Partial<Record<Perspective, ProtocolInput[]>> = {};
  for (const perspective of perspectives) {
    inputs[perspective] = protocols.map((p) => protocolInput(scoring, p, rowOf(perspective, p.id)));
  }
  const main: Perspective = perspectives.includes('leadership')
    ? 'leadership'
    : (perspectives[0] ?? 'leadership');
  const summary = scoreAudit(scoring, inputs[main] ?? []);
  return {
    summary,
    headline: headlineFigures(summary),
    gaps: perspectives.length > 1 ? perspectiveGaps(scoring, inputs) : null,
  };
}

/** Ratings grouped by perspective and protocol, for `liveScores`' `rowOf`. */
export function groupRatings(ratings: Iterable<AuditRating>): Map<string, RowRatings> {
  const rows = new Map<string, Record<string, AuditRating>>();
  for (const r of ratings) {
    const key = rowKey(r.perspective, r.protocolId);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = {}));
    row[r.principleKey] = r;
  }
  return rows;
}

export function rowKey(perspective: string, protocolId: string): string {
  return `${perspective}|${protocolId}`;
}
