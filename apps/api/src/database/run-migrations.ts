import { DataSource, MigrationExecutor } from 'typeorm';
import { lockMigrations, unlockMigrations } from './migration-lock.queries';

/**
 * Runs pending migrations once, however many API processes start together on one database:
 * TypeORM takes no lock of its own, so two processes would both create the migrations table and
 * both run each migration. The lock and the migrations share one connection (a pool of one works).
 * Returns the names of the migrations this call ran.
 */
export async function runMigrationsOnce(db: DataSource): Promise<string[]> {
  const runner = db.createQueryRunner();
  try {
    await lockMigrations(runner);
    try {
      const executor = new MigrationExecutor(db, runner);
      executor.transaction = 'each';
      return (await executor.executePendingMigrations()).map((m) => m.name);
    } finally {
      await unlockMigrations(runner);
    }
  } finally {
    await runner.release();
  }
}
