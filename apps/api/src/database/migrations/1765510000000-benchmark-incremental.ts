import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benchmarks read model kept up to date at the write: the triggers that used to move a
 * version row (so the first reader rebuilt the whole network) now, in the writing transaction,
 * replace only the changed councils' stored rows and refresh the stored peer groups those
 * councils were or are in. A TRUNCATE of an input still rebuilds everything (and counts it in
 * `benchmark_state.rebuilds`). `version` still moves with every change, so each API process knows
 * when to read the stored rows again; `built_version` now always equals it.
 *
 * Group figures are computed here in SQL: percentile_cont is the same "inclusive" quartile
 * (linear interpolation, R type 7) as describeDistribution in @rcp/scoring, in the same double
 * arithmetic, and float8 goes into jsonb as its shortest exact text, so the answers are unchanged.
 */
export class BenchmarkIncremental1765510000000 implements MigrationInterface {
  name = 'BenchmarkIncremental1765510000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of TRIGGERS) await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    await q.query(`DROP FUNCTION benchmark_rows_changed()`);
    await q.query(`DROP FUNCTION benchmark_submitted_rows_changed()`);
    await q.query(`DROP FUNCTION benchmark_inputs_changed()`);
    await q.query(`ALTER TABLE benchmark_state ADD COLUMN rebuilds bigint NOT NULL DEFAULT 0`);

    // One peer group's figures per measure ('' = council index, else a principle key), from the
    // stored rows; a concurrent reader may have stored the same group first.
    await q.query(`
      CREATE FUNCTION benchmark_build_group(g_type text, g_region text, g_band text) RETURNS void
      LANGUAGE sql AS $$
        WITH members AS (
          SELECT council_id, index_score, principles FROM benchmark_latest_audits
           WHERE (g_type = '' OR type = g_type) AND (g_region = '' OR region = g_region)
             AND (g_band = '' OR population_band = g_band)),
        member_values AS (
          SELECT '' AS measure, index_score AS v FROM members
          UNION ALL
          SELECT p.key, (p.value #>> '{}')::float8 FROM members m, jsonb_each(m.principles) p),
        audit_values AS (
          SELECT '' AS measure, s.period_end, s.index_score AS v
            FROM benchmark_submitted_audits s JOIN members m USING (council_id)
          UNION ALL
          SELECT p.key, s.period_end, (p.value #>> '{}')::float8
            FROM benchmark_submitted_audits s JOIN members m USING (council_id), jsonb_each(s.principles) p),
        distributions AS (
          SELECT measure, jsonb_build_object('count', n, 'min', lo, 'q1', q[1], 'median', q[2], 'q3', q[3],
                   'max', hi) AS distribution
            FROM (SELECT measure, count(*) AS n, min(v) AS lo, max(v) AS hi,
                         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v) AS q
                    FROM member_values WHERE v IS NOT NULL GROUP BY measure) x),
        periods AS (
          SELECT measure, period_end, count(*) AS councils,
                 percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v) AS q
            FROM audit_values WHERE v IS NOT NULL GROUP BY measure, period_end),
        trends AS (
          SELECT measure, jsonb_agg(jsonb_build_object('periodEnd', to_char(period_end, 'YYYY-MM-DD'),
                   'councils', councils, 'median', q[2], 'q1', q[1], 'q3', q[3]) ORDER BY period_end) AS trend
            FROM periods GROUP BY measure)
        INSERT INTO benchmark_group_stats (type, region, population_band, measure, distribution, trend)
        SELECT g_type, g_region, g_band, ms.measure, d.distribution, coalesce(t.trend, '[]'::jsonb)
          FROM (SELECT '' AS measure UNION SELECT measure FROM trends) ms
          LEFT JOIN distributions d USING (measure) LEFT JOIN trends t USING (measure)
        ON CONFLICT DO NOTHING
      $$`);

