import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { BackupError } from './backup-error';
import { BackupFileWriter } from './backup-file';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifest } from './backup-manifest';
import {
  applicationTables,
  appliedMigrations,
  copyOut,
  countRows,
  readOnlySnapshot,
  sequences,
  serverVersion,
} from './backup.queries';

const NEWLINE = 0x0a;

function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * Writes a logical backup of the database at `url` to `path`: every application table streamed
 * with COPY from one consistent snapshot (read-only, so the app may keep running), with a manifest
 * of the migrations, tables, row counts and sequences. Works with any PostgreSQL version.
 */
export async function backUpDatabase(url: string, path: string): Promise<BackupManifest> {
  const db = new DataSource(dataSourceOptions(url, 1));
  await db.initialize();
  const runner = db.createQueryRunner();
  let writer: BackupFileWriter | undefined;
  try {
    await runner.startTransaction();
    const m = runner.manager;
    await readOnlySnapshot(m);
    const migrations = await appliedMigrations(m);
    if (migrations.length === 0) {
      throw new BackupError(
        'This database has no RCP Audit schema (no migrations): nothing to back up.',
      );
    }
    const tables = [];
    for (const table of await applicationTables(m)) {
      tables.push({ ...table, rows: await countRows(m, table.name) });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      postgresVersion: await serverVersion(m),
      migrations,
      tables,
      sequences: await sequences(m),
    };
    writer = await BackupFileWriter.create(path, manifest);
    const client = (await runner.connect()) as ClientBase;
    for (const table of tables) {
      let rows = 0;
      for await (const chunk of copyOut(client, table)) {
        rows += countLines(chunk as Buffer);
        await writer.write(chunk as Buffer);
      }
      // COPY text ends every row with a newline; a mismatch means the stream broke off.
      if (rows !== table.rows) {
        throw new BackupError(`Copied ${rows} rows of ${table.name} but counted ${table.rows}.`);
      }
      await writer.endTable();
    }
    await writer.finish();
    writer = undefined;
    await runner.commitTransaction();
    return manifest;
  } catch (error) {
    await writer?.abort();
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
    await db.destroy();
  }
}
