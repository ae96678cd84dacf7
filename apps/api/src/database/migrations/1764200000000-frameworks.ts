import { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned RCP frameworks. A published version (and its items) can never change. */
export class Frameworks1764200000000 implements MigrationInterface {
  name = 'Frameworks1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE framework_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('draft','published')),
        name text NOT NULL,
        notes text NOT NULL DEFAULT '',
        definition text NOT NULL,
        layers jsonb NOT NULL,
        rating_scale jsonb NOT NULL,
        categories jsonb NOT NULL,
        qualities jsonb NOT NULL,
        theory_of_change jsonb NOT NULL,
        scoring_parameters jsonb NOT NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        revision integer NOT NULL DEFAULT 1,
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    // At most one draft at a time.
    await q.query(
      `CREATE UNIQUE INDEX framework_versions_one_draft ON framework_versions ((true)) WHERE status = 'draft'`,
    );

    await q.query(`
      CREATE TABLE framework_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES framework_versions(id) ON DELETE CASCADE,
        layer text NOT NULL CHECK (layer IN ('principle','behaviour','competency')),
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9]*([_-][a-z0-9]+)*$'),
        title text NOT NULL,
        description text NOT NULL,
        weight numeric,
        contexts text[],
        relational boolean,
        principle_keys text[] NOT NULL DEFAULT '{}',
        sort_order integer NOT NULL,
        UNIQUE (version_id, layer, key),
        CHECK ((layer = 'principle') = (weight IS NOT NULL AND contexts IS NOT NULL AND relational IS NOT NULL))
      )`);

    await q.query(`
      CREATE FUNCTION framework_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
      BEGIN
        IF TG_TABLE_NAME = 'framework_versions' THEN
          IF OLD.status = 'published' THEN
            RAISE EXCEPTION 'framework version % is published and cannot change', OLD.number;
          END IF;
        ELSE
          target := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
          IF EXISTS (SELECT 1 FROM framework_versions WHERE id = target AND status = 'published')
             OR (TG_OP = 'UPDATE' AND EXISTS (
               SELECT 1 FROM framework_versions WHERE id = OLD.version_id AND status = 'published')) THEN
            RAISE EXCEPTION 'items of a published framework version cannot change';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER framework_versions_immutable BEFORE UPDATE OR DELETE ON framework_versions
      FOR EACH ROW EXECUTE FUNCTION framework_published_is_immutable()`);
    await q.query(`CREATE TRIGGER framework_items_immutable BEFORE INSERT OR UPDATE OR DELETE ON framework_items
      FOR EACH ROW EXECUTE FUNCTION framework_published_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE framework_items`);
    await q.query(`DROP TABLE framework_versions`);
    await q.query(`DROP FUNCTION framework_published_is_immutable()`);
  }
}
