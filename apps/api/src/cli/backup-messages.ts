import type { BackupManifest } from '../backups/backup-manifest';

const rowsOf = (manifest: BackupManifest) => manifest.tables.reduce((sum, t) => sum + t.rows, 0);
const schemaOf = (manifest: BackupManifest) => manifest.migrations[manifest.migrations.length - 1];

export function backedUp(manifest: BackupManifest, path: string): string {
  return (
    `Backed up ${manifest.tables.length} tables (${rowsOf(manifest)} rows; schema at ${schemaOf(manifest)}) to\n  ${path}\n` +
    `It holds personal data and password hashes: keep it as safe as the database itself.`
  );
}

export function restored(manifest: BackupManifest, where: string, upgraded: number): string {
  return (
    `Restored ${manifest.tables.length} tables (${rowsOf(manifest)} rows) from the backup of ${manifest.createdAt} into ${where}` +
    (upgraded > 0 ? `, then applied ${upgraded} newer migration(s).` : '.') +
    `\nStart the app to use it.`
  );
}
