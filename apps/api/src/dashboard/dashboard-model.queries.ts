import { EntityManager } from 'typeorm';

/** A dashboard answer as stored: the JSON text, its ETag and the council version it was built at. */
export interface StoredDashboard {
  version: number;
  etag: string;
  body: string;
}

/** The council's input version now, and the stored answer for one view (body only when asked). */
export interface StoredDashboardRow {
  version: number;
  built: number | null;
  etag: string | null;
  /** Null when the stored answer is out of date, or is the one the reader already holds. */
  body: string | null;
}

/** A council's input version: 0 until a write changes one of its inputs. */
export async function readDashboardVersion(m: EntityManager, councilId: string): Promise<number> {
  const rows = (await m.query(`SELECT version::int FROM dashboard_versions WHERE council_id = $1`, [
    councilId,
  ])) as Array<{ version: number }>;
  return rows[0]?.version ?? 0;
}

/** The pool of connections under a DataSource (node-postgres), for a prepared statement. */
export interface PreparedQueryPool {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const STORED_DASHBOARD = `
  SELECT coalesce(v.version, 0)::int AS version, a.version::int AS built, a.etag,
         CASE WHEN a.version = coalesce(v.version, 0) AND a.etag IS DISTINCT FROM $3 THEN a.body END AS body
    FROM (SELECT 1) one
    LEFT JOIN dashboard_versions v ON v.council_id = $1
    LEFT JOIN dashboard_answers a ON a.council_id = $1 AND a.view = $2`;

/**
 * One round trip per request: the version and the stored answer's; the text is sent only when it
 * is current and differs from `heldEtag` (the copy this process already holds). A named
 * statement: each connection plans it once, not on every request.
 */
export async function readStoredDashboard(
  pool: PreparedQueryPool,
  councilId: string,
  view: string,
  heldEtag: string | null,
): Promise<StoredDashboardRow> {
  const { rows } = await pool.query({
    name: 'dashboard-stored-answer',
    text: STORED_DASHBOARD,
    values: [councilId, view, heldEtag],
  });
  return rows[0] as StoredDashboardRow;
}

/** Stores an answer unless one built at a later version is already there. */
export async function storeDashboard(
  m: EntityManager,
  councilId: string,
  view: string,
  answer: StoredDashboard,
): Promise<void> {
  await m.query(
    `INSERT INTO dashboard_answers (council_id, view, version, etag, body) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (council_id, view) DO UPDATE
       SET version = EXCLUDED.version, etag = EXCLUDED.etag, body = EXCLUDED.body
       WHERE dashboard_answers.version < EXCLUDED.version`,
    [councilId, view, answer.version, answer.etag, answer.body],
  );
}

/** Every council's id (the migration builds each one's default view). */
export async function listCouncilIds(m: EntityManager): Promise<string[]> {
  const rows = (await m.query(`SELECT id FROM councils ORDER BY id`)) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** Marks the transaction read-only, so a rebuild can never write what it reads. */
export async function readOnlyTransaction(m: EntityManager): Promise<void> {
  await m.query('SET TRANSACTION READ ONLY');
}
