import { TestApp } from './test-app';

/**
 * Stored results of a submitted audit, written straight into the tables the read models use
 * (dashboards, benchmarks, the network overview), so their queries can be tested without
 * rating a whole audit through the API.
 */
export async function aSubmittedAudit(
  t: TestApp,
  councilId: string,
  o: {
    periodEnd: string;
    index?: number | null;
    submittedAt?: string;
    status?: 'draft' | 'submitted';
    label?: string;
    principles?: Record<string, number | null>;
  },
): Promise<string> {
  const status = o.status ?? 'submitted';
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, status, submitted_at,
       index_score, provisional, coverage)
     SELECT $1, $2, ($3::date - interval '6 months')::date, $3::date, id, $4,
            CASE WHEN $4 = 'submitted' THEN coalesce($5::timestamptz, now()) END, $6, false, 1
       FROM framework_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1
     RETURNING id`,
    [
      councilId,
      o.label ?? `Audit ${o.periodEnd}`,
      o.periodEnd,
      status,
      o.submittedAt ?? null,
      o.index ?? null,
    ],
  );
  for (const [key, value] of Object.entries(o.principles ?? {})) {
    await t.sql(
      `INSERT INTO audit_principle_scores (audit_id, principle_key, perspective, index_score, rated_count)
       VALUES ($1, $2, 'leadership', $3, 1), ($1, $2, 'frontline', -99, 1)`,
      [row.id, key, value],
    );
  }
  return row.id;
}

/** A register protocol (minimal fields) of the council. */
export async function aProtocolRow(
  t: TestApp,
  councilId: string,
  o: { name: string; category?: string; libraryKey?: string | null },
): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO protocols (council_id, name, category, type, service_area, scope, context_need, reach, basis, library_key)
     VALUES ($1, $2, $3, 'procedure', 'Housing', 'organisational', 'relational', 'high', 'local-practice', $4)
     RETURNING id`,
    [councilId, o.name, o.category ?? 'continuity', o.libraryKey ?? null],
  );
  return row.id;
}

/** The protocol in the audit with its stored leadership score, and optional leadership ratings. */
export async function aScoredProtocol(
  t: TestApp,
  auditId: string,
  protocolId: string,
  o: {
    score: number | null;
    class: string | null;
    ratings?: Array<{ principle: string; value: number; evidence?: string | null }>;
  },
): Promise<void> {
  await t.sql(
    `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
     SELECT $1, id, name, category, type, service_area, scope, context_need, reach FROM protocols WHERE id = $2`,
    [auditId, protocolId],
  );
  await t.sql(
    `INSERT INTO audit_protocol_scores (audit_id, protocol_id, perspective, score, class, mismatch)
     VALUES ($1, $2, 'leadership', $3, $4, false)`,
    [auditId, protocolId, o.score, o.class],
  );
  for (const r of o.ratings ?? []) {
    await t.sql(
      `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text)
       VALUES ($1, $2, $3, 'leadership', $4, $5)`,
      [auditId, protocolId, r.principle, r.value, r.evidence ?? null],
    );
  }
}
