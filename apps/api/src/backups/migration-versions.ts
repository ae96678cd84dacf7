import { migrations } from '../database/migrations';
import { BackupError } from './backup-error';

type MigrationClass = (typeof migrations)[number];

/** The name TypeORM records for a migration (its `name` property, else the class name). */
function migrationName(migration: MigrationClass): string {
  return (new migration() as { name?: string }).name ?? migration.name;
}

export const codeMigrationNames = (): string[] => migrations.map(migrationName);

const last = (names: string[]) => names[names.length - 1] ?? '(none)';

/**
 * The code's migrations that bring an empty database to the backup's schema. Refuses a backup
 * made by a newer version of the app (a migration this code does not have), or one whose
 * migrations are not this code's, in this order.
 */
export function migrationsForBackup(backupMigrations: string[]): MigrationClass[] {
  const code = codeMigrationNames();
  const unknown = backupMigrations.filter((name) => !code.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `This backup was made by a newer version of RCP Audit (its schema is at migration ${last(backupMigrations)}, ` +
        `which this version does not have; this version ends at ${last(code)}). Upgrade the app, then restore.`,
    );
  }
  if (backupMigrations.some((name, i) => code[i] !== name)) {
    throw new BackupError(
      `This backup's migrations (${backupMigrations.join(', ')}) do not match this version's order; restore it with the version that made it.`,
    );
  }
  return migrations.slice(0, backupMigrations.length);
}

/** Whether a database at migrations `applied` can be migrated forward to `wanted` (a prefix of it). */
export function canMigrateTo(applied: string[], wanted: string[]): boolean {
  return applied.length <= wanted.length && applied.every((name, i) => wanted[i] === name);
}

export { last as lastMigration };