    // The stored rows of these councils (every council when null), read from the source tables.
    await q.query(`
      CREATE FUNCTION benchmark_store_councils(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM benchmark_submitted_audits WHERE ids IS NULL OR council_id = ANY(ids);
        DELETE FROM benchmark_latest_audits WHERE ids IS NULL OR council_id = ANY(ids);
        INSERT INTO benchmark_latest_audits (council_id, audit_id, index_score, provisional, period_end, name, type,
               region, population_band, sharing, principles)
        SELECT c.id, a.id, a.index_score, a.provisional, a.period_end, c.name, c.type, c.region, c.population_band,
               c.sharing, ${PRINCIPLES_OF('a.id')}
          FROM councils c
          CROSS JOIN LATERAL (
            SELECT a.id, a.index_score, a.provisional, a.period_end FROM audits a
             WHERE a.council_id = c.id AND a.status = 'submitted' AND a.index_score IS NOT NULL
             ORDER BY a.period_end DESC, a.submitted_at DESC LIMIT 1) a
         WHERE c.archived_at IS NULL AND (ids IS NULL OR c.id = ANY(ids));
        -- Only the audits of councils in the latest table can be in any group's trend.
        INSERT INTO benchmark_submitted_audits (audit_id, council_id, period_end, index_score, principles)
        SELECT a.id, a.council_id, a.period_end, a.index_score, ${PRINCIPLES_OF('a.id')}
          FROM audits a JOIN benchmark_latest_audits l ON l.council_id = a.council_id
         WHERE a.status = 'submitted' AND (ids IS NULL OR a.council_id = ANY(ids));
      $$`);

    // What the councils' rows give the group figures: peer-group facts, indexes, audits.
    await q.query(`
      CREATE FUNCTION benchmark_figures_of(ids uuid[]) RETURNS jsonb LANGUAGE sql AS $$
        SELECT jsonb_build_array(
          (SELECT coalesce(jsonb_agg(jsonb_build_array(council_id, type, region, population_band, index_score,
                    principles) ORDER BY council_id), '[]') FROM benchmark_latest_audits WHERE council_id = ANY(ids)),
          (SELECT coalesce(jsonb_agg(jsonb_build_array(audit_id, council_id, period_end, index_score, principles)
                    ORDER BY audit_id), '[]') FROM benchmark_submitted_audits WHERE council_id = ANY(ids)))
      $$`);

    // Lock first: writers refresh one after another, each reading the others' committed rows.
    await q.query(`
      CREATE FUNCTION benchmark_refresh_councils(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        facets jsonb;
        figures jsonb;
        g record;
      BEGIN
        IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
        INSERT INTO benchmark_state (id, version, built_version) VALUES (true, 1, 1)
          ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1,
                                         built_version = benchmark_state.version + 1;
        SELECT coalesce(jsonb_agg(jsonb_build_array(type, region, population_band)), '[]') INTO facets
          FROM benchmark_latest_audits WHERE council_id = ANY(ids);
        figures := benchmark_figures_of(ids);
        PERFORM benchmark_store_councils(ids);
        -- A name or consent change moves no group figure: the groups stay as they are.
        IF benchmark_figures_of(ids) = figures THEN RETURN; END IF;
        SELECT facets || coalesce(jsonb_agg(jsonb_build_array(type, region, population_band)), '[]') INTO facets
          FROM benchmark_latest_audits WHERE council_id = ANY(ids);
        -- The stored groups a changed council was or now is in; other groups are untouched.
        FOR g IN
          SELECT DISTINCT s.type, s.region, s.population_band FROM benchmark_group_stats s, jsonb_array_elements(facets) f
           WHERE s.measure = '' AND (s.type = '' OR s.type = f->>0) AND (s.region = '' OR s.region = f->>1)
             AND (s.population_band = '' OR s.population_band = f->>2)
        LOOP
          DELETE FROM benchmark_group_stats WHERE type = g.type AND region = g.region AND population_band = g.population_band;
          PERFORM benchmark_build_group(g.type, g.region, g.population_band);
        END LOOP;
      END $$`);

