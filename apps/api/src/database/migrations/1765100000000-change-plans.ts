import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change plans: the changes a council plans to its protocols (amend, replace, retire, introduce)
 * with their target ratings, owner, due date, priority and status; every status change with who
 * and when; dated notes. A protocol is the subject of at most one open change (a partial unique
 * index), so two managers cannot plan the same protocol twice even at the same moment.
 */
export class ChangePlans1765100000000 implements MigrationInterface {
  name = 'ChangePlans1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        kind text NOT NULL CHECK (kind IN ('amend','replace','retire','introduce')),
        protocol_id uuid REFERENCES protocols(id),
        new_protocol jsonb,
        result_protocol_id uuid REFERENCES protocols(id),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 2 AND 200),
        rationale text NOT NULL DEFAULT '' CHECK (length(rationale) <= 4000),
        owner_user_id uuid REFERENCES users(id),
        owner_team text CHECK (owner_team IS NULL OR length(trim(owner_team)) BETWEEN 1 AND 120),
        due_date date,
        priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('high','medium','low')),
        status text NOT NULL DEFAULT 'proposed'
          CHECK (status IN ('proposed','agreed','in-progress','done','dropped')),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        status_changed_by uuid REFERENCES users(id),
        agreed_at timestamptz,
        target_ratings jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(target_ratings) = 'object'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- introduce: a new protocol and no register protocol; the other kinds: the opposite.
        CONSTRAINT plan_changes_subject CHECK (
          (kind = 'introduce') = (protocol_id IS NULL)
          AND (kind = 'introduce') = (new_protocol IS NOT NULL)),
        CONSTRAINT plan_changes_retire_no_targets CHECK (kind <> 'retire' OR target_ratings = '{}'),
        CONSTRAINT plan_changes_agreed_at CHECK (status = 'proposed' OR status = 'dropped' OR agreed_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX plan_changes_council_idx ON plan_changes (council_id, status)`);
    await q.query(`
      CREATE UNIQUE INDEX plan_changes_one_open_per_protocol ON plan_changes (protocol_id)
        WHERE protocol_id IS NOT NULL AND status IN ('proposed','agreed','in-progress')`);
    await q.query(`
      CREATE INDEX plan_changes_overdue_idx ON plan_changes (due_date)
        WHERE status IN ('proposed','agreed','in-progress')`);

    await q.query(`
      CREATE TABLE plan_change_status_changes (
        id bigserial PRIMARY KEY,
        change_id uuid NOT NULL REFERENCES plan_changes(id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN ('proposed','agreed','in-progress','done','dropped')),
        to_status text NOT NULL CHECK (to_status IN ('proposed','agreed','in-progress','done','dropped')),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid REFERENCES users(id)
      )`);
    await q.query(
      `CREATE INDEX plan_change_status_changes_change_idx ON plan_change_status_changes (change_id, changed_at)`,
    );

    await q.query(`
      CREATE TABLE plan_change_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        change_id uuid NOT NULL REFERENCES plan_changes(id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id)
      )`);
    await q.query(
      `CREATE INDEX plan_change_notes_change_idx ON plan_change_notes (change_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_change_notes`);
    await q.query(`DROP TABLE plan_change_status_changes`);
    await q.query(`DROP TABLE plan_changes`);
  }
}
