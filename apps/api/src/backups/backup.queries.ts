import { ClientBase, escapeIdentifier } from 'pg';
import { from, to } from 'pg-copy-streams';
import type { Readable, Writable } from 'node:stream';
import { Queryable } from '../database/queryable';
import type { BackupSequence, BackupTable } from './backup-manifest';

/** TypeORM's own bookkeeping: recreated by the migrations, never copied. */
const TYPEORM_TABLES = ['migrations', 'typeorm_metadata'];

const list = (columns: string[]) => columns.map(escapeIdentifier).join(', ');

/** The TypeORM migrations applied here, oldest first; none when the schema was never migrated. */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const [{ present }] = (await db.query(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS present`,
  )) as Array<{ present: boolean }>;
  if (!present) return [];
  const rows = (await db.query(`SELECT name FROM migrations ORDER BY id`)) as Array<{
    name: string;
  }>;
  return rows.map((r) => r.name);
}

/** Every application table of the public schema with its copyable columns, by name. */
export async function applicationTables(db: Queryable): Promise<Array<Omit<BackupTable, 'rows'>>> {
  const rows = (await db.query(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relname = ANY($1)
      GROUP BY c.relname
      ORDER BY c.relname`,
    [TYPEORM_TABLES],
  )) as Array<{ name: string; columns: string[] }>;
  return rows;
}

export async function countRows(db: Queryable, table: string): Promise<number> {
  const [{ count }] = (await db.query(
    `SELECT count(*)::bigint AS count FROM ${escapeIdentifier(table)}`,
  )) as Array<{ count: string }>;
  return Number(count);
}

/** The tables (of those given) that hold at least one row. */
export async function tablesWithRows(db: Queryable, tables: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const rows = (await db.query(`SELECT 1 FROM ${escapeIdentifier(table)} LIMIT 1`)) as unknown[];
    if (rows.length > 0) found.push(table);
  }
  return found;
}

/** The public schema's sequences (bigserial ids), but TypeORM's, with where they stand now. */
export async function sequences(db: Queryable): Promise<BackupSequence[]> {
  const names = (await db.query(
    `SELECT s.relname AS name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE n.nspname = 'public' AND s.relkind = 'S'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                         WHERE d.objid = s.oid AND d.deptype IN ('a', 'i')
                           AND t.relname = ANY($1))
      ORDER BY s.relname`,
    [TYPEORM_TABLES],
  )) as Array<{ name: string }>;
  const found: BackupSequence[] = [];
  for (const { name } of names) {
    const [row] = (await db.query(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${escapeIdentifier(name)}`,
    )) as Array<{ lastValue: string; isCalled: boolean }>;
    found.push({ name, ...row });
  }
  return found;
}

export async function setSequence(db: Queryable, sequence: BackupSequence): Promise<void> {
  await db.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
    escapeIdentifier(sequence.name),
    sequence.lastValue,
    sequence.isCalled,
  ]);
}

export async function serverVersion(db: Queryable): Promise<string> {
  const [{ server_version }] = (await db.query(`SHOW server_version`)) as Array<{
    server_version: string;
  }>;
  return server_version;
}

/** Sessions on this database other than ours (an app still running on it, for one). */
export async function otherConnections(db: Queryable): Promise<number> {
  const [{ count }] = (await db.query(
    `SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend'`,
  )) as Array<{ count: number }>;
  return count;
}

/** Makes this transaction read one consistent snapshot of every table, writing nothing. */
export async function readOnlySnapshot(db: Queryable): Promise<void> {
  await db.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export async function foreignKeys(db: Queryable): Promise<ForeignKey[]> {
  return (await db.query(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name,
            pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      ORDER BY 1, 2`,
  )) as ForeignKey[];
}

export async function dropForeignKey(db: Queryable, key: ForeignKey): Promise<void> {
  await db.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${escapeIdentifier(key.name)}`);
}

/** Puts a foreign key back; PostgreSQL checks every row against it as it does. */
export async function addForeignKey(db: Queryable, key: ForeignKey): Promise<void> {
  await db.query(
    `ALTER TABLE ${key.table} ADD CONSTRAINT ${escapeIdentifier(key.name)} ${key.definition}`,
  );
}

/** Turns a table's own triggers (append-only, immutable framework…) off or on; not FK checks. */
export async function setUserTriggers(db: Queryable, table: string, on: boolean): Promise<void> {
  await db.query(
    `ALTER TABLE ${escapeIdentifier(table)} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`,
  );
}

/** Drops every table, view and type of the public schema and recreates it empty. */
export async function emptyPublicSchema(db: Queryable): Promise<void> {
  await db.query(`DROP SCHEMA public CASCADE`);
  await db.query(`CREATE SCHEMA public`);
}

/** Refreshes the planner's statistics after a bulk load. */
export async function analyze(db: Queryable): Promise<void> {
  await db.query(`ANALYZE`);
}

/** A table's rows as COPY text, streamed. */
export function copyOut(client: ClientBase, table: BackupTable): Readable {
  return client.query(
    to(`COPY ${escapeIdentifier(table.name)} (${list(table.columns)}) TO STDOUT`),
  );
}

/** A stream taking COPY text rows into a table; its rowCount is set once it has finished. */
export function copyIn(client: ClientBase, table: BackupTable): Writable & { rowCount: number } {
  return client.query(
    from(`COPY ${escapeIdentifier(table.name)} (${list(table.columns)}) FROM STDIN`),
  );
}

/** Whether any application table holds a row (a database the app has never started on does not). */
export async function holdsData(db: Queryable): Promise<boolean> {
  const tables = (await applicationTables(db)).map((t) => t.name);
  return (await tablesWithRows(db, tables)).length > 0;
}
