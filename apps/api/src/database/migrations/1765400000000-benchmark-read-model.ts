import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildBenchmarkModel } from '../../benchmarks/benchmark-model-rebuild';

/**
 * The benchmarks read model: each active council's latest scored submission (with its leadership
 * principle indexes), the submitted audits the trend is made of, and, per peer group and measure
 * (filled on a group's first read at a version), the distribution and the network trend.
 * Triggers move `benchmark_state.version` on every write that changes a benchmark input (submit,
 * reopen, audit delete, council consent/facts/archive, direct SQL alike); a reader that finds
 * `built_version` behind rebuilds the stored rows once, under the state row's lock, so several
 * API processes never serve stale figures. Per-user parts (names, labels, withholding) are not
 * stored: they are applied after reading. The partial index serves the LATERAL latest-audit lookup.
 */
export class BenchmarkReadModel1765400000000 implements MigrationInterface {
  name = 'BenchmarkReadModel1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benchmark_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL DEFAULT 1,
        built_version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE benchmark_latest_audits (
        council_id uuid PRIMARY KEY,
        audit_id uuid NOT NULL,
        index_score double precision NOT NULL,
        provisional boolean,
        period_end date NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        region text NOT NULL,
        population_band text NOT NULL,
        sharing text NOT NULL,
        principles jsonb NOT NULL
      )`);
    // What a group's trend is made of: every submitted audit of a council in the latest table.
    await q.query(`
      CREATE TABLE benchmark_submitted_audits (
        audit_id uuid PRIMARY KEY,
        council_id uuid NOT NULL,
        period_end date NOT NULL,
        index_score double precision,
        principles jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX benchmark_submitted_audits_council_idx ON benchmark_submitted_audits (council_id)`,
    );
    // Built for a peer group on its first read at a version (measure '' always present once built).
    // '' in a facet column means "any"; measure '' is the council index, otherwise a principle key.
    await q.query(`
      CREATE TABLE benchmark_group_stats (
        type text NOT NULL,
        region text NOT NULL,
        population_band text NOT NULL,
        measure text NOT NULL,
        distribution jsonb,
        trend jsonb NOT NULL,
        PRIMARY KEY (type, region, population_band, measure)
      )`);
    await q.query(
      `CREATE INDEX audits_latest_scored_idx ON audits (council_id, period_end DESC, submitted_at DESC)
        WHERE status = 'submitted' AND index_score IS NOT NULL`,
    );

    // The row is created by the first change, so a new database still counts as empty.
    await q.query(`
      CREATE FUNCTION benchmark_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO benchmark_state (id) VALUES (true)
          ON CONFLICT (id) DO UPDATE SET version = benchmark_state.version + 1;
        RETURN NULL;
      END $$`);
    // Statement triggers with transition tables: a draft created or deleted changes nothing.
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
    for (const sql of [
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
    ])
      await q.query(sql);

    const [{ any }] = (await q.query(
      `SELECT EXISTS (SELECT 1 FROM audits WHERE status = 'submitted') AS any`,
    )) as Array<{ any: boolean }>;
    if (any) {
      await q.query(`INSERT INTO benchmark_state (id) VALUES (true)`);
      await rebuildBenchmarkModel(q.manager);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
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
    ])
      await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    await q.query(`DROP FUNCTION benchmark_rows_changed()`);
    await q.query(`DROP FUNCTION benchmark_submitted_rows_changed()`);
    await q.query(`DROP FUNCTION benchmark_inputs_changed()`);
    await q.query(`DROP INDEX audits_latest_scored_idx`);
    await q.query(`DROP TABLE benchmark_group_stats`);
    await q.query(`DROP TABLE benchmark_submitted_audits`);
    await q.query(`DROP TABLE benchmark_latest_audits`);
    await q.query(`DROP TABLE benchmark_state`);
  }
}