    await q.query(`
      CREATE FUNCTION benchmark_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE g record;
      BEGIN
        INSERT INTO benchmark_state (id, version, built_version, rebuilds) VALUES (true, 1, 1, 1)
          ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1,
            built_version = benchmark_state.version + 1, rebuilds = benchmark_state.rebuilds + 1;
        PERFORM benchmark_store_councils(NULL);
        FOR g IN SELECT DISTINCT type, region, population_band FROM benchmark_group_stats LOOP
          DELETE FROM benchmark_group_stats WHERE type = g.type AND region = g.region AND population_band = g.population_band;
          PERFORM benchmark_build_group(g.type, g.region, g.population_band);
        END LOOP;
      END $$`);

    // Trigger functions: find the councils whose benchmark inputs changed (drafts change nothing).
    await q.query(`
      CREATE FUNCTION benchmark_audit_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(SELECT DISTINCT council_id FROM changed WHERE status = 'submitted'));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_audits_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(
          SELECT DISTINCT x.council_id FROM old_rows o JOIN new_rows n ON n.id = o.id,
                 LATERAL (VALUES (o.council_id), (n.council_id)) x(council_id)
           WHERE (o.status = 'submitted' OR n.status = 'submitted')
             AND (o.council_id, o.status, o.index_score, o.provisional, o.period_end, o.submitted_at)
                 IS DISTINCT FROM (n.council_id, n.status, n.index_score, n.provisional, n.period_end, n.submitted_at)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_principle_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(
          SELECT DISTINCT a.council_id FROM changed c JOIN audits a ON a.id = c.audit_id
           WHERE a.status = 'submitted' AND c.perspective = 'leadership'));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_principles_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(
          SELECT DISTINCT a.council_id FROM (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) c
            JOIN audits a ON a.id = c.audit_id
           WHERE a.status = 'submitted' AND c.perspective = 'leadership'));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_councils_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(SELECT id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_councils_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_refresh_councils(ARRAY(
          SELECT DISTINCT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.name, o.type, o.region, o.population_band, o.sharing, o.archived_at)
                 IS DISTINCT FROM (n.name, n.type, n.region, n.population_band, n.sharing, n.archived_at)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_inputs_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM benchmark_rebuild();
        RETURN NULL;
      END $$`);
    for (const sql of [
      `CREATE TRIGGER benchmark_audits_inserted AFTER INSERT ON audits REFERENCING NEW TABLE AS changed
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_audit_rows_changed()`,
      `CREATE TRIGGER benchmark_audits_deleted AFTER DELETE ON audits REFERENCING OLD TABLE AS changed
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_audit_rows_changed()`,
      `CREATE TRIGGER benchmark_audits_updated AFTER UPDATE ON audits
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_audits_updated()`,
      `CREATE TRIGGER benchmark_audits_truncated AFTER TRUNCATE ON audits
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_truncated()`,
      `CREATE TRIGGER benchmark_principles_inserted AFTER INSERT ON audit_principle_scores
         REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION benchmark_principle_rows_changed()`,
      `CREATE TRIGGER benchmark_principles_deleted AFTER DELETE ON audit_principle_scores
         REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION benchmark_principle_rows_changed()`,
      `CREATE TRIGGER benchmark_principles_updated AFTER UPDATE ON audit_principle_scores
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_principles_updated()`,
      `CREATE TRIGGER benchmark_principles_truncated AFTER TRUNCATE ON audit_principle_scores
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_truncated()`,
      `CREATE TRIGGER benchmark_councils_deleted AFTER DELETE ON councils REFERENCING OLD TABLE AS changed
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_councils_changed()`,
      `CREATE TRIGGER benchmark_councils_updated AFTER UPDATE ON councils
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_councils_updated()`,
      `CREATE TRIGGER benchmark_councils_truncated AFTER TRUNCATE ON councils
         FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_truncated()`,
    ])
      await q.query(sql);
    // From here on the stored model is always current: bring it there once (counts as a rebuild).
    // An empty database has nothing to build, and gets its state row from its first change (or
    // from the backup a restore copies in, which must then be the only one).
    const [{ any }] = (await q.query(
      `SELECT EXISTS (SELECT 1 FROM benchmark_state)
           OR EXISTS (SELECT 1 FROM audits WHERE status = 'submitted') AS any`,
    )) as Array<{ any: boolean }>;
    if (any) await q.query(`SELECT benchmark_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of TRIGGERS) await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    for (const fn of [
      'benchmark_inputs_truncated()',
      'benchmark_councils_updated()',
      'benchmark_councils_changed()',
      'benchmark_principles_updated()',
      'benchmark_principle_rows_changed()',
      'benchmark_audits_updated()',
      'benchmark_audit_rows_changed()',
      'benchmark_rebuild()',
      'benchmark_refresh_councils(uuid[])',
      'benchmark_figures_of(uuid[])',
      'benchmark_store_councils(uuid[])',
      'benchmark_build_group(text, text, text)',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`ALTER TABLE benchmark_state DROP COLUMN rebuilds`);
    // The previous triggers only move the version: the next reader rebuilds from the sources.
    await q.query(`
      CREATE FUNCTION benchmark_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO benchmark_state (id) VALUES (true)
          ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_submitted_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed WHERE status = 'submitted') THEN
          INSERT INTO benchmark_state (id) VALUES (true)
            ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION benchmark_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed) THEN
          INSERT INTO benchmark_state (id) VALUES (true)
            ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const sql of PREVIOUS_TRIGGERS) await q.query(sql);
    await q.query(`UPDATE benchmark_state SET version = version + 1`);
  }
}

