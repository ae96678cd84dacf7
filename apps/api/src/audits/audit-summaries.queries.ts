import { EntityManager } from 'typeorm';
import { headlineFigures } from '@rcp/scoring';
import { AuditScores } from './audit-scoring';

/**
 * Stores an audit's scores as submitted: headline columns, the full summary, and per-protocol and
 * per-principle rows that dashboards and benchmarks read. Used by submit and by the demo generator,
 * so both store exactly the same shape.
 */
export async function storeSummaries(
  m: EntityManager,
  auditId: string,
  scores: AuditScores,
  submittedBy: string | null,
  submittedAt: Date | null = null,
): Promise<void> {
  const h = headlineFigures(scores.summary);
  for (const [perspective, summary] of Object.entries(scores.byPerspective)) {
    if (!summary) continue;
    const results = summary.protocols;
    if (results.length) {
      await m.query(
        `INSERT INTO audit_protocol_scores (audit_id, protocol_id, perspective, score, class, mismatch)
         SELECT $1, x.protocol_id, $2, x.score, x.class, x.mismatch
           FROM unnest($3::uuid[], $4::float8[], $5::text[], $6::bool[]) AS x(protocol_id, score, class, mismatch)`,
        [
          auditId,
          perspective,
          results.map((r) => r.id),
          results.map((r) => r.score),
          results.map((r) => r.class),
          results.map((r) => r.mismatch),
        ],
      );
    }
    const principles = summary.byPrinciple;
    if (principles.length) {
      await m.query(
        `INSERT INTO audit_principle_scores (audit_id, principle_key, perspective, index_score, rated_count)
         SELECT $1, x.key, $2, x.score, x.count
           FROM unnest($3::text[], $4::float8[], $5::int[]) AS x(key, score, count)`,
        [
          auditId,
          perspective,
          principles.map((p) => p.key),
          principles.map((p) => p.index),
          principles.map((p) => p.count),
        ],
      );
    }
  }
  // The audit becomes submitted last: the benchmarks model, kept current by triggers, then
  // refreshes once, from the complete scores (rows added to a draft move nothing).
  await m.query(
    `UPDATE audits SET status = 'submitted', submitted_at = coalesce($10, now()), submitted_by = $2,
       version = version + 1, index_score = $3, wider_index = $4, coverage = $5, provisional = $6,
       mismatch_count = $7, protocol_load = $8, summary = $9, reopened_reason = NULL,
       wider_protocol_load = $11, wider_mismatch_count = $12, class_counts = $13
     WHERE id = $1`,
    [
      auditId,
      submittedBy,
      h.index,
      h.widerIndex,
      h.coverage,
      h.provisional,
      h.mismatchCount,
      h.protocolLoad,
      JSON.stringify({
        summary: scores.summary,
        byPerspective: scores.byPerspective,
        gaps: scores.gaps,
      }),
      submittedAt,
      h.widerProtocolLoad,
      h.widerMismatchCount,
      JSON.stringify(h.classCounts),
    ],
  );
}
