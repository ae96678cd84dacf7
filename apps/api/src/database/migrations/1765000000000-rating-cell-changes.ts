import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cell-level concurrency for audits: the last change of every rating cell (including clears, which
 * leave no rating row) with the audit version it produced, who made it and what it replaced, so
 * writes to different cells merge and a conflict can say who changed the same cell, when, and how.
 * `register_version` is the audit version at the last register change that reached the draft.
 *
 * Headline figures get one definition (organisational protocols; the wider environment apart):
 * stored load and mismatches become organisational only, with the wider ones and the class counts
 * beside them, all taken from each submitted audit's stored summary.
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
    await q.query(`
      ALTER TABLE audits
        ADD COLUMN wider_protocol_load integer,
        ADD COLUMN wider_mismatch_count integer,
        ADD COLUMN class_counts jsonb`);
    await q.query(`
      UPDATE audits SET
        protocol_load = (summary #>> '{summary,protocolLoad}')::int,
        mismatch_count = (summary #>> '{summary,mismatchCount}')::int,
        wider_protocol_load = (summary #>> '{summary,wider,protocolLoad}')::int,
        wider_mismatch_count = (summary #>> '{summary,wider,mismatchCount}')::int,
        class_counts = jsonb_build_object(
          'enabling', (summary #>> '{summary,classShares,enabling,count}')::int,
          'mixed', (summary #>> '{summary,classShares,mixed,count}')::int,
          'neutral', (summary #>> '{summary,classShares,neutral,count}')::int,
          'inhibiting', (summary #>> '{summary,classShares,inhibiting,count}')::int,
          'unscored', (summary #>> '{summary,classShares,unscored,count}')::int)
      WHERE summary IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audits DROP COLUMN class_counts, DROP COLUMN wider_mismatch_count, DROP COLUMN wider_protocol_load`,
    );
    await q.query(`ALTER TABLE audits DROP COLUMN register_version`);
    await q.query(`DROP TABLE rating_cell_changes`);
  }
}
