import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cell-level concurrency for audits: the last change of every rating cell (including clears, which
 * leave no rating row) with the audit version it produced, who made it and what it replaced, so
 * writes to different cells merge and a conflict can say who changed the same cell, when, and how.
 * `register_version` is the audit version at the last register change that reached the draft.
 */
export class RatingCellChanges1765000000000 implements MigrationInterface {
  name = 'RatingCellChanges1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating_cell_changes (
        audit_id uuid NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        protocol_id uuid NOT NULL,
        principle_key text NOT NULL,
        perspective text NOT NULL,
        audit_version integer NOT NULL,
        changed_by uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb,
        PRIMARY KEY (audit_id, protocol_id, principle_key, perspective)
      )`);
    await q.query(`ALTER TABLE audits ADD COLUMN register_version integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audits DROP COLUMN register_version`);
    await q.query(`DROP TABLE rating_cell_changes`);
  }
}