const PRINCIPLES_OF = (audit: string) =>
  `coalesce((SELECT jsonb_object_agg(s.principle_key, s.index_score) FROM audit_principle_scores s
              WHERE s.audit_id = ${audit} AND s.perspective = 'leadership'), '{}'::jsonb)`;

const TRIGGERS = [
  ['benchmark_audits_inserted', 'audits'],
  ['benchmark_audits_deleted', 'audits'],
  ['benchmark_audits_updated', 'audits'],
  ['benchmark_audits_truncated', 'audits'],
  ['benchmark_principles_inserted', 'audit_principle_scores'],
  ['benchmark_principles_deleted', 'audit_principle_scores'],
  ['benchmark_principles_updated', 'audit_principle_scores'],
  ['benchmark_principles_truncated', 'audit_principle_scores'],
  ['benchmark_councils_deleted', 'councils'],
  ['benchmark_councils_updated', 'councils'],
  ['benchmark_councils_truncated', 'councils'],
] as const;

const PREVIOUS_TRIGGERS = [
  `CREATE TRIGGER benchmark_audits_inserted AFTER INSERT ON audits REFERENCING NEW TABLE AS changed
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_submitted_rows_changed()`,
  `CREATE TRIGGER benchmark_audits_deleted AFTER DELETE ON audits REFERENCING OLD TABLE AS changed
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_submitted_rows_changed()`,
  `CREATE TRIGGER benchmark_audits_updated
     AFTER UPDATE OF council_id, status, index_score, provisional, period_end, submitted_at ON audits
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_changed()`,
  `CREATE TRIGGER benchmark_audits_truncated AFTER TRUNCATE ON audits
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_changed()`,
  `CREATE TRIGGER benchmark_principles_inserted AFTER INSERT ON audit_principle_scores
     REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION benchmark_rows_changed()`,
  `CREATE TRIGGER benchmark_principles_deleted AFTER DELETE ON audit_principle_scores
     REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION benchmark_rows_changed()`,
  `CREATE TRIGGER benchmark_principles_updated AFTER UPDATE ON audit_principle_scores
     REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION benchmark_rows_changed()`,
  `CREATE TRIGGER benchmark_principles_truncated AFTER TRUNCATE ON audit_principle_scores
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_changed()`,
  `CREATE TRIGGER benchmark_councils_deleted AFTER DELETE ON councils REFERENCING OLD TABLE AS changed
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_rows_changed()`,
  `CREATE TRIGGER benchmark_councils_updated
     AFTER UPDATE OF name, type, region, population_band, sharing, archived_at ON councils
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_changed()`,
  `CREATE TRIGGER benchmark_councils_truncated AFTER TRUNCATE ON councils
     FOR EACH STATEMENT EXECUTE FUNCTION benchmark_inputs_changed()`,
];
