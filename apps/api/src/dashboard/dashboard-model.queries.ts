import { EntityManager } from 'typeorm';
import { CHOSEN_VIEW_PATTERN, isChosenView } from './dashboard-view-key';

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

/**
 * How many chosen views (comparisons and filtered views) a council keeps at most. Their keys are
 * bounded by its data (see storable) but multiply (audits × audits × service areas × scopes);
 * the views people actually open — a few areas and scopes of recent audits — fit well under this.
 */
export const CHOSEN_VIEWS_PER_COUNCIL = 100;

const UPSERT = `
  ON CONFLICT (council_id, view) DO UPDATE
    SET version = EXCLUDED.version, etag = EXCLUDED.etag, body = EXCLUDED.body
    WHERE dashboard_answers.version < EXCLUDED.version`;

/**
 * Stores an answer unless one built at a later version is already there. A chosen view first
 * drops the council's other chosen views built at older versions (never served again: a reader
 * would rebuild them), and is stored only while the council keeps fewer than `cap` of them — the
 * ones stored first stay until the council's next change; a view over the cap is computed on
 * each request, as before. One statement: the count is taken before the deletions, so they are
 * subtracted.
 */
export async function storeDashboard(
  m: EntityManager,
  councilId: string,
  view: string,
  answer: StoredDashboard,
  cap = CHOSEN_VIEWS_PER_COUNCIL,
): Promise<void> {
  const values = [councilId, view, answer.version, answer.etag, answer.body];
  if (!isChosenView(view)) {
    await m.query(
      `INSERT INTO dashboard_answers (council_id, view, version, etag, body)
       VALUES ($1, $2, $3, $4, $5) ${UPSERT}`,
      values,
    );
    return;
  }
  await m.query(
    `WITH stale AS (
       DELETE FROM dashboard_answers
        WHERE council_id = $1 AND view LIKE $6 AND view <> $2 AND version < $3
       RETURNING 1)
     INSERT INTO dashboard_answers (council_id, view, version, etag, body)
     SELECT $1::uuid, $2::text, $3::bigint, $4::text, $5::text
      WHERE (SELECT count(*) FROM dashboard_answers WHERE council_id = $1 AND view LIKE $6 AND view <> $2)
            - (SELECT count(*) FROM stale) < $7::int
     ${UPSERT}`,
    [...values, CHOSEN_VIEW_PATTERN, cap],
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
