import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { HotQueryIndexes1765300000000 } from './migrations/1765300000000-hot-query-indexes';
import { runMigrationsOnce } from './run-migrations';

describe('the hot query indexes migration (real PostgreSQL)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase(), 2)).initialize();
    await runMigrationsOnce(db);
  });
  afterAll(() => db.destroy());

  const indexes = async () =>
    (
      (await db.query(
        `SELECT indexname, indexdef FROM pg_indexes
          WHERE indexname IN ('audit_protocols_category_idx', 'audit_protocol_scores_enabling_idx')
          ORDER BY indexname`,
      )) as Array<{ indexname: string; indexdef: string }>
    ).map((r) => `${r.indexname}: ${r.indexdef.replace(/^.* USING /, '')}`);

  it('indexes audit protocols by category and the enabling leadership scores, and can be undone', async () => {
    const expected = [
      "audit_protocol_scores_enabling_idx: btree (audit_id) INCLUDE (protocol_id, score) WHERE ((perspective = 'leadership'::text) AND (class = 'enabling'::text))",
      'audit_protocols_category_idx: btree (category, audit_id, protocol_id) INCLUDE (name)',
    ];
    expect(await indexes()).toEqual(expected);

    // Its own down and up, whichever migrations came after it.
    const migration = new HotQueryIndexes1765300000000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await indexes()).toEqual([]);
      await migration.up(runner);
      expect(await indexes()).toEqual(expected);
    } finally {
      await runner.release();
    }
  });

  it('lets the planner find one category of audit protocols without a sequential scan', async () => {
    await db.query(`SET enable_seqscan = off`); // an empty table: only ask whether an index fits
    const plan = (await db.query(
      `EXPLAIN SELECT audit_id, protocol_id, name FROM audit_protocols WHERE category = 'continuity'`,
    )) as Array<{ 'QUERY PLAN': string }>;
    await db.query(`RESET enable_seqscan`);
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('audit_protocols_category_idx');
  });
});
