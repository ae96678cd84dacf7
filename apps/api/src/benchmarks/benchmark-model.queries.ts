import type { Distribution } from '@rcp/scoring';
import { EntityManager } from 'typeorm';
import type { RawTrendPoint } from './benchmark-groups';
import type { LatestAuditRow } from './benchmarks.repository';

/** Leadership index per principle key (null: rated but no index). */
export type PrincipleIndexes = Record<string, number | null>;

/** A council's latest scored submission as stored in the read model. */
export interface StoredLatestRow extends LatestAuditRow {
  principles: PrincipleIndexes;
}

/** One submitted audit of an active council: what the network trend is made of. */
export interface TrendSourceRow {
  audit_id: string;
  council_id: string;
  period_end: string;
  index_score: number | null;
  principles: PrincipleIndexes;
}

/** A peer group's figures for one measure ('' facets: any; measure '': the council index). */
export interface GroupStatsRow {
  type: string;
  region: string;
  population_band: string;
  measure: string;
  distribution: Distribution | null;
  trend: RawTrendPoint[];
}

export interface ModelState {
  version: number;
  built_version: number;
}

const PRINCIPLES_OF = (audit: string) =>
  `coalesce((SELECT jsonb_object_agg(s.principle_key, s.index_score) FROM audit_principle_scores s
              WHERE s.audit_id = ${audit} AND s.perspective = 'leadership'), '{}'::jsonb)`;

/** The version the inputs are at and the version the stored model was built from (0, 0: none). */
export async function readModelState(
  m: EntityManager,
  lock: '' | 'FOR UPDATE' | 'FOR SHARE' = '',
): Promise<ModelState> {
  const rows = (await m.query(
    `SELECT version::int, built_version::int FROM benchmark_state ${lock}`,
  )) as ModelState[];
  return rows[0] ?? { version: 0, built_version: 0 };
}

/** What a benchmarks answer depends on besides the viewer and the query. */
export interface AnswerVersions {
  /** The stored model's version: it moves with every write that changes a figure. */
  version: number;
  /** The latest published framework's number (its principles' titles). */
  framework: number | null;
  /** Shuffles anonymous labels (see the 1765740000000 migration); '' before the model has a row. */
  labelSecret: string;
}

/** The answer's versions and label secret, in one round trip. */
export async function readAnswerVersions(m: EntityManager): Promise<AnswerVersions> {
  const [row] = (await m.query(
    `SELECT coalesce(s.version, 0)::int AS version, coalesce(s.label_secret, '') AS "labelSecret",
            (SELECT number FROM framework_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1)
              AS framework
       FROM (SELECT 1) one LEFT JOIN benchmark_state s ON true`,
  )) as AnswerVersions[];
  return row;
}

/** Each active council's latest scored submission with its principle indexes, from the source tables. */
export async function sourceLatest(m: EntityManager): Promise<StoredLatestRow[]> {
  return (await m.query(
    `SELECT c.id AS council_id, a.id AS audit_id, a.index_score, a.provisional,
            to_char(a.period_end, 'YYYY-MM-DD') AS period_end, c.name, c.type, c.region, c.population_band,
            c.sharing, ${PRINCIPLES_OF('a.id')} AS principles
       FROM councils c
       CROSS JOIN LATERAL (
         SELECT a.id, a.index_score, a.provisional, a.period_end FROM audits a
          WHERE a.council_id = c.id AND a.status = 'submitted' AND a.index_score IS NOT NULL
          ORDER BY a.period_end DESC, a.submitted_at DESC LIMIT 1) a
      WHERE c.archived_at IS NULL
      ORDER BY c.id`,
  )) as StoredLatestRow[];
}

/** Every submitted audit of an active council, with its principle indexes. */
export async function sourceTrend(m: EntityManager): Promise<TrendSourceRow[]> {
  return (await m.query(
    `SELECT a.id AS audit_id, a.council_id, to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.index_score,
            ${PRINCIPLES_OF('a.id')} AS principles
       FROM audits a JOIN councils c ON c.id = a.council_id AND c.archived_at IS NULL
      WHERE a.status = 'submitted'`,
  )) as TrendSourceRow[];
}

