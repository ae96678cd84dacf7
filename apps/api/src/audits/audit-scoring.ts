import type { AuditProtocol, AuditRating, FrameworkScoring } from '@rcp/api-contract';
import { type Perspective, RatingValue } from '@rcp/vocabulary';
import {
  AuditSummary,
  perspectiveGaps,
  PerspectiveGaps,
  ProtocolInput,
  scoreAudit,
} from '@rcp/scoring';

/** The scoring lib's inputs for one perspective of an audit. */
export function protocolInputs(
  protocols: AuditProtocol[],
  ratings: AuditRating[],
  perspective: Perspective,
): ProtocolInput[] {
  const byProtocol = new Map<string, Record<string, RatingValue>>();
  for (const r of ratings) {
    if (r.perspective !== perspective) continue;
    let cells = byProtocol.get(r.protocolId);
    if (!cells) byProtocol.set(r.protocolId, (cells = {}));
    cells[r.principleKey] = r.value;
  }
  return protocols.map((p) => ({
    id: p.id,
    category: p.category,
    serviceArea: p.serviceArea,
    scope: p.scope,
    contextNeed: p.contextNeed,
    reach: p.reach,
    ratings: byProtocol.get(p.id) ?? {},
  }));
}

export interface AuditScores {
  /** The headline perspective: leadership, the council's own assessment. */
  summary: AuditSummary;
  byPerspective: Partial<Record<Perspective, AuditSummary>>;
  gaps: PerspectiveGaps | null;
}

/** Scores every perspective an audit collects, with the shared scoring lib. */
export function scoreAuditData(
  scoring: FrameworkScoring,
  protocols: AuditProtocol[],
  ratings: AuditRating[],
  perspectives: Perspective[],
): AuditScores {
  const inputs = Object.fromEntries(
    perspectives.map((p) => [p, protocolInputs(protocols, ratings, p)]),
  ) as Partial<Record<Perspective, ProtocolInput[]>>;
  const byPerspective = Object.fromEntries(
    perspectives.map((p) => [p, scoreAudit(scoring, inputs[p] ?? [])]),
  ) as Partial<Record<Perspective, AuditSummary>>;
  return {
    summary: byPerspective.leadership ?? scoreAudit(scoring, inputs[perspectives[0]] ?? []),
    byPerspective,
    gaps: perspectives.length > 1 ? perspectiveGaps(scoring, inputs) : null,
  };
}
