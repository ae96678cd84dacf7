import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { migrations } from './migrations';
import { runMigrationsOnce } from './run-migrations';

describe('running migrations from several processes at once', () => {
  const sources: DataSource[] = [];
  afterAll(() => Promise.all(sources.map((db) => db.destroy())));

  async function connect(url: string, poolSize: number): Promise<DataSource> {
    const db = await new DataSource(dataSourceOptions(url, poolSize)).initialize();
    sources.push(db);
    return db;
  }

  it('runs each migration exactly once, by whichever process gets the lock first', async () => {
    const url = await createTestDatabase();
    const starts = await Promise.all([1, 2, 3, 4].map(() => connect(url, 2)));

    const ran = await Promise.all(starts.map((db) => runMigrationsOnce(db)));

    expect(ran.flat()).toHaveLength(migrations.length);
    expect(ran.filter((names) => names.length > 0)).toHaveLength(1);
    const rows = (await starts[0].query(
      `SELECT name, count(*)::int AS times FROM migrations GROUP BY name`,
    )) as Array<{ name: string; times: number }>;
    expect(rows).toHaveLength(migrations.length);
    expect(rows.every((r) => r.times === 1)).toBe(true);
  });

  it('needs only one connection: the lock and the migrations share it', async () => {
    const db = await connect(await createTestDatabase(), 1);
    await expect(runMigrationsOnce(db)).resolves.toHaveLength(migrations.length);
    await expect(runMigrationsOnce(db)).resolves.toEqual([]);
  });
});
