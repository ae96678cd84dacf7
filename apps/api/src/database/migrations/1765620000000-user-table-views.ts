import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's chosen columns and sort order of the register and audits tables, kept on the server
 * so the choice follows them from one device to another. Gone with the user.
 */
export class UserTableViews1765620000000 implements MigrationInterface {
  name = 'UserTableViews1765620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_table_views (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        table_key text NOT NULL,
        columns text[] NOT NULL,
        sort_column text NOT NULL,
        sort_direction text NOT NULL CHECK (sort_direction IN ('ascending', 'descending')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, table_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_table_views`);
  }
}
