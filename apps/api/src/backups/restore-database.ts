import type { ClientBase } from 'pg';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { DataSource, DataSourceOptions, EntityManager, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { BackupError } from './backup-error';
import { BackupFileReader } from './backup-file';
import { BackupManifest } from './backup-manifest';
import {
  addForeignKey,
  analyze,
  applicationTables,
  appliedMigrations,
  copyIn,
  dropForeignKey,
  emptyPublicSchema,
  foreignKeys,
  otherConnections,
  setSequence,
  setUserTriggers,
  tablesWithRows,
} from './backup.queries';
import { canMigrateTo, lastMigration, migrationsForBackup } from './migration-versions';

export interface RestoreOptions {
  /** Replace whatever the target holds (its whole public schema); otherwise it must be empty. */
  replace: boolean;
}

/**
 * Restores a backup into the database at `url`, all or nothing: in one transaction it (with
 * `replace`, empties the schema,) migrates the schema to the backup's migrations, copies every
 * table in with foreign keys and table triggers set aside, puts the keys back (checking every row),
 * and sets the sequences. The schema is left at the backup's version; the app's own migrations
 * take it from there.
 */
export async function restoreDatabase(
  url: string,
  path: string,
  options: RestoreOptions,
): Promise<BackupManifest> {
  const reader = await BackupFileReader.open(path);
  try {
    const { manifest } = reader;
    const schema = migrationsForBackup(manifest.migrations);
    const db = new DataSource({
      ...dataSourceOptions(url, 1),
      migrations: schema,
    } as DataSourceOptions);
    await db.initialize();
    const runner = db.createQueryRunner();
    try {
      await checkTarget(runner.manager, manifest, options);
      await runner.startTransaction();
      try {
        const m = runner.manager;
        if (options.replace) await emptyPublicSchema(m);
        const executor = new MigrationExecutor(db, runner);
        executor.transaction = 'all'; // inside ours: nothing commits before the data is in
        await executor.executePendingMigrations();
        await checkTablesMatch(m, manifest);
        await copyEverything(m, (await runner.connect()) as ClientBase, reader, manifest);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
      await analyze(runner.manager);
      return manifest;
    } finally {
      await runner.release();
      await db.destroy();
    }
  } finally {
    reader.close();
  }
}

/** Refuses a target that holds data (unless replacing), is in use, or is ahead of the backup. */
async function checkTarget(
  m: EntityManager,
  manifest: BackupManifest,
  { replace }: RestoreOptions,
): Promise<void> {
  const tables = (await applicationTables(m)).map((t) => t.name);
  const filled = await tablesWithRows(m, tables);
  if (filled.length > 0 && !replace) {
    throw new BackupError(
      `The target database already holds data (${filled.length} tables with rows, e.g. ${filled.slice(0, 3).join(', ')}). ` +
        `Restore into a new, empty database, or add --replace to replace everything in it.`,
    );
  }
  const others = await otherConnections(m);
  if (others > 0) {
    throw new BackupError(
      `${others} other connection(s) are open to the target database: stop the app (and anything else using it) first.`,
    );
  }
  const applied = await appliedMigrations(m);
  if (!replace && !canMigrateTo(applied, manifest.migrations)) {
    throw new BackupError(
      `The target database is empty but its schema is at migration ${lastMigration(applied)}, not the backup's ` +
        `(${lastMigration(manifest.migrations)}). Restore into a new database, or add --replace.`,
    );
  }
}

async function checkTablesMatch(m: EntityManager, manifest: BackupManifest): Promise<void> {
  const target = new Map((await applicationTables(m)).map((t) => [t.name, t.columns.join(',')]));
  const differ = manifest.tables.filter((t) => target.get(t.name) !== t.columns.join(','));
  const missing = [...target.keys()].filter((n) => !manifest.tables.some((t) => t.name === n));
  if (differ.length > 0 || missing.length > 0) {
    throw new BackupError(
      `The backup's tables do not match the schema at its own migrations (${[...differ.map((t) => t.name), ...missing].join(', ')}): the file is damaged.`,
    );
  }
}

async function copyEverything(
  m: EntityManager,
  client: ClientBase,
  reader: BackupFileReader,
  manifest: BackupManifest,
): Promise<void> {
  const keys = await foreignKeys(m);
  for (const key of keys) await dropForeignKey(m, key);
  for (const table of manifest.tables) await setUserTriggers(m, table.name, false);

  for (const table of manifest.tables) {
    const into = copyIn(client, table);
    await pipeline(Readable.from(reader.tableRows()), into);
    if (into.rowCount !== table.rows) {
      throw new BackupError(
        `The backup lists ${table.rows} rows of ${table.name} but holds ${into.rowCount}: it is damaged.`,
      );
    }
  }
  await reader.expectEnd();

  for (const key of keys) await addForeignKey(m, key);
  for (const table of manifest.tables) await setUserTriggers(m, table.name, true);
  for (const sequence of manifest.sequences) await setSequence(m, sequence);
}