/** Replaces the stored model (group figures are built again on first read) at `version`. */
export async function storeModel(
  m: EntityManager,
  version: number,
  latest: StoredLatestRow[],
  audits: TrendSourceRow[],
): Promise<void> {
  await m.query(`DELETE FROM benchmark_group_stats`);
  await m.query(`DELETE FROM benchmark_submitted_audits`);
  await m.query(`DELETE FROM benchmark_latest_audits`);
  await m.query(
    `INSERT INTO benchmark_latest_audits (council_id, audit_id, index_score, provisional, period_end, name, type,
       region, population_band, sharing, principles)
     SELECT council_id, audit_id, index_score, provisional, period_end::date, name, type, region, population_band,
            sharing, principles
       FROM jsonb_to_recordset($1::jsonb) AS x(council_id uuid, audit_id uuid, index_score float8, provisional boolean,
            period_end text, name text, type text, region text, population_band text, sharing text, principles jsonb)`,
    [JSON.stringify(latest)],
  );
  // Only the audits of councils in the latest table can be in any group's trend.
  const members = new Set(latest.map((r) => r.council_id));
  await m.query(
    `INSERT INTO benchmark_submitted_audits (audit_id, council_id, period_end, index_score, principles)
     SELECT audit_id, council_id, period_end::date, index_score, principles
       FROM jsonb_to_recordset($1::jsonb) AS x(audit_id uuid, council_id uuid, period_end text, index_score float8,
            principles jsonb)`,
    [JSON.stringify(audits.filter((a) => members.has(a.council_id)))],
  );
  await m.query(`UPDATE benchmark_state SET built_version = $1`, [version]);
}

/** The stored latest rows, with the version they were built from, in one snapshot. */
export async function storedLatest(
  m: EntityManager,
): Promise<{ builtVersion: number; rows: StoredLatestRow[] }> {
  const rows = (await m.query(
    `SELECT st.built_version::int, l.council_id, l.audit_id, l.index_score, l.provisional,
            to_char(l.period_end, 'YYYY-MM-DD') AS period_end, l.name, l.type, l.region, l.population_band,
            l.sharing, l.principles
       FROM (SELECT coalesce((SELECT built_version FROM benchmark_state), 0) AS built_version) st
       LEFT JOIN benchmark_latest_audits l ON true
      ORDER BY l.council_id`,
  )) as Array<StoredLatestRow & { built_version: number }>;
  return {
    builtVersion: rows[0]?.built_version ?? 0,
    rows: rows
      .filter((r) => r.council_id !== null)
      .map(({ built_version: _, ...r }) => r as StoredLatestRow),
  };
}

/** One peer group's stored figures for every measure, with the version they were built from. */
export async function storedGroupStats(
  m: EntityManager,
  group: { type: string; region: string; population_band: string },
): Promise<{ builtVersion: number; rows: GroupStatsRow[] }> {
  const rows = (await m.query(
    `SELECT st.built_version::int, s.type, s.region, s.population_band, s.measure, s.distribution, s.trend
       FROM (SELECT coalesce((SELECT built_version FROM benchmark_state), 0) AS built_version) st
       LEFT JOIN benchmark_group_stats s ON s.type = $1 AND s.region = $2 AND s.population_band = $3`,
    [group.type, group.region, group.population_band],
  )) as Array<GroupStatsRow & { built_version: number }>;
  return {
    builtVersion: rows[0]?.built_version ?? 0,
    rows: rows
      .filter((r) => r.measure !== null)
      .map(({ built_version: _, ...r }) => r as GroupStatsRow),
  };
}

/** Has PostgreSQL build one peer group's stored figures (the migration's own function). */
export async function buildGroupStats(
  m: EntityManager,
  facets: { type: string; region: string; population_band: string },
): Promise<void> {
  await m.query(`SELECT benchmark_build_group($1, $2, $3)`, [
    facets.type,
    facets.region,
    facets.population_band,
  ]);
}
