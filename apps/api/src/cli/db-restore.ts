/**
 * Restores a backup made by `npm run db:backup` (see the README's "Backup and restore"):
 *   npm run db:restore -- backups/rcp-audit-….backup.gz              (into an empty database)
 *   npm run db:restore -- backups/rcp-audit-….backup.gz --replace    (over the data there)
 * Stop the app first. Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (created when the
 * folder is new). All or nothing: a refused or failed restore leaves the database as it was.
 */
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { restoreDatabase } from '../backups/restore-database';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrationsOnce } from '../database/run-migrations';
import { restored } from './backup-messages';
import { openCommandDatabase } from './command-database';
import { runCommand } from './run-command';

const USAGE = 'Usage: npm run db:restore -- <backup file> [--replace]';

/** Runs this version's newer migrations, as the app would at start; returns how many ran. */
async function upgrade(url: string): Promise<number> {
  const db = new DataSource(dataSourceOptions(url, 1));
  await db.initialize();
  try {
    return (await runMigrationsOnce(db)).length;
  } finally {
    await db.destroy();
  }
}

runCommand(async (args) => {
  const replace = args.includes('--replace');
  const files = args.filter((a) => a !== '--replace');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  const path = resolve(files[0]);
  const db = await openCommandDatabase(config, { readOnly: false, mustExist: false });
  try {
    console.log(`Restoring ${path} into ${db.where}${replace ? ', replacing its data' : ''} …`);
    const manifest = await restoreDatabase(db.url, path, { replace });
    console.log(restored(manifest, db.where, await upgrade(db.url)));
    return 0;
  } finally {
    await db.close();
  }
});
