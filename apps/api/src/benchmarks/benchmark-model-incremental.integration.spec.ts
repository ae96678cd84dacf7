import type { Audit, Council, PeerGroupFilter } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { Actor } from '../auth/actor';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DEMO_DEFAULTS } from '../demo/demo-plan';
import { DemoSeedService } from '../demo/demo-seed.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { seededLabelOrder } from './anonymous-labels';
import { benchmarksFor, BenchmarkQuery } from './benchmark-response';
import { BenchmarksService } from './benchmarks.service';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

const COORDINATOR: Actor = {
  userId: 'c',
  email: 'c',
  role: 'coordinator',
  councilId: null,
  ip: null,
  requestId: null,
};

type Facets = { type: string; region: string; population_band: string };
const filterOf = (f: Partial<Facets>): PeerGroupFilter => ({
  type: f.type ?? null,
  region: f.region ?? null,
  populationBand: f.population_band ?? null,
});
const queryOf = (g: PeerGroupFilter) =>
  '?' +
  Object.entries(g)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');

const STORED = {
  latest: `SELECT *, to_char(period_end, 'YYYY-MM-DD') AS period_end FROM benchmark_latest_audits ORDER BY council_id`,
  submitted: `SELECT *, to_char(period_end, 'YYYY-MM-DD') AS period_end FROM benchmark_submitted_audits ORDER BY audit_id`,
  groups: `SELECT * FROM benchmark_group_stats ORDER BY type, region, population_band, measure`,
};
const ROW_VERSIONS = `
  SELECT 'latest' AS kind, council_id::text AS key, council_id::text AS council, NULL AS type, NULL AS region,
         NULL AS band, xmin::text AS xmin FROM benchmark_latest_audits
  UNION ALL SELECT 'submitted', audit_id::text, council_id::text, NULL, NULL, NULL, xmin::text
    FROM benchmark_submitted_audits
  UNION ALL SELECT 'group', type || '/' || region || '/' || population_band || '/' || measure, NULL, type, region,
         population_band, xmin::text FROM benchmark_group_stats`;
type RowVersion = {
  kind: string;
  key: string;
  council: string | null;
  type: string | null;
  region: string | null;
  band: string | null;
  xmin: string;
};

/**
 * Each write that changes a benchmark input updates the stored model in its own transaction, for
 * the council written only: the stored rows then equal a rebuild from scratch, both API processes
 * answer exactly what computing from the audits gives, no whole-network rebuild ran, and the rows
 * of every other council and of every group the council is not in were left alone.
 */
