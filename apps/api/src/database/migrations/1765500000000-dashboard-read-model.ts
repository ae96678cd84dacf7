import { MigrationInterface, QueryRunner } from 'typeorm';
import { DashboardRepository } from '../../dashboard/dashboard.repository';
import { buildStoredDashboard, DEFAULT_VIEW } from '../../dashboard/dashboard-model-build';
import { listCouncilIds, storeDashboard } from '../../dashboard/dashboard-model.queries';
import { FrameworkVersionsRepository } from '../../frameworks/framework-versions.repository';
import { FrameworksService } from '../../frameworks/frameworks.service';

/** Tables whose rows belong to an audit: a change counts when that audit is submitted. */
const AUDIT_ROW_TABLES = [
  'audit_protocols',
  'ratings',
  'audit_protocol_scores',
  'audit_principle_scores',
];

/**
 * The dashboard read model: each council's dashboard answer (JSON text and ETag) per view —
 * '' for the default view, an audit id when one audit is chosen — with the council's input
 * version it was built at. Triggers move `dashboard_versions.version` for exactly the councils a
 * write concerns: their submitted audits and everything read with them (protocols, ratings,
 * stored scores), the register status of their protocols, their own facts, and the framework
 * version of their submitted audits. Direct SQL is followed as the API's writes are. A reader that
 * finds an answer built at an older version rebuilds that one answer, so several API processes
 * never serve stale figures. Filtered views and chosen comparisons are not stored.
 * Existing councils' default views are built here; the others on their first read.
 */
export class DashboardReadModel1765500000000 implements MigrationInterface {
  name = 'DashboardReadModel1765500000000';

