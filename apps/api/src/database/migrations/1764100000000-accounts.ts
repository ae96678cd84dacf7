import { MigrationInterface, QueryRunner } from 'typeorm';

/** Councils (the tenant), users, sessions, invitations, login rate limits and the audit trail. */
export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE councils (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 2 AND 120),
        type text NOT NULL CHECK (type IN ('county','district','unitary','metropolitan-borough',
          'london-borough','welsh','scottish','northern-irish')),
        region text NOT NULL,
        population_band text NOT NULL
          CHECK (population_band IN ('under-150k','150k-300k','300k-500k','over-500k')),
        sharing text NOT NULL DEFAULT 'anonymised' CHECK (sharing IN ('named','anonymised')),
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX councils_name_key ON councils (lower(name))`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('coordinator','lead','manager','viewer')),
        council_id uuid REFERENCES councils(id),
        password_hash text,
        status text NOT NULL CHECK (status IN ('invited','active','deactivated')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        deactivated_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT users_council_matches_role CHECK ((role = 'coordinator') = (council_id IS NULL)),
        CONSTRAINT users_active_has_password CHECK (status <> 'active' OR password_hash IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_council_idx ON users (council_id)`);

    await q.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX invitations_user_idx ON invitations (user_id)`);

    // Counters for @nestjs/throttler and failed sign-ins, shared by every API instance.
    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        council_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        before jsonb,
        after jsonb,
        ip text,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_events_time_idx ON audit_events (occurred_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX audit_events_council_idx ON audit_events (council_id, occurred_at DESC, id DESC)`,
    );
    // Append-only: the database itself refuses to change or remove an event.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE councils`);
  }
}
