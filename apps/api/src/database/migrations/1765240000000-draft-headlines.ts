import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft's headline figures, stored with the audit version they were scored at, so the audits
 * list reads them instead of scoring every draft on every read. Stale (an older version) → the
 * next read scores once and stores again. The list's order (newest period first, then the most
 * recently started) gets an index that serves its pages without a sort.
 */
export class DraftHeadlines1765240000000 implements MigrationInterface {
  name = 'DraftHeadlines1765240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audits ADD COLUMN draft_headline jsonb, ADD COLUMN draft_headline_version integer`,
    );
    await q.query(`DROP INDEX audits_council_idx`);
    await q.query(
      `CREATE INDEX audits_council_list_idx ON audits (council_id, period_end DESC, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audits_council_list_idx`);
    await q.query(`CREATE INDEX audits_council_idx ON audits (council_id, period_end DESC)`);
    await q.query(
      `ALTER TABLE audits DROP COLUMN draft_headline_version, DROP COLUMN draft_headline`,
    );
  }
}