  async up(q: QueryRunner): Promise<void> {
    // No row: version 0 (nothing has changed since the migration, or the council is new).
    await q.query(`
      CREATE TABLE dashboard_versions (
        council_id uuid PRIMARY KEY REFERENCES councils(id) ON DELETE CASCADE,
        version bigint NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dashboard_answers (
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        view text NOT NULL,
        version bigint NOT NULL,
        etag text NOT NULL,
        body text NOT NULL,
        PRIMARY KEY (council_id, view)
      )`);

    // Councils in id order, so two writers touching several councils never wait on each other
    // in a cycle; a council deleted in the same statement (cascades) is skipped.
    await q.query(`
      CREATE FUNCTION dashboard_councils_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO dashboard_versions (council_id, version)
        SELECT c.id, 1 FROM councils c WHERE c.id = ANY(ids) ORDER BY c.id
        ON CONFLICT (council_id) DO UPDATE SET version = dashboard_versions.version + 1
      $$`);
    await q.query(`
      CREATE FUNCTION dashboard_all_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_councils_changed(ARRAY(SELECT id FROM councils));
        RETURN NULL;
      END $$`);
    // Audits: a draft created, edited or deleted changes no dashboard; submit and reopen do.
    await q.query(`
      CREATE FUNCTION dashboard_audits_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[] := '{}';
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          ids := ids || ARRAY(SELECT council_id FROM old_rows WHERE status = 'submitted');
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          ids := ids || ARRAY(SELECT council_id FROM new_rows WHERE status = 'submitted');
        END IF;
        IF cardinality(ids) > 0 THEN
          PERFORM dashboard_councils_changed(ids);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION dashboard_audit_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[] := '{}';
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          ids := ids || ARRAY(SELECT DISTINCT a.council_id FROM (SELECT DISTINCT audit_id FROM old_rows) r
                                JOIN audits a ON a.id = r.audit_id WHERE a.status = 'submitted');
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          ids := ids || ARRAY(SELECT DISTINCT a.council_id FROM (SELECT DISTINCT audit_id FROM new_rows) r
                                JOIN audits a ON a.id = r.audit_id WHERE a.status = 'submitted');
        END IF;
        IF cardinality(ids) > 0 THEN
          PERFORM dashboard_councils_changed(ids);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION dashboard_framework_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        versions uuid[] := '{}';
      BEGIN
        IF TG_TABLE_NAME = 'framework_versions' THEN
          versions := ARRAY(SELECT id FROM new_rows);
        ELSIF TG_OP IN ('UPDATE', 'DELETE') THEN
          versions := ARRAY(SELECT version_id FROM old_rows);
        END IF;
        IF TG_TABLE_NAME = 'framework_items' AND TG_OP IN ('UPDATE', 'INSERT') THEN
          versions := versions || ARRAY(SELECT version_id FROM new_rows);
        END IF;
        PERFORM dashboard_councils_changed(ARRAY(
          SELECT DISTINCT council_id FROM audits
           WHERE status = 'submitted' AND framework_version_id = ANY(versions)));
        RETURN NULL;
      END $$`);
    // Councils' own facts. A statement trigger, like the benchmarks model's on councils, which it
    // follows (triggers of one kind fire in name order): every write then takes the benchmarks
    // lock before a dashboard version, so a council edit and a submission cannot deadlock.
    await q.query(`
      CREATE FUNCTION dashboard_councils_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_councils_changed(ARRAY(
          SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.name, o.type, o.region, o.population_band, o.sharing) IS DISTINCT FROM
                 (n.name, n.type, n.region, n.population_band, n.sharing)));
        RETURN NULL;
      END $$`);
    // The register status of one of a council's protocols (no benchmarks trigger on protocols).
    await q.query(`
      CREATE FUNCTION dashboard_protocol_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_councils_changed(ARRAY[OLD.council_id, NEW.council_id]);
        RETURN NULL;
      END $$`);

    const statementTriggers = (table: string, fn: string) => [
      `CREATE TRIGGER dashboard_${table}_inserted AFTER INSERT ON ${table}
         REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER dashboard_${table}_updated AFTER UPDATE ON ${table}
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER dashboard_${table}_deleted AFTER DELETE ON ${table}
         REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER dashboard_${table}_truncated AFTER TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_all_changed()`,
    ];
    for (const sql of [
      ...statementTriggers('audits', 'dashboard_audits_changed'),
      ...AUDIT_ROW_TABLES.flatMap((t) => statementTriggers(t, 'dashboard_audit_rows_changed')),
      ...statementTriggers('framework_items', 'dashboard_framework_changed'),
      `CREATE TRIGGER dashboard_framework_versions_updated AFTER UPDATE ON framework_versions
         REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_framework_changed()`,
      `CREATE TRIGGER dashboard_protocols_updated AFTER UPDATE ON protocols FOR EACH ROW
         WHEN ((OLD.council_id, OLD.status, OLD.retired_reason) IS DISTINCT FROM
               (NEW.council_id, NEW.status, NEW.retired_reason))
         EXECUTE FUNCTION dashboard_protocol_changed()`,
      `CREATE TRIGGER dashboard_councils_updated AFTER UPDATE ON councils
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_councils_updated()`,
    ])
      await q.query(sql);

    await buildDefaultViews(q);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = ['audits', ...AUDIT_ROW_TABLES, 'framework_items'];
    for (const table of tables)
      for (const event of ['inserted', 'updated', 'deleted', 'truncated'])
        await q.query(`DROP TRIGGER dashboard_${table}_${event} ON ${table}`);
    await q.query(`DROP TRIGGER dashboard_framework_versions_updated ON framework_versions`);
    await q.query(`DROP TRIGGER dashboard_protocols_updated ON protocols`);
    await q.query(`DROP TRIGGER dashboard_councils_updated ON councils`);
    for (const fn of [
      'dashboard_councils_updated()',
      'dashboard_protocol_changed()',
      'dashboard_framework_changed()',
      'dashboard_audit_rows_changed()',
      'dashboard_audits_changed()',
      'dashboard_all_changed()',
      'dashboard_councils_changed(uuid[])',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`DROP TABLE dashboard_answers`);
    await q.query(`DROP TABLE dashboard_versions`);
  }
}

/** Every council's default view, built in the migration's own transaction. */
async function buildDefaultViews(q: QueryRunner): Promise<void> {
  const m = q.manager;
  const frameworks = new FrameworksService(new FrameworkVersionsRepository(q.connection));
  const sources = {
    repository: new DashboardRepository(q.connection),
    m,
    framework: async (n: number) => frameworks.load(await frameworks.row(n, m), m),
  };
  for (const councilId of await listCouncilIds(m))
    await storeDashboard(
      m,
      councilId,
      DEFAULT_VIEW,
      await buildStoredDashboard(sources, councilId, DEFAULT_VIEW),
    );
}
