import type { Audit } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';
import { DEMO_DEFAULTS } from '../demo/demo-plan';

const STORED = {
  latest: `SELECT *, to_char(period_end, 'YYYY-MM-DD') AS period_end FROM benchmark_latest_audits ORDER BY council_id`,
  submitted: `SELECT *, to_char(period_end, 'YYYY-MM-DD') AS period_end FROM benchmark_submitted_audits ORDER BY audit_id`,
  groups: `SELECT * FROM benchmark_group_stats ORDER BY type, region, population_band, measure`,
};

/**
 * Two councils written at once, in the same period of the same peer groups: the second writer
 * waits for the first's benchmark lock, then refreshes the shared periods from the rows the first
 * committed. Neither deadlocks, and no update is lost: the stored model equals a full rebuild.
 */
describe('the benchmarks model under concurrent writes (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;

  const read = async (q: { query: (sql: string) => Promise<unknown> }) => ({
    latest: await q.query(STORED.latest),
    submitted: await q.query(STORED.submitted),
    groups: await q.query(STORED.groups),
  });
  const fromScratch = async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT benchmark_rebuild()`);
      return await read(runner);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  const waitingOnALock = async (pid: number) => {
    for (let i = 0; i < 200; i++) {
      const [row] = await t.sql<{ waiting: boolean }>(
        `SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`,
        [pid],
      );
      if (row?.waiting) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return false;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(DemoSeedService)
      .seedIfEmpty({ ...DEMO_DEFAULTS, councils: 8, auditsPerCouncil: 3, seed: 11 });
    db = t.app.get(DataSource);
    // The whole network and every type's group are stored, so both writers refresh them.
    await t.sql(`SELECT benchmark_build_group('', '', '')`);
    await t.sql(
      `SELECT benchmark_build_group(type, '', '') FROM (SELECT DISTINCT type FROM councils) x`,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('two councils rescored in the same period at once', async () => {
    const latest = await t.sql<{ id: string; period_end: string }>(
      `SELECT DISTINCT ON (council_id) id, to_char(period_end, 'YYYY-MM-DD') AS period_end FROM audits
        WHERE status = 'submitted' ORDER BY council_id, period_end DESC, submitted_at DESC LIMIT 2`,
    );
    expect(latest[0].period_end).toBe(latest[1].period_end);
    const [first, second] = [db.createQueryRunner(), db.createQueryRunner()];
    try {
      const [{ pid }] = (await second.query(`SELECT pg_backend_pid() AS pid`)) as Array<{
        pid: number;
      }>;
      await first.startTransaction();
      await second.startTransaction();
      const rescore = `UPDATE audits SET index_score = index_score + 7 WHERE id = $1`;
      await first.query(rescore, [latest[0].id]);
      const waiting = second.query(rescore, [latest[1].id]);
      expect(await waitingOnALock(pid)).toBe(true);
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect(await read(db)).toEqual(await fromScratch());
    const [{ points }] = await t.sql<{ points: string }>(
      `SELECT count(*)::text AS points FROM benchmark_group_stats, jsonb_array_elements(trend)`,
    );
    expect(Number(points)).toBeGreaterThan(0);
  });

  it('two leads submitting at once over HTTP: both succeed, nothing lost', async () => {
    const councils = await t.sql<{ lead: string; audit: string }>(
      `SELECT u.email AS lead, a.id AS audit FROM councils c
         JOIN users u ON u.council_id = c.id AND u.role = 'lead'
         JOIN LATERAL (SELECT id FROM audits WHERE council_id = c.id AND status = 'submitted'
                        ORDER BY period_end DESC, submitted_at DESC LIMIT 1) a ON true
        ORDER BY c.name LIMIT 2`,
    );
    const leads = await Promise.all(
      councils.map((c) => Client.signedIn(t, { email: c.lead, password: DEMO_PASSWORD })),
    );
    const versionOf = async (lead: Client, audit: string) =>
      ((await lead.get(`/api/v1/audits/${audit}`)).body as Audit).version;
    for (const [i, c] of councils.entries()) {
      const reopened = await leads[i].post(`/api/v1/audits/${c.audit}/reopen`, {
        version: await versionOf(leads[i], c.audit),
        reason: 'Resubmitting with a colleague',
      });
      expect(reopened.status).toBe(200);
    }
    const versions = await Promise.all(councils.map((c, i) => versionOf(leads[i], c.audit)));
    const submitted = await Promise.all(
      councils.map((c, i) =>
        leads[i].post(`/api/v1/audits/${c.audit}/submit`, { version: versions[i] }),
      ),
    );
    expect(submitted.map((r) => r.status)).toEqual([200, 200]);
    expect(await read(db)).toEqual(await fromScratch());
  });
});
