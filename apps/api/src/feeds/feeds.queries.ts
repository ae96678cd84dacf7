import type { AuditFeedRow, RatingFeedRow } from '@rcp/api-contract';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Queryable } from '../database/queryable';

/** Whose data a feed holds: one council's, or every active council's (coordinators). */
export type FeedScope = { councilId: string } | { network: true };

/** How a text column is written: as it is (JSON), or guarded against formulas (CSV). */
type TextOut = (column: string) => string;
const asIs: TextOut = (column) => column;
/** COPY writes booleans as t/f; as text they read true/false, which BI tools take as booleans. */
const boolText = (column: string) => `${column}::text`;
/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, as the app's other CSV
 * exports do (papaparse's escapeFormulae): names and labels are typed by people.
 */
const formulaSafe: TextOut = (column) =>
  `CASE WHEN ${column} ~ '^[=+\\-@\\t\\r]' THEN '''' || ${column} ELSE ${column} END`;

function ratingColumns(text: TextOut, bool: TextOut): string {
  return `c.id AS "councilId", ${text('c.name')} AS "councilName",
          a.id AS "auditId", ${text('a.label')} AS "auditLabel",
          to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart",
          to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
          r.protocol_id AS "protocolId", ${text('ap.name')} AS "protocolName",
          ap.category, ${text('ap.service_area')} AS "serviceArea", ap.scope,
          r.principle_key AS "principleKey", r.perspective, r.value,
          ${bool('r.carried_forward')} AS "carriedForward",
          to_char(r.evidence_date, 'YYYY-MM-DD') AS "evidenceDate"`;
}
const RATINGS_FROM = `FROM ratings r
          JOIN audits a ON a.id = r.audit_id AND a.status = 'submitted'
          JOIN councils c ON c.id = a.council_id
          JOIN audit_protocols ap ON ap.audit_id = r.audit_id AND ap.protocol_id = r.protocol_id`;
const RATINGS_ORDER = `r.audit_id, r.protocol_id, r.principle_key, r.perspective`;

function auditColumns(text: TextOut, bool: TextOut, perspectives: string): string {
  return `c.id AS "councilId", ${text('c.name')} AS "councilName", c.type AS "councilType",
          c.region, c.population_band AS "populationBand",
          a.id AS "auditId", ${text('a.label')} AS "auditLabel",
          to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart",
          to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
          fv.number AS "frameworkVersion",
          to_char(a.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
          ${perspectives} AS perspectives,
          a.index_score AS index, a.wider_index AS "widerIndex", a.coverage, ${bool('a.provisional')} AS provisional,
          a.mismatch_count AS mismatches, a.protocol_load AS "protocolLoad",
          a.wider_protocol_load AS "widerProtocolLoad"`;
}
const AUDITS_FROM = `FROM audits a
          JOIN councils c ON c.id = a.council_id
          JOIN framework_versions fv ON fv.id = a.framework_version_id`;

/** The scope as a condition on councils `c` and audits `a`; `council` is a bound or quoted id. */
function scopeCondition(scope: FeedScope, council: string): string {
  return 'network' in scope ? 'c.archived_at IS NULL' : `a.council_id = ${council}`;
}

/** Where a page starts: after the last row of the page before (keyset paging, stable). */
export type RatingKey = [
  auditId: string,
  protocolId: string,
  principleKey: string,
  perspective: string,
];

export async function ratingsPage(
  db: Queryable,
  scope: FeedScope,
  after: RatingKey | null,
  limit: number,
): Promise<RatingFeedRow[]> {
  const params: unknown[] = [limit];
  const council = 'network' in scope ? '' : `$${params.push(scope.councilId)}::uuid`;
  const start = after
    ? `AND (${RATINGS_ORDER}) > ($${params.push(after[0])}::uuid, $${params.push(after[1])}::uuid, $${params.push(after[2])}, $${params.push(after[3])})`
    : '';
  return (await db.query(
    `SELECT ${ratingColumns(asIs, asIs)} ${RATINGS_FROM}
      WHERE ${scopeCondition(scope, council)} ${start}
      ORDER BY ${RATINGS_ORDER} LIMIT $1`,
    params,
  )) as RatingFeedRow[];
}

export async function auditsPage(
  db: Queryable,
  scope: FeedScope,
  after: string | null,
  limit: number,
): Promise<AuditFeedRow[]> {
  const params: unknown[] = [limit];
  const council = 'network' in scope ? '' : `$${params.push(scope.councilId)}::uuid`;
  const start = after ? `AND a.id > $${params.push(after)}::uuid` : '';
  return (await db.query(
    `SELECT ${auditColumns(asIs, asIs, 'a.perspectives')} ${AUDITS_FROM}
      WHERE a.status = 'submitted' AND ${scopeCondition(scope, council)} ${start}
      ORDER BY a.id LIMIT $1`,
    params,
  )) as AuditFeedRow[];
}

/**
 * The whole feed as one COPY … TO STDOUT (CSV with a header row), which PostgreSQL formats and
 * streams itself: the API only passes bytes on, so a national export holds no rows in memory.
 * COPY takes no bind parameters, so the council id (a UUID checked before it gets here) is
 * quoted with the driver's own escaping.
 */
export function ratingsCsvSql(scope: FeedScope, quote: (value: string) => string): string {
  const council = 'network' in scope ? '' : `${quote(scope.councilId)}::uuid`;
  return `COPY (SELECT ${ratingColumns(formulaSafe, boolText)} ${RATINGS_FROM}
            WHERE ${scopeCondition(scope, council)} ORDER BY ${RATINGS_ORDER})
          TO STDOUT WITH (FORMAT csv, HEADER true)`;
}

export function auditsCsvSql(scope: FeedScope, quote: (value: string) => string): string {
  const council = 'network' in scope ? '' : `${quote(scope.councilId)}::uuid`;
  return `COPY (SELECT ${auditColumns(formulaSafe, boolText, `array_to_string(a.perspectives, ';')`)} ${AUDITS_FROM}
            WHERE a.status = 'submitted' AND ${scopeCondition(scope, council)} ORDER BY a.id)
          TO STDOUT WITH (FORMAT csv, HEADER true)`;
}

/** Runs a COPY … TO STDOUT on the client: its rows as a readable stream of CSV bytes. */
export function copyOut(client: ClientBase, sql: string): NodeJS.ReadableStream {
  return client.query(copyTo(sql));
}
