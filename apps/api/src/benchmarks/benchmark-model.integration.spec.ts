import type { Benchmarks, PeerGroupFilter } from '@rcp/api-contract';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { Actor } from '../auth/actor';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DEMO_DEFAULTS } from '../demo/demo-plan';
import { DemoSeedService } from '../demo/demo-seed.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { benchmarksFor, BenchmarkQuery } from './benchmark-response';
import { BenchmarksService } from './benchmarks.service';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

/** Anonymous labels are drawn afresh for every response; everything else must match exactly. */
const withoutLabels = (b: Benchmarks) => ({
  ...b,
  councils: b.councils.map((c) => (c.named ? c : { ...c, label: '?' })),
});

describe('the stored benchmarks model (real PostgreSQL, demo network)', () => {
  let t: TestApp;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(DemoSeedService)
      .seedIfEmpty({ ...DEMO_DEFAULTS, councils: 30, auditsPerCouncil: 4, seed: 11 });
    coordinator = await signIn(t, 'coordinator@demo.example');
  });
  afterAll(() => t.close());

  it('answers every group, principle and viewer exactly as computing from the audits does', async () => {
    const service = t.app.get(BenchmarksService);
    const framework = await t.app.get(FrameworksService).current();
    const titles = new Map(
      framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
    );
    const facts = await t.sql<{ type: string; region: string; population_band: string }>(
      `SELECT DISTINCT type, region, population_band FROM councils`,
    );
    const distinct = new Map<string, PeerGroupFilter>();
    for (const f of [{ type: null, region: null, population_band: null }, ...facts])
      for (const g of [
        { type: f.type, region: null, populationBand: null },
        { type: null, region: f.region, populationBand: null },
        { type: null, region: null, populationBand: f.population_band },
        { type: f.type, region: f.region, populationBand: f.population_band },
      ])
        distinct.set(JSON.stringify(g), g);
    const groups = [...distinct.values()];
    const [lead] = await t.sql<{ id: string; council_id: string }>(
      `SELECT id, council_id FROM users WHERE role = 'lead' ORDER BY email LIMIT 1`,
    );
    const actors: Actor[] = [
      { userId: 'c', email: 'c', role: 'coordinator', councilId: null, ip: null, requestId: null },
      {
        userId: lead.id,
        email: 'l',
        role: 'lead',
        councilId: lead.council_id,
        ip: null,
        requestId: null,
      },
    ];
    const noGroup = { type: null, region: null, populationBand: null };
    let compared = 0;
    for (const comparison of groups)
      for (const principle of [undefined, ...titles.keys()])
        for (const actor of actors) {
          const q: BenchmarkQuery = { principle, comparison, display: noGroup };
          const stored = benchmarksFor(actor, q, titles, 5, await service.stored(q));
          const computed = benchmarksFor(
            actor,
            q,
            titles,
            5,
            await service.computed(actor, q, null),
          );
          expect(withoutLabels(stored)).toEqual(withoutLabels(computed));
          compared++;
        }
    expect(compared).toBeGreaterThan(100);
    // The answers did come from the stored tables.
    const [stored] = await t.sql<{ latest: number; stats: number; built: boolean }>(
      `SELECT (SELECT count(*)::int FROM benchmark_latest_audits) AS latest,
              (SELECT count(*)::int FROM benchmark_group_stats) AS stats,
              (SELECT version = built_version FROM benchmark_state) AS built`,
    );
    expect(stored).toMatchObject({ latest: 30, built: true });
    expect(stored.stats).toBeGreaterThan(groups.length);
  }, 180_000);

  it('over HTTP the API serves the stored answer, equal to the computed JSON', async () => {
    const viaHttp = (await coordinator.get('/api/v1/benchmarks?principle=mutual-trust')).body;
    const q: BenchmarkQuery = {
      principle: 'mutual-trust',
      comparison: { type: null, region: null, populationBand: null },
      display: { type: null, region: null, populationBand: null },
    };
    const service = t.app.get(BenchmarksService);
    const framework = await t.app.get(FrameworksService).current();
    const titles = new Map(
      framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
    );
    const coordinatorActor: Actor = {
      userId: 'c',
      email: 'c',
      role: 'coordinator',
      councilId: null,
      ip: null,
      requestId: null,
    };
    expect(viaHttp).toEqual(
      JSON.parse(
        JSON.stringify(
          benchmarksFor(
            coordinatorActor,
            q,
            titles,
            5,
            await service.computed(coordinatorActor, q, null),
          ),
        ),
      ),
    );
  });
});
