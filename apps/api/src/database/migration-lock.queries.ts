import type { QueryRunner } from 'typeorm';

// A session-level advisory lock, held by the one connection that runs the migrations; any other
// process on the same database waits here, then finds nothing left to run.
const KEY = `hashtext('rcp-migrations')`;

export async function lockMigrations(runner: QueryRunner): Promise<void> {
  await runner.query(`SELECT pg_advisory_lock(${KEY})`);
}

export async function unlockMigrations(runner: QueryRunner): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock(${KEY})`);
}
