import type { Audit, Benchmarks, Council } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DEMO_DEFAULTS } from '../demo/demo-plan';
import { DemoSeedService } from '../demo/demo-seed.service';
import { BenchmarkReadModel1765400000000 } from '../database/migrations/1765400000000-benchmark-read-model';
import { BenchmarkIncremental1765510000000 } from '../database/migrations/1765510000000-benchmark-incremental';
import { BenchmarkChangedPeriods1765710000000 } from '../database/migrations/1765710000000-benchmark-changed-periods';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

/**
 * Every write that changes a benchmark input shows in the very next benchmarks response — also
 * from a second API process on the same database, which had the previous figures in memory.
 */
describe('the benchmarks model follows every write that changes it (real PostgreSQL)', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: Client;
  let coordinatorElsewhere: Client;
  let council: { id: string; name: string; lead: string };
  let neighbour: Client;

  const benchmarks = async (c: Client, query = '') =>
    (await c.get(`/api/v1/benchmarks${query}`)).body as Benchmarks;
  /** What the audits say now: the council's latest scored submission's index, if any. */
  const latestIndex = async (councilId: string) =>
    (
      await t.sql<{ index_score: number }>(
        `SELECT index_score FROM audits WHERE council_id = $1 AND status = 'submitted' AND index_score IS NOT NULL
          ORDER BY period_end DESC, submitted_at DESC LIMIT 1`,
        [councilId],
      )
    )[0]?.index_score;
  /** Both processes answer with the figures the audits give, right after the write. */
  const expectBoth = async (check: (b: Benchmarks) => void) => {
    check(await benchmarks(coordinator));
    check(await benchmarks(coordinatorElsewhere));
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(DemoSeedService)
      .seedIfEmpty({ ...DEMO_DEFAULTS, councils: 12, auditsPerCouncil: 3, seed: 5 });
    other = await createTestApp({ DATABASE_URL: t.config.databaseUrl as string });
    coordinator = await signIn(t, 'coordinator@demo.example');
    coordinatorElsewhere = await signIn(other, 'coordinator@demo.example');
    const rows = await t.sql<{ id: string; name: string; lead: string }>(
      `SELECT c.id, c.name, u.email AS lead FROM councils c JOIN users u ON u.council_id = c.id AND u.role = 'lead'
        ORDER BY c.name`,
    );
    council = rows[0];
    neighbour = await signIn(t, rows[1].lead);
    // Both processes hold the current model in memory before anything changes.
    await benchmarks(coordinator);
    await benchmarks(coordinatorElsewhere);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('reopening and submitting an audit', async () => {
    const lead = await signIn(t, council.lead);
    const [latest] = await t.sql<{ id: string }>(
      `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted'
        ORDER BY period_end DESC, submitted_at DESC LIMIT 1`,
      [council.id],
    );
    const submittedIndex = await latestIndex(council.id);
    let audit = (await lead.get(`/api/v1/audits/${latest.id}`)).body as Audit;
    const reopened = await lead.post(`/api/v1/audits/${latest.id}/reopen`, {
      version: audit.version,
      reason: 'Evidence arrived late',
    });
    expect(reopened.status).toBe(200);
    const previousIndex = await latestIndex(council.id);
    expect(previousIndex).not.toBe(submittedIndex);
    await expectBoth((b) =>
      expect(b.councils.find((c) => c.councilId === council.id)?.index).toBe(previousIndex),
    );

    audit = (await lead.get(`/api/v1/audits/${latest.id}`)).body as Audit;
    const submitted = await lead.post(`/api/v1/audits/${latest.id}/submit`, {
      version: audit.version,
    });
    expect(submitted.status).toBe(200);
    const resubmittedIndex = await latestIndex(council.id);
    await expectBoth((b) =>
      expect(b.councils.find((c) => c.councilId === council.id)?.index).toBe(resubmittedIndex),
    );
  });

  it('a council changing its consent', async () => {
    const lead = await signIn(t, council.lead);
    for (const sharing of ['anonymised', 'named', 'anonymised'] as const) {
      const current = (await lead.get(`/api/v1/councils/${council.id}`)).body as Council;
      const res = await lead.put(`/api/v1/councils/${council.id}/sharing`, {
        sharing,
        version: current.version,
      });
      expect(res.status).toBe(200);
      const seen = (await neighbour.get('/api/v1/benchmarks')).text;
      expect(seen.includes(council.id)).toBe(sharing === 'named');
      expect(seen.includes(council.name)).toBe(sharing === 'named');
    }
  });

  it('archiving a council', async () => {
    const before = await benchmarks(coordinator);
    const res = await coordinator.post(`/api/v1/councils/${council.id}/archive`);
    expect(res.status).toBe(200);
    await expectBoth((b) => {
      expect(b.groupSize).toBe(before.groupSize - 1);
      expect(b.councils.some((c) => c.councilId === council.id)).toBe(false);
    });
    expect((await coordinator.post(`/api/v1/councils/${council.id}/restore`)).status).toBe(200);
    await expectBoth((b) => expect(b.groupSize).toBe(before.groupSize));
  });

  it('publishing a framework that renames a principle', async () => {
    const draft = (await coordinator.post('/api/v1/frameworks/versions')).body;
    const principle = draft.items.find((i: { layer: string }) => i.layer === 'principle');
    const base = `/api/v1/frameworks/versions/${draft.number}`;
    const edited = await coordinator.put(`${base}/items/principle/${principle.key}`, {
      title: 'A renamed principle',
      description: principle.description,
      weight: principle.weight,
      contexts: principle.contexts,
      relational: principle.relational,
      revision: draft.revision,
    });
    expect(edited.status).toBe(200);
    const published = await coordinator.post(`${base}/publish`, {
      revision: edited.body.revision,
      releaseNotes: 'Renames a principle.',
    });
    expect(published.status).toBe(200);
    await expectBoth((b) =>
      expect(b.principles.find((p) => p.key === principle.key)?.title).toBe('A renamed principle'),
    );
  });

  it('the migrations build the model for data already there', async () => {
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      // Their own down and up, whichever migrations came after them.
      await new BenchmarkChangedPeriods1765710000000().down(runner);
      await new BenchmarkIncremental1765510000000().down(runner);
      await new BenchmarkReadModel1765400000000().down(runner);
      expect(
        await t.sql(`SELECT 1 FROM pg_tables WHERE tablename = 'benchmark_state'`),
      ).toHaveLength(0);
      await t.sql(`UPDATE audits SET index_score = index_score + 1 WHERE status = 'submitted'`);
      await new BenchmarkReadModel1765400000000().up(runner);
      await new BenchmarkIncremental1765510000000().up(runner);
      await new BenchmarkChangedPeriods1765710000000().up(runner);
    } finally {
      await runner.release();
    }
    const [state] = await t.sql<{ version: string; built_version: string }>(
      `SELECT version, built_version FROM benchmark_state`,
    );
    expect(state.built_version).toBe(state.version);
    const [stored] = await t.sql<{ index_score: number }>(
      `SELECT index_score FROM benchmark_latest_audits WHERE council_id = $1`,
      [council.id],
    );
    expect(stored.index_score).toBe(await latestIndex(council.id));
  });
});
