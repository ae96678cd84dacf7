import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each council's protocol register, its audits, ratings and the summaries stored on submit. */
export class RegisterAndAudits1764300000000 implements MigrationInterface {
  name = 'RegisterAndAudits1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE protocols (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 2 AND 200),
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        type text NOT NULL CHECK (type IN ('policy','procedure','permission','performance-measure','contract',
          'system-data','budget','hr','governance')),
        owner text NOT NULL DEFAULT '',
        service_area text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('organisational','wider')),
        context_need text NOT NULL CHECK (context_need IN ('relational','transactional','mixed')),
        reach text NOT NULL CHECK (reach IN ('low','medium','high')),
        basis text NOT NULL CHECK (basis IN ('statutory','council-policy','local-practice','assumed')),
        review_date date,
        source_links text[] NOT NULL DEFAULT '{}',
        library_key text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired')),
        retired_at timestamptz,
        retired_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'retired') = (retired_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX protocols_council_name_key ON protocols (council_id, lower(name))`,
    );
    await q.query(`CREATE INDEX protocols_council_idx ON protocols (council_id, status)`);

    await q.query(`
      CREATE TABLE audits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        label text NOT NULL CHECK (length(trim(label)) BETWEEN 2 AND 120),
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        framework_version_id uuid NOT NULL REFERENCES framework_versions(id),
        perspectives text[] NOT NULL DEFAULT '{leadership}',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted')),
        submitted_at timestamptz,
        submitted_by uuid REFERENCES users(id),
        reopened_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        -- Headline numbers stored on submit, so lists, dashboards and benchmarks stay cheap.
        index_score double precision,
        wider_index double precision,
        coverage double precision,
        provisional boolean,
        mismatch_count integer,
        protocol_load integer,
        summary jsonb,
        CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX audits_council_idx ON audits (council_id, period_end DESC)`);
    await q.query(
      `CREATE INDEX audits_submitted_idx ON audits (period_end) WHERE status = 'submitted'`,
    );

    // The protocols an audit covers, with their register details as they were when taken in.
    await q.query(`
      CREATE TABLE audit_protocols (
        audit_id uuid NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        protocol_id uuid NOT NULL REFERENCES protocols(id),
        name text NOT NULL,
        category text NOT NULL,
        type text NOT NULL,
        service_area text NOT NULL,
        scope text NOT NULL,
        context_need text NOT NULL,
        reach text NOT NULL,
        PRIMARY KEY (audit_id, protocol_id)
      )`);

    await q.query(`
      CREATE TABLE ratings (
        audit_id uuid NOT NULL,
        protocol_id uuid NOT NULL,
        principle_key text NOT NULL,
        perspective text NOT NULL DEFAULT 'leadership'
          CHECK (perspective IN ('leadership','frontline','residents')),
        value smallint CHECK (value BETWEEN -2 AND 2),
        evidence_text text,
        evidence_date date,
        evidence_url text,
        carried_forward boolean NOT NULL DEFAULT false,
        rated_at timestamptz NOT NULL DEFAULT now(),
        rated_by uuid REFERENCES users(id),
        PRIMARY KEY (audit_id, protocol_id, principle_key, perspective),
        FOREIGN KEY (audit_id, protocol_id) REFERENCES audit_protocols(audit_id, protocol_id) ON DELETE CASCADE,
        -- A strong rating needs written evidence.
        CHECK (value IS NULL OR abs(value) < 2 OR length(trim(coalesce(evidence_text, ''))) > 0)
      )`);

    // Per-protocol and per-principle results stored on submit (movers, heat maps, benchmarks).
    await q.query(`
      CREATE TABLE audit_protocol_scores (
        audit_id uuid NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        protocol_id uuid NOT NULL REFERENCES protocols(id),
        perspective text NOT NULL,
        score double precision,
        class text,
        mismatch boolean NOT NULL,
        PRIMARY KEY (audit_id, protocol_id, perspective)
      )`);
    await q.query(`
      CREATE TABLE audit_principle_scores (
        audit_id uuid NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        principle_key text NOT NULL,
        perspective text NOT NULL,
        index_score double precision,
        rated_count integer NOT NULL,
        PRIMARY KEY (audit_id, principle_key, perspective)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_principle_scores`);
    await q.query(`DROP TABLE audit_protocol_scores`);
    await q.query(`DROP TABLE ratings`);
    await q.query(`DROP TABLE audit_protocols`);
    await q.query(`DROP TABLE audits`);
    await q.query(`DROP TABLE protocols`);
  }
}
