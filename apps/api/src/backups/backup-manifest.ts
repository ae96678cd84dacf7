import { BackupError } from './backup-error';

export const BACKUP_FORMAT = 'rcp-audit-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTable {
  name: string;
  /** The columns in the order of the COPY rows (generated columns are left out). */
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** bigint, as text. */
  lastValue: string;
  isCalled: boolean;
}

/** The first line of a backup file: what it holds, and the schema it fits. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  postgresVersion: string;
  /** TypeORM migrations applied to the database backed up, oldest first. */
  migrations: string[];
  /** Every table of the public schema but TypeORM's own, in the order of the file's sections. */
  tables: BackupTable[];
  sequences: BackupSequence[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses and checks the manifest line; a file that is not a backup of ours gets a clear refusal. */
export function parseManifest(line: string): BackupManifest {
  let value: Partial<BackupManifest>;
  try {
    value = JSON.parse(line) as Partial<BackupManifest>;
  } catch {
    throw new BackupError('This file is not an RCP Audit backup (it has no manifest).');
  }
  if (value?.format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not an RCP Audit backup (it has no manifest).');
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup has format version ${String(value.formatVersion)}; this version of RCP Audit reads version ${BACKUP_FORMAT_VERSION}. Restore it with the version that made it.`,
    );
  }
  const tablesOk =
    Array.isArray(value.tables) &&
    value.tables.every(
      (t) => typeof t?.name === 'string' && isStringArray(t.columns) && Number.isInteger(t.rows),
    );
  const sequencesOk =
    Array.isArray(value.sequences) &&
    value.sequences.every(
      (s) =>
        typeof s?.name === 'string' &&
        /^-?\d+$/.test(String(s.lastValue)) &&
        typeof s.isCalled === 'boolean',
    );
  if (!isStringArray(value.migrations) || !tablesOk || !sequencesOk) {
    throw new BackupError('The backup manifest is damaged (tables, sequences or migrations).');
  }
  return value as BackupManifest;
}