describe('the benchmarks model is updated council by council at the write (real PostgreSQL)', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: Client;
  let coordinatorElsewhere: Client;
  let council: { id: string; lead: string } & Facets;
  let otherType: string;

  /** The stored model as a rebuild from the sources would make it (rolled back afterwards). */
  const fromScratch = async () => {
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT benchmark_rebuild()`);
      return {
        latest: await runner.query(STORED.latest),
        submitted: await runner.query(STORED.submitted),
        groups: await runner.query(STORED.groups),
      };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  const stored = async () => ({
    latest: await t.sql(STORED.latest),
    submitted: await t.sql(STORED.submitted),
    groups: await t.sql(STORED.groups),
  });
  const modelVersion = async () =>
    Number(
      (await t.sql<{ version: string }>(`SELECT version::text FROM benchmark_state`))[0].version,
    );
  const rebuilds = async () =>
    (await t.sql<{ rebuilds: string }>(`SELECT rebuilds::text FROM benchmark_state`))[0].rebuilds;
  const facetsOf = async (id: string) =>
    (
      await t.sql<Facets>(`SELECT type, region, population_band FROM councils WHERE id = $1`, [id])
    )[0];
  const groups = (): PeerGroupFilter[] => [
    filterOf({}),
    filterOf({ type: council.type }),
    filterOf({ region: council.region }),
    filterOf({ type: otherType }),
  ];

  /** Both processes answer each group and measure exactly as computing from the audits does. */
  const expectAnswersFromTheAudits = async () => {
    const service = other.app.get(BenchmarksService);
    const framework = await other.app.get(FrameworksService).current();
    const titles = new Map(
      framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
    );
    const noGroup = filterOf({});
    for (const comparison of groups())
      for (const principle of [undefined, [...titles.keys()][0]]) {
        const q: BenchmarkQuery = { principle, comparison, display: noGroup };
        const expected = JSON.parse(
          JSON.stringify(
            benchmarksFor(
              COORDINATOR,
              q,
              titles,
              5,
              await service.computed(COORDINATOR, q, null),
              seededLabelOrder('', 'coordinators see no labels'),
            ),
          ),
        );
        const path = `/api/v1/benchmarks${queryOf(comparison)}${principle ? `&principle=${principle}` : ''}`;
        expect((await coordinatorElsewhere.get(path)).body).toEqual(expected);
        expect((await coordinator.get(path)).body).toEqual(expected);
      }
  };

  /** Runs a write to `council` and checks what it did to the stored model. */
  const expectUpdatedAtTheWrite = async (write: () => Promise<void>, figuresMove = true) => {
    const before = await facetsOf(council.id);
    const versions = await t.sql<RowVersion>(ROW_VERSIONS);
    const rebuildsBefore = await rebuilds();
    await write();
    const after = await facetsOf(council.id);
    // Read first: a reader that rebuilt the model would rewrite every row.
    await expectAnswersFromTheAudits();
    expect(await stored()).toEqual(await fromScratch());
    expect(await rebuilds()).toBe(rebuildsBefore);

    const inGroup = (v: RowVersion, f: Facets) =>
      (v.type === '' || v.type === f.type) &&
      (v.region === '' || v.region === f.region) &&
      (v.band === '' || v.band === f.population_band);
    // A change that moves no figure (a name, consent) leaves every group's rows alone.
    const untouched = versions.filter((v) =>
      v.kind === 'group'
        ? !figuresMove || (!inGroup(v, before) && !inGroup(v, after))
        : v.council !== council.id,
    );
    const now = new Map(
      (await t.sql<RowVersion>(ROW_VERSIONS)).map((v) => [`${v.kind}/${v.key}`, v.xmin]),
    );
    expect(untouched.filter((v) => v.kind === 'group').length).toBeGreaterThan(0);
    expect(untouched.filter((v) => now.get(`${v.kind}/${v.key}`) !== v.xmin)).toEqual([]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(DemoSeedService)
      .seedIfEmpty({ ...DEMO_DEFAULTS, councils: 12, auditsPerCouncil: 3, seed: 5 });
    other = await createTestApp({ DATABASE_URL: t.config.databaseUrl as string });
    coordinator = await signIn(t, 'coordinator@demo.example');
    coordinatorElsewhere = await signIn(other, 'coordinator@demo.example');
    const [row] = await t.sql<{ id: string; lead: string } & Facets>(
      `SELECT c.id, u.email AS lead, c.type, c.region, c.population_band
         FROM councils c JOIN users u ON u.council_id = c.id AND u.role = 'lead' ORDER BY c.name LIMIT 1`,
    );
    council = row;
    const [another] = await t.sql<{ type: string }>(
      `SELECT type FROM councils WHERE type <> $1 LIMIT 1`,
      [council.type],
    );
    otherType = another.type;
    // Both processes hold the model in memory, and every group checked is stored.
    await expectAnswersFromTheAudits();
  }, 120_000);
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
    await expectUpdatedAtTheWrite(async () => {
      const audit = (await lead.get(`/api/v1/audits/${latest.id}`)).body as Audit;
      const res = await lead.post(`/api/v1/audits/${latest.id}/reopen`, {
        version: audit.version,
        reason: 'Evidence arrived late',
      });
      expect(res.status).toBe(200);
    });
    await expectUpdatedAtTheWrite(async () => {
      const audit = (await lead.get(`/api/v1/audits/${latest.id}`)).body as Audit;
      const res = await lead.post(`/api/v1/audits/${latest.id}/submit`, {
        version: audit.version,
      });
      expect(res.status).toBe(200);
    });
  });

  it('an older period resubmitted, and an audit moved to a period of its own and back', async () => {
    // Each leaves the latest rows as they were: only older trend points may move, and a stale
    // one (a period not computed again, or one emptied but kept) differs from the rebuild.
    const lead = await signIn(t, council.lead);
    const [oldest] = await t.sql<{ id: string }>(
      `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted' ORDER BY period_end LIMIT 1`,
      [council.id],
    );
    // Reopen and submit each refresh the model once (scores rows of a draft move nothing).
    await expectUpdatedAtTheWrite(async () => {
      const audit = (await lead.get(`/api/v1/audits/${oldest.id}`)).body as Audit;
      const version = await modelVersion();
      const reason = 'A late correction to an older period';
      const res = await lead.post(`/api/v1/audits/${oldest.id}/reopen`, {
        version: audit.version,
        reason,
      });
      expect(res.status).toBe(200);
      expect(await modelVersion()).toBe(version + 1);
    });
    await expectUpdatedAtTheWrite(async () => {
      const audit = (await lead.get(`/api/v1/audits/${oldest.id}`)).body as Audit;
      const version = await modelVersion();
      const res = await lead.post(`/api/v1/audits/${oldest.id}/submit`, {
        version: audit.version,
      });
      expect(res.status).toBe(200);
      expect(await modelVersion()).toBe(version + 1);
    });
    for (const days of [1, -1])
      await expectUpdatedAtTheWrite(async () => {
        await t.sql(`UPDATE audits SET period_end = period_end + $2::int WHERE id = $1`, [
          oldest.id,
          days,
        ]);
      });
  });

  it('a council changing its consent', async () => {
    const lead = await signIn(t, council.lead);
    for (const sharing of ['named', 'anonymised'] as const)
      await expectUpdatedAtTheWrite(async () => {
        const current = (await lead.get(`/api/v1/councils/${council.id}`)).body as Council;
        const res = await lead.put(`/api/v1/councils/${council.id}/sharing`, {
          sharing,
          version: current.version,
        });
        expect(res.status).toBe(200);
      }, false);
  });

  it('a council renamed and moved to another region', async () => {
    const [region] = await t.sql<{ region: string }>(
      `SELECT region FROM councils WHERE region <> $1 LIMIT 1`,
      [council.region],
    );
    await expectUpdatedAtTheWrite(async () => {
      const current = (await coordinator.get(`/api/v1/councils/${council.id}`)).body as Council;
      const res = await coordinator.patch(`/api/v1/councils/${council.id}`, {
        name: `${current.name} (renamed)`,
        region: region.region,
        version: current.version,
      });
      expect(res.status).toBe(200);
    });
  });

  it('archiving and restoring a council', async () => {
    for (const action of ['archive', 'restore'])
      await expectUpdatedAtTheWrite(async () => {
        expect((await coordinator.post(`/api/v1/councils/${council.id}/${action}`)).status).toBe(
          200,
        );
      });
  });

  it('direct SQL: a principle index corrected, an older submission deleted', async () => {
    await expectUpdatedAtTheWrite(async () => {
      await t.sql(
        `UPDATE audit_principle_scores SET index_score = index_score + 3
          WHERE perspective = 'leadership' AND index_score IS NOT NULL
            AND audit_id IN (SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted')`,
        [council.id],
      );
    });
    await expectUpdatedAtTheWrite(async () => {
      await t.sql(
        `DELETE FROM audits WHERE id = (SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted'
          ORDER BY period_end LIMIT 1)`,
        [council.id],
      );
    });
  });

  it('a TRUNCATE rebuilds everything, and says so', async () => {
    const before = Number(await rebuilds());
    await t.sql(`TRUNCATE audit_principle_scores`);
    expect(Number(await rebuilds())).toBe(before + 1);
    expect(await stored()).toEqual(await fromScratch());
    await expectAnswersFromTheAudits();
  });
});
