import type { Benchmarks, PeerGroupFilter } from '@rcp/api-contract';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { Actor } from '../auth/actor';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DEMO_DEFAULTS } from '../demo/demo-plan';
import { DemoSeedService } from '../demo/demo-seed.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { seededLabelOrder } from './anonymous-labels';
import { benchmarksFor, BenchmarkQuery } from './benchmark-response';
import { BenchmarkModelService } from './benchmark-model.service';
import { BenchmarksService } from './benchmarks.service';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

/** The same draw of anonymous labels for answers that must match exactly. */
const sameLabels = () => seededLabelOrder('a test secret', 'one view');

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
          const stored = benchmarksFor(actor, q, titles, 5, await service.stored(q), sameLabels());
          const computed = benchmarksFor(
            actor,
            q,
            titles,
            5,
            await service.computed(actor, q, null),
            sameLabels(),
          );
          expect(stored).toEqual(computed);
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
            sameLabels(),
          ),
        ),
      ),
    );
  });

  it('sends held answers byte for byte as serialising afresh would, labels included; each view draws its own labels', async () => {
    const service = t.app.get(BenchmarksService);
    const framework = await t.app.get(FrameworksService).current();
    const principles = framework.items.filter((i) => i.layer === 'principle').map((i) => i.key);
    const [facts] = await t.sql<{ type: string; region: string }>(
      `SELECT type, region FROM councils GROUP BY type, region ORDER BY count(*) DESC LIMIT 1`,
    );
    const viewers = await t.sql<Actor>(
      `SELECT u.id AS "userId", u.email, u.role, u.council_id AS "councilId", NULL AS ip, NULL AS "requestId"
         FROM users u JOIN councils c ON c.id = u.council_id
        WHERE u.email LIKE '%@northfield.demo.example'
           OR u.id IN (SELECT min(u2.id::text)::uuid FROM users u2 JOIN councils c2 ON c2.id = u2.council_id
                        WHERE u2.role = 'lead' GROUP BY c2.sharing)`,
    );
    const actors: Actor[] = [
      { userId: 'c', email: 'c', role: 'coordinator', councilId: null, ip: null, requestId: null },
      ...viewers,
    ];
    expect(new Set(actors.map((a) => a.role))).toEqual(
      new Set(['coordinator', 'lead', 'manager', 'viewer']),
    );
    const none = { type: null, region: null, populationBand: null };
    const groups = [
      none,
      { type: facts.type, region: null, populationBand: null },
      { type: facts.type, region: facts.region, populationBand: null },
    ];
    const labelsOf = (json: string) => json.match(/"label":"Council [A-Z]+"/g) ?? [];
    let anonymous = 0;
    for (const actor of actors)
      for (const comparison of groups)
        for (const principle of [undefined, ...principles])
          for (const display of [none, { ...none, region: facts.region }]) {
            const q: BenchmarkQuery = { principle, comparison, display };
            const fresh = JSON.stringify(await service.benchmarks(actor, q));
            expect(await service.benchmarksJson(actor, q)).toBe(fresh);
            expect(await service.benchmarksJson(actor, q)).toBe(fresh); // held
            anonymous += labelsOf(fresh).length;
          }
    expect(anonymous).toBeGreaterThan(100);

    // The same figures in two views (a council user's display group changes nothing they see):
    // labels drawn for each view, so a label does not follow a council from one to the other.
    const lead = actors.find((a) => a.role === 'lead') as Actor;
    const byRank = async (q: BenchmarkQuery) =>
      ((await service.benchmarks(lead, q)).councils ?? [])
        .filter((c) => !c.named)
        .map((c) => `${c.rank}:${c.index}:${c.label}`);
    const plainView: BenchmarkQuery = { comparison: none, display: none };
    const otherView: BenchmarkQuery = {
      comparison: none,
      display: { ...none, region: facts.region },
    };
    const before = await byRank(plainView);
    expect(before.length).toBeGreaterThan(5);
    const strip = (entries: string[]) => entries.map((e) => e.replace(/:Council [A-Z]+$/, ''));
    expect(strip(await byRank(otherView))).toEqual(strip(before));
    expect(await byRank(otherView)).not.toEqual(before);
    // Drawn again when the figures change (any write that moves the model's version).
    await t.sql(
      `UPDATE councils SET name = name || ' (renamed)'
        WHERE id = (SELECT id FROM councils WHERE id <> '${lead.councilId}' ORDER BY id LIMIT 1)`,
    );
    const after = await byRank(plainView);
    expect(strip(after)).toEqual(strip(before));
    expect(after).not.toEqual(before);

    // Over HTTP: the same bytes, as JSON.
    const res = await coordinator.get('/api/v1/benchmarks?principle=mutual-trust');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.text).toBe(
      JSON.stringify(
        await service.benchmarks(actors[0], {
          principle: 'mutual-trust',
          comparison: none,
          display: none,
        }),
      ),
    );
  }, 180_000);

  it('labels figures with the draw of the version they were read at, even when a write lands between', async () => {
    const service = t.app.get(BenchmarksService);
    const model = t.app.get(BenchmarkModelService);
    const [lead] = await t.sql<Actor>(
      `SELECT u.id AS "userId", u.email, u.role, u.council_id AS "councilId", NULL AS ip, NULL AS "requestId"
         FROM users u WHERE u.email = 'lead@northfield.demo.example'`,
    );
    const q: BenchmarkQuery = {
      principle: 'mutual-trust',
      comparison: { type: null, region: null, populationBand: null },
      display: { type: null, region: null, populationBand: null },
    };
    // The versions are read, then another council is renamed (the model moves on) before the
    // figures are read.
    const versions = model.versions.bind(model);
    jest.spyOn(model, 'versions').mockImplementationOnce(async () => {
      const read = await versions();
      await t.sql(
        `UPDATE councils SET name = name || ' (moved on)'
          WHERE id = (SELECT id FROM councils WHERE id <> $1 ORDER BY id DESC LIMIT 1)`,
        [lead.councilId],
      );
      return read;
    });
    const raced = await service.benchmarksJson(lead, q);
    jest.restoreAllMocks();
    // What any process sends for this view at the new version, labels included.
    expect(raced).toBe(JSON.stringify(await service.benchmarks(lead, q)));
    expect((raced.match(/"label":"Council [A-Z]+"/g) ?? []).length).toBeGreaterThan(5);
  });

  it('sends an answer without anonymous councils compressed once, with the same ETag', async () => {
    const path = '/api/v1/benchmarks?principle=mutual-trust';
    const cookie = Object.entries(coordinator.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const raw = (encoding: string, etag?: string) => {
      const req = request(t.app.getHttpServer())
        .get(path)
        .set('Cookie', cookie)
        .set('Accept-Encoding', encoding)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      return etag ? req.set('If-None-Match', etag) : req;
    };
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await raw(`${encoding}, identity`);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['vary']).toContain('Accept-Encoding');
      expect(res.headers['etag']).toBe(plain.headers['etag']);
      // supertest may or may not have decoded it already
      const body = res.body as Buffer;
      const text = body[0] === 0x7b ? body.toString() : decode(body).toString();
      expect(text).toBe((plain.body as Buffer).toString());
      expect((await raw(encoding, res.headers['etag'])).status).toBe(304);
    }
  });
  it('sends an answer with anonymous councils compressed once, with one ETag and a 304 on a repeat view', async () => {
    const lead = await Client.signedIn(t, {
      email: 'lead@northfield.demo.example',
      password: DEMO_PASSWORD,
    });
    const cookie = Object.entries(lead.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const raw = (encoding: string, etag?: string) => {
      const req = request(t.app.getHttpServer())
        .get('/api/v1/benchmarks')
        .set('Cookie', cookie)
        .set('Accept-Encoding', encoding)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      return etag ? req.set('If-None-Match', etag) : req;
    };
    const plain = await raw('identity');
    const labels = (text: string) =>
      (JSON.parse(text) as Benchmarks).councils.filter((c) => !c.named).map((c) => c.label);
    expect(labels((plain.body as Buffer).toString()).length).toBeGreaterThan(1);
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await raw(`${encoding}, identity`);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['vary']).toContain('Accept-Encoding');
      expect(res.headers['etag']).toBe(plain.headers['etag']);
      const body = res.body as Buffer;
      const text = body[0] === 0x7b ? body.toString() : decode(body).toString();
      // The same answer, labels included, as sent uncompressed.
      expect(text).toBe((plain.body as Buffer).toString());
      expect((await raw(encoding, res.headers['etag'])).status).toBe(304);
    }
  });
});
