import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only API tokens for BI tools. Only a SHA-256 hash of each secret is stored (with a short
 * prefix to tell tokens apart); a council's token reads that council, a null council the network.
 * A name is unique among a scope's tokens not yet revoked.
 */
export class ApiTokens1765700000000 implements MigrationInterface {
  name = 'ApiTokens1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        council_id uuid REFERENCES councils (id),
        created_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE UNIQUE INDEX api_tokens_live_name_key
        ON api_tokens (COALESCE(council_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
        WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX api_tokens_created_by_idx ON api_tokens (created_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_tokens`);
  }
}
