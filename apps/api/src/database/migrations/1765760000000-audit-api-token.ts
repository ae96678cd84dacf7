import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which API token an event was recorded under (null: a browser session, or no request at all), so
 * a BI tool's refused reads and writes do not read as the person's own. RESTRICT, not SET NULL:
 * the trail is append-only (SET NULL would be an update the trigger refuses), and a token is
 * revoked, never deleted, so the trail can always name it. The partial index holds only the
 * token's events: it finds them (and lets a token's deletion be checked) without a scan.
 */
export class AuditApiToken1765760000000 implements MigrationInterface {
  name = 'AuditApiToken1765760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_events ADD COLUMN api_token_id uuid REFERENCES api_tokens (id) ON DELETE RESTRICT`,
    );
    await q.query(
      `CREATE INDEX audit_events_api_token_idx ON audit_events (api_token_id) WHERE api_token_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_api_token_idx`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN api_token_id`);
  }
}
