/**
 * Writes a logical backup of the database to one file (every table streamed with COPY, and a
 * manifest; see the README's "Backup and restore"):
 *   npm run db:backup                          (to backups/rcp-audit-<UTC time>.backup.gz)
 *   npm run db:backup -- /path/to/file.backup.gz
 * Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR. The app may keep running: the backup
 * reads one consistent snapshot.
 */
import { resolve } from 'node:path';
import { backUpDatabase } from '../backups/back-up-database';
import { defaultBackupPath } from '../backups/backup-file';
import { loadConfig } from '../config/app-config';
import { backedUp } from './backup-messages';
import { openCommandDatabase } from './command-database';
import { runCommand } from './run-command';

runCommand(async (args) => {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    console.error('Usage: npm run db:backup [-- <file>]');
    return 2;
  }
  const config = loadConfig(process.env);
  const path = resolve(args[0] ?? defaultBackupPath());
  const db = await openCommandDatabase(config, { readOnly: true, mustExist: true });
  try {
    console.log(`Backing up ${db.where} (the app may keep running) …`);
    console.log(backedUp(await backUpDatabase(db.url, path), path));
    return 0;
  } finally {
    await db.close();
  }
});
