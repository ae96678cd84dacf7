import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A write refreshes only what it changed in each stored peer group: the trend points of the
 * periods whose audits moved (an audit submitted, reopened, rescored or moved between groups),
 * and the distributions only when a member's latest row moved. Before, every group the council
 * was in was built again from all its audits: for the whole network, every period of every
 * council (≈ 0.3 s at 400 councils × 12 audits, inside the submit's transaction).
 *
 * Each kept point is exactly what a full build computes, since a period's figures depend only on
 * the audits of that period of the group's members; the new points are computed by the same SQL
 * as benchmark_build_group. The lock on benchmark_state is still taken first, so writers refresh
 * one after another, each reading the stored trends the previous one committed.
 */
export class BenchmarkChangedPeriods1765710000000 implements MigrationInterface {
  name = 'BenchmarkChangedPeriods1765710000000';

  async up(q: QueryRunner): Promise<void> {
    // The changed periods' audits are found by period, not by reading every submitted audit.
    await q.query(
      `CREATE INDEX benchmark_submitted_audits_period_idx ON benchmark_submitted_audits (period_end)`,
    );
    // What the changed councils gave this group before and after (benchmark_figures_of): the
    // periods where their audits in the group differ, and whether a member's latest row moved.
    await q.query(`
      CREATE FUNCTION benchmark_group_changes(g_type text, g_region text, g_band text, before jsonb, after jsonb,
                                              OUT periods date[], OUT members_moved boolean)
      LANGUAGE sql STABLE AS $$
        WITH was_latest AS (
          SELECT e FROM jsonb_array_elements(before->0) e
           WHERE (g_type = '' OR e->>1 = g_type) AND (g_region = '' OR e->>2 = g_region)
             AND (g_band = '' OR e->>3 = g_band)),
        now_latest AS (
          SELECT e FROM jsonb_array_elements(after->0) e
           WHERE (g_type = '' OR e->>1 = g_type) AND (g_region = '' OR e->>2 = g_region)
             AND (g_band = '' OR e->>3 = g_band)),
        was_audits AS (
          SELECT a FROM jsonb_array_elements(before->1) a WHERE a->>1 IN (SELECT e->>0 FROM was_latest)),
        now_audits AS (
          SELECT a FROM jsonb_array_elements(after->1) a WHERE a->>1 IN (SELECT e->>0 FROM now_latest)),
        moved AS (
          (SELECT a FROM was_audits EXCEPT SELECT a FROM now_audits)
          UNION ALL (SELECT a FROM now_audits EXCEPT SELECT a FROM was_audits))
        SELECT coalesce((SELECT array_agg(DISTINCT (a->>2)::date) FROM moved), '{}'),
               EXISTS (SELECT e FROM was_latest EXCEPT SELECT e FROM now_latest)
                 OR EXISTS (SELECT e FROM now_latest EXCEPT SELECT e FROM was_latest)
      $$`);

    // One stored group brought up to date: distributions from the members (when they moved),
    // trend points of the changed periods computed again, every other point kept as stored.
    await q.query(`
      CREATE FUNCTION benchmark_update_group(g_type text, g_region text, g_band text, before jsonb, after jsonb)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        periods date[];
        members_moved boolean;
      BEGIN
        SELECT c.periods, c.members_moved INTO periods, members_moved
          FROM benchmark_group_changes(g_type, g_region, g_band, before, after) c;
        IF cardinality(periods) = 0 AND NOT members_moved THEN RETURN; END IF;
        WITH members AS (
          SELECT council_id, index_score, principles FROM benchmark_latest_audits
           WHERE (g_type = '' OR type = g_type) AND (g_region = '' OR region = g_region)
             AND (g_band = '' OR population_band = g_band)),
        stored AS (
          SELECT measure, distribution, trend FROM benchmark_group_stats
           WHERE type = g_type AND region = g_region AND population_band = g_band),
        member_values AS (
          SELECT '' AS measure, index_score AS v FROM members WHERE members_moved
          UNION ALL
          SELECT p.key, (p.value #>> '{}')::float8 FROM members m, jsonb_each(m.principles) p WHERE members_moved),
        distributions AS (
          SELECT measure, jsonb_build_object('count', n, 'min', lo, 'q1', q[1], 'median', q[2], 'q3', q[3],
                   'max', hi) AS distribution
            FROM (SELECT measure, count(*) AS n, min(v) AS lo, max(v) AS hi,
                         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v) AS q
                    FROM member_values WHERE v IS NOT NULL GROUP BY measure) x
          UNION ALL
          SELECT measure, distribution FROM stored WHERE NOT members_moved AND distribution IS NOT NULL),
        changed_audits AS (
          SELECT s.period_end, s.index_score, s.principles
            FROM benchmark_submitted_audits s JOIN members m USING (council_id)
           WHERE s.period_end = ANY(periods)),
        audit_values AS (
          SELECT '' AS measure, period_end, index_score AS v FROM changed_audits
          UNION ALL
          SELECT p.key, a.period_end, (p.value #>> '{}')::float8 FROM changed_audits a, jsonb_each(a.principles) p),
        fresh_points AS (
          SELECT measure, period_end, jsonb_build_object('periodEnd', to_char(period_end, 'YYYY-MM-DD'),
                   'councils', councils, 'median', q[2], 'q1', q[1], 'q3', q[3]) AS point
            FROM (SELECT measure, period_end, count(*) AS councils,
                         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v) AS q
                    FROM audit_values WHERE v IS NOT NULL GROUP BY measure, period_end) x),
        kept_points AS (
          SELECT s.measure, (p->>'periodEnd')::date AS period_end, p AS point
            FROM stored s, jsonb_array_elements(s.trend) p
           WHERE (p->>'periodEnd')::date <> ALL (periods)),
        trends AS (
          SELECT measure, jsonb_agg(point ORDER BY period_end) AS trend
            FROM (SELECT * FROM kept_points UNION ALL SELECT * FROM fresh_points) x GROUP BY measure),
        figures AS (
          SELECT ms.measure, d.distribution, coalesce(t.trend, '[]'::jsonb) AS trend
            FROM (SELECT '' AS measure UNION SELECT measure FROM trends) ms
            LEFT JOIN distributions d USING (measure) LEFT JOIN trends t USING (measure)),
        gone AS (
          DELETE FROM benchmark_group_stats s
           WHERE s.type = g_type AND s.region = g_region AND s.population_band = g_band
             AND s.measure NOT IN (SELECT measure FROM figures))
        INSERT INTO benchmark_group_stats AS s (type, region, population_band, measure, distribution, trend)
        SELECT g_type, g_region, g_band, measure, distribution, trend FROM figures
        ON CONFLICT (type, region, population_band, measure) DO UPDATE
          SET distribution = excluded.distribution, trend = excluded.trend
          WHERE (s.distribution, s.trend) IS DISTINCT FROM (excluded.distribution, excluded.trend);
      END $$`);

    await q.query(
      REFRESH_COUNCILS(
        'PERFORM benchmark_update_group(g.type, g.region, g.population_band, figures, after_change);',
      ),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      REFRESH_COUNCILS(`DELETE FROM benchmark_group_stats
            WHERE type = g.type AND region = g.region AND population_band = g.population_band;
          PERFORM benchmark_build_group(g.type, g.region, g.population_band);`),
    );
    await q.query(`DROP FUNCTION benchmark_update_group(text, text, text, jsonb, jsonb)`);
    await q.query(`DROP FUNCTION benchmark_group_changes(text, text, text, jsonb, jsonb)`);
    await q.query(`DROP INDEX benchmark_submitted_audits_period_idx`);
  }
}

/**
 * benchmark_refresh_councils as migration 1765510000000 made it, with `refresh` run for each
 * stored group a changed council was or now is in (`figures`: before the change, `after_change`: after).
 */
const REFRESH_COUNCILS = (refresh: string) => `
  CREATE OR REPLACE FUNCTION benchmark_refresh_councils(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    facets jsonb;
    figures jsonb;
    after_change jsonb;
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
    after_change := benchmark_figures_of(ids);
    -- A name or consent change moves no group figure: the groups stay as they are.
    IF after_change = figures THEN RETURN; END IF;
    SELECT facets || coalesce(jsonb_agg(jsonb_build_array(type, region, population_band)), '[]') INTO facets
      FROM benchmark_latest_audits WHERE council_id = ANY(ids);
    -- The stored groups a changed council was or now is in; other groups are untouched.
    FOR g IN
      SELECT DISTINCT s.type, s.region, s.population_band FROM benchmark_group_stats s, jsonb_array_elements(facets) f
       WHERE s.measure = '' AND (s.type = '' OR s.type = f->>0) AND (s.region = '' OR s.region = f->>1)
         AND (s.population_band = '' OR s.population_band = f->>2)
    LOOP
      ${refresh}
    END LOOP;
  END $$`;
