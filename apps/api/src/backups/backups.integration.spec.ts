import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client as PgClient } from 'pg';
import { Client } from '../../test/builders';
import { createTestApp, createTestDatabase, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';
import { backUpDatabase } from './back-up-database';
import { BackupManifest } from './backup-manifest';
import { restoreDatabase } from './restore-database';

/** Every table's row count and content digest, the sequences and the migrations: what a restore must reproduce. */
async function fingerprint(url: string) {
  const db = new PgClient({ connectionString: url });
  await db.connect();
  try {
    const tables = (
      await db.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    const content: Record<string, { rows: number; digest: string | null }> = {};
    for (const table of tables) {
      const [row] = (
        await db.query<{ rows: number; digest: string | null }>(
          `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${table}" t`,
        )
      ).rows;
      content[table] = row;
    }
    const sequences = (
      await db.query(
        `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' AND sequencename <> 'migrations_id_seq' ORDER BY 1`,
      )
    ).rows;
    const migrations = tables.length
      ? (await db.query(`SELECT name FROM migrations ORDER BY id`)).rows
      : [];
    return { content, sequences, migrations };
  } finally {
    await db.end();
  }
}

/** A copy of a backup with its manifest changed, as a newer app or a damaged file would have it. */
async function withManifest(
  file: string,
  change: (m: BackupManifest) => void,
  name: string,
): Promise<string> {
  const text = gunzipSync(await readFile(file)).toString('utf8');
  const newline = text.indexOf('\n');
  const manifest = JSON.parse(text.slice(0, newline)) as BackupManifest;
  change(manifest);
  const copy = join(file, '..', name);
  await writeFile(copy, gzipSync(JSON.stringify(manifest) + text.slice(newline)));
  return copy;
}

describe('backing up and restoring a database (real PostgreSQL)', () => {
  let original: TestApp;
  let originalUrl: string;
  let dir: string;
  let backup: string;
  let manifest: BackupManifest;
  /** The original as it was backed up (the tests sign in to it later, which adds sessions). */
  let atBackup: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    original = await createTestApp();
    originalUrl = original.config.databaseUrl as string;
    await original.app.get(DemoSeedService).seedIfEmpty();
    dir = await mkdtemp(join(tmpdir(), 'rcp-backup-test-'));
    backup = join(dir, 'demo.backup.gz');
    manifest = await backUpDatabase(originalUrl, backup);
    atBackup = await fingerprint(originalUrl);
  }, 120_000);
  afterAll(async () => {
    await original.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file, readable by its owner only, whose manifest lists every table, its rows and the schema', async () => {
    expect(await readdir(dir)).toEqual(['demo.backup.gz']);
    expect((await stat(backup)).mode & 0o777).toBe(0o600);
    expect(manifest.tables.map((t) => t.name)).toEqual(Object.keys(atBackup.content));
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(Object.entries(atBackup.content).map(([n, c]) => [n, c.rows])),
    );
    expect(manifest.migrations).toEqual(atBackup.migrations.map((m) => m.name));
    expect(manifest.tables.find((t) => t.name === 'ratings')?.rows).toBeGreaterThan(1000);
  });

  it('restores the demo network into a fresh database: every table, sequence and dashboard the same', async () => {
    const url = await createTestDatabase();
    await restoreDatabase(url, backup, { replace: false });
    expect(await fingerprint(url)).toEqual(atBackup);

    const restored = await createTestApp({ DATABASE_URL: url });
    try {
      const account = { email: 'lead@northfield.demo.example', password: DEMO_PASSWORD };
      const before = await Client.signedIn(original, account);
      const after = await Client.signedIn(restored, account);
      const councilId = (await before.get('/api/v1/auth/me')).body.councilId as string;
      const dashboard = `/api/v1/councils/${councilId}/dashboard`;
      const expected = await before.get(dashboard);
      expect(expected.status).toBe(200);
      expect((await after.get(dashboard)).body).toEqual(expected.body);

      const coordinator = { email: 'coordinator@demo.example', password: DEMO_PASSWORD };
      const network = await (
        await Client.signedIn(original, coordinator)
      ).get('/api/v1/network/plans');
      const restoredNetwork = await (
        await Client.signedIn(restored, coordinator)
      ).get('/api/v1/network/plans');
      expect(network.status).toBe(200);
      expect(restoredNetwork.body).toEqual(network.body);
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('refuses to restore over data without --replace; with it, replaces everything, all or nothing', async () => {
    const url = await createTestDatabase();
    await restoreDatabase(url, backup, { replace: false });
    const db = new PgClient({ connectionString: url });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO councils (name, type, region, population_band, sharing)
         VALUES ('Kept Borough Council', 'unitary', 'North West', '150k-300k', 'anonymised')`,
      );
      const holding = await fingerprint(url);

      await expect(restoreDatabase(url, backup, { replace: false })).rejects.toThrow(
        /already holds data .*add --replace/,
      );
      expect(await fingerprint(url)).toEqual(holding);

      // A damaged file fails part-way through the copy: the data there stays as it was.
      const damaged = await withManifest(
        backup,
        (m) => {
          const councils = m.tables.find((t) => t.name === 'councils');
          if (councils) councils.rows += 1;
        },
        'damaged.backup.gz',
      );
      await db.end();
      await expect(restoreDatabase(url, damaged, { replace: true })).rejects.toThrow(
        /lists \d+ rows of councils but holds \d+: it is damaged/,
      );
      expect(await fingerprint(url)).toEqual(holding);

      await restoreDatabase(url, backup, { replace: true });
      expect(await fingerprint(url)).toEqual(atBackup);
    } finally {
      await db.end().catch(() => undefined);
    }
  }, 60_000);

  it('refuses to replace a database that the app is still connected to', async () => {
    const holding = await fingerprint(originalUrl);
    await expect(restoreDatabase(originalUrl, backup, { replace: true })).rejects.toThrow(
      /other connection\(s\) are open to the target database: stop the app/,
    );
    expect(await fingerprint(originalUrl)).toEqual(holding);
  });

  it('refuses a backup made by a newer version of the app, touching nothing', async () => {
    const newer = await withManifest(
      backup,
      (m) => m.migrations.push('FutureChange1999999999999'),
      'newer.backup.gz',
    );
    const url = await createTestDatabase();
    await expect(restoreDatabase(url, newer, { replace: false })).rejects.toThrow(
      /made by a newer version of RCP Audit .*FutureChange1999999999999.*Upgrade the app/,
    );
    expect((await fingerprint(url)).content).toEqual({});
  });

  it('refuses a file that is not a backup, or one cut short', async () => {
    const url = await createTestDatabase();
    const notBackup = join(dir, 'notes.gz');
    await writeFile(notBackup, gzipSync('{"hello": "world"}\n'));
    await expect(restoreDatabase(url, notBackup, { replace: false })).rejects.toThrow(
      /not an RCP Audit backup/,
    );
    const whole = await readFile(backup);
    const cut = join(dir, 'cut.backup.gz');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restoreDatabase(url, cut, { replace: false })).rejects.toThrow(
      /damaged or incomplete|ends early/,
    );
    expect((await fingerprint(url)).content).toEqual({});
  });
});
