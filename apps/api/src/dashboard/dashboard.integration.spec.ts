import type {
  Audit,
  AuditListPage,
  AuditProtocol,
  AuditRating,
  CouncilDashboard,
} from '@rcp/api-contract';
import { scoreAudit } from '@rcp/scoring';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { protocolInputs } from '../audits/audit-scoring';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';

describe('the council dashboard on the demo network (real PostgreSQL)', () => {
  let t: TestApp;
  let lead: Client;
  let northfieldId: string;
  let scoring: Parameters<typeof scoreAudit>[0];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    lead = await Client.signedIn(t, {
      email: 'lead@northfield.demo.example',
      password: DEMO_PASSWORD,
    });
    northfieldId = (await lead.get('/api/v1/auth/me')).body.councilId;
    scoring = (await lead.get('/api/v1/frameworks/current')).body.scoring;
  });
  afterAll(() => t.close());

  /** The scoring lib's own result for one audit, from the ratings stored in the database. */
  async function libSummary(auditId: string, filter: (p: AuditProtocol) => boolean = () => true) {
    const protocols = (
      await t.sql<AuditProtocol>(
        `SELECT protocol_id AS id, name, category, type, service_area AS "serviceArea", scope,
                context_need AS "contextNeed", reach FROM audit_protocols WHERE audit_id = $1`,
        [auditId],
      )
    ).filter(filter);
    const ratings = await t.sql<AuditRating>(
      `SELECT protocol_id AS "protocolId", principle_key AS "principleKey", perspective, value FROM ratings WHERE audit_id = $1`,
      [auditId],
    );
    return scoreAudit(scoring, protocolInputs(protocols, ratings, 'leadership'));
  }

  it('tells Northfield’s story: six submitted audits, its index rising, every number equal to the scoring lib', async () => {
    const res = await lead.get(`/api/v1/councils/${northfieldId}/dashboard`);
    expect(res.status).toBe(200);
    const d = res.body as CouncilDashboard;
    expect(d.audits).toHaveLength(6);
    expect(d.trend).toHaveLength(6);
    expect((d.trend[5].index as number) - (d.trend[0].index as number)).toBeGreaterThan(30);

    const latest = d.selected?.id as string;
    const lib = await libSummary(latest);
    expect(d.headline?.index).toBeCloseTo(lib.index as number, 10);
    expect(d.headline?.coverage).toBeCloseTo(lib.coverage, 10);
    expect(d.headline?.widerIndex ?? null).toEqual(lib.wider.index);
    for (const point of d.principleProfile) {
      expect(point.current).toEqual(
        lib.byPrinciple.find((b) => b.key === point.key)?.index ?? null,
      );
    }
    const previous = await libSummary(d.compareTo?.id as string);
    expect(d.headline?.change).toBeCloseTo((lib.index as number) - (previous.index as number), 10);

    const counts = d.headline?.classCounts;
    const total =
      (counts?.enabling ?? 0) +
      (counts?.mixed ?? 0) +
      (counts?.neutral ?? 0) +
      (counts?.inhibiting ?? 0) +
      (counts?.unscored ?? 0);
    // One definition: the headline counts organisational protocols, the wider ones apart.
    expect(total).toBe(lib.protocolLoad);
    expect(d.headline?.protocolLoad).toBe(lib.protocolLoad);
    expect(d.headline?.scope).toBe('organisational');
    expect((d.headline?.protocolLoad ?? 0) + (d.headline?.widerProtocolLoad ?? 0)).toBe(
      d.heatmap.rows.length,
    );
    expect(d.headline?.widerProtocolLoad).toBeGreaterThan(0);
    // The protocol-load trend counts the same protocols, and Northfield retired some over time.
    expect(d.trend[5].protocolLoad).toBe(d.headline?.protocolLoad);
    expect(d.trend.reduce((n, t) => n + (t.protocolsRetired ?? 0), 0)).toBeGreaterThan(0);
    expect(
      d.classBreakdown.byCategory.reduce(
        (n, r) => n + r.enabling + r.mixed + r.neutral + r.inhibiting + r.unscored,
        0,
      ),
    ).toBe(total);

    // The audit page and the audits list state the same figures for the same audit.
    const audit = (await lead.get(`/api/v1/audits/${latest}`)).body as Audit;
    expect(audit.headline.classCounts).toEqual(d.headline?.classCounts);
    expect(audit.headline.protocolLoad).toBe(d.headline?.protocolLoad);
    expect(audit.headline.widerProtocolLoad).toBe(d.headline?.widerProtocolLoad);
    expect(audit.headline.mismatchCount).toBe(d.headline?.mismatches);
    const listed = (
      (await lead.get(`/api/v1/councils/${northfieldId}/audits`)).body as AuditListPage
    ).items.find((a) => a.id === latest);
    expect(listed?.headline).toEqual(audit.headline);
  });

  it('links the biggest movers to the change behind them', async () => {
    const d = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard`))
      .body as CouncilDashboard;
    expect(d.movers.length).toBeGreaterThan(0);
    for (const m of d.movers) {
      expect(['introduced', 'retired', 'ratings-changed']).toContain(m.change);
      if (m.change === 'ratings-changed') expect(m.changedPrinciples.length).toBeGreaterThan(0);
    }
    // Across Northfield's history some inhibiting rules were retired outright.
    const audits = d.audits;
    const changes = new Set<string>();
    for (let i = 1; i < audits.length; i++) {
      const step = (
        await lead.get(
          `/api/v1/councils/${northfieldId}/dashboard?auditId=${audits[i].id}&compareTo=${audits[i - 1].id}`,
        )
      ).body as CouncilDashboard;
      step.movers.forEach((m) => changes.add(m.change));
    }
    expect(changes).toContain('retired');
    expect(changes).toContain('ratings-changed');
  });

  it('shows the perspectives’ gap for an audit that collected several perspectives', async () => {
    const d = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard`))
      .body as CouncilDashboard;
    expect(d.perspectiveGaps?.perspectives.map((p) => p.perspective)).toEqual([
      'leadership',
      'frontline',
      'residents',
    ]);
    expect(d.perspectiveGaps?.gap?.size).toBeGreaterThan(0);
  });

  it('a service-area filter rescored with the shared lib equals the lib on the same protocols', async () => {
    const all = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard`))
      .body as CouncilDashboard;
    const area = all.serviceAreas[0];
    const d = (
      await lead.get(
        `/api/v1/councils/${northfieldId}/dashboard?serviceArea=${encodeURIComponent(area)}`,
      )
    ).body as CouncilDashboard;
    const lib = await libSummary(d.selected?.id as string, (p) => p.serviceArea === area);
    expect(d.headline?.index).toEqual(lib.index);
    expect(d.heatmap.rows.every((r) => r.serviceArea === area)).toBe(true);
    expect(d.trend).toHaveLength(6);
  });

  it('answers with a fixed number of queries, whatever the number of audits and protocols (no N+1)', async () => {
    const councils = await t.sql<{ id: string; audits: number; protocols: number }>(
      `SELECT c.id, count(DISTINCT a.id)::int AS audits, count(DISTINCT p.id)::int AS protocols
         FROM councils c JOIN audits a ON a.council_id = c.id JOIN protocols p ON p.council_id = c.id
        GROUP BY c.id ORDER BY protocols`,
    );
    const coordinator = await Client.signedIn(t, {
      email: 'coordinator@demo.example',
      password: DEMO_PASSWORD,
    });
    // Warm up: the published framework version is cached after its first use, and a council a
    // coordinator has reached is known to exist.
    for (const { id } of [councils[0], councils[councils.length - 1]])
      await coordinator.get(`/api/v1/councils/${id}/dashboard`);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const countFor = async (path: string) => {
      spy.mockClear();
      expect((await coordinator.get(path)).status).toBe(200);
      // The dashboard's own queries (plus the session lookup); rate-limit bookkeeping is left out, as
      // it occasionally sweeps old counters.
      return spy.mock.calls.filter(([sql]) => !String(sql).includes('rate_limits')).length;
    };
    // A view's first read computes and stores it; later reads are the stored text (one query).
    const latestOf = async (councilId: string) =>
      (
        await t.sql<{ id: string }>(
          `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted'
            ORDER BY period_end DESC, submitted_at DESC LIMIT 1`,
          [councilId],
        )
      )[0].id;
    const smallPath = `/api/v1/councils/${councils[0].id}/dashboard?auditId=${await latestOf(councils[0].id)}`;
    const largeId = councils[councils.length - 1].id;
    const largePath = `/api/v1/councils/${largeId}/dashboard?auditId=${await latestOf(largeId)}`;
    const small = await countFor(smallPath);
    const large = await countFor(largePath);
    const smallStored = await countFor(smallPath);
    const largeStored = await countFor(largePath);
    const filtered = await countFor(`/api/v1/councils/${largeId}/dashboard?scope=organisational`);
    spy.mockRestore();
    expect(councils[0].protocols).toBeLessThan(councils[councils.length - 1].protocols);
    expect(large).toBe(small);
    expect(filtered).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(16);
    expect(largeStored).toBe(smallStored);
    expect(smallStored).toBeLessThanOrEqual(2);
  });

  it('gives the coordinator every council’s latest index, change and last audit in one overview', async () => {
    const coordinator = await Client.signedIn(t, {
      email: 'coordinator@demo.example',
      password: DEMO_PASSWORD,
    });
    const rows = (await coordinator.get('/api/v1/network/overview')).body as Array<{
      councilId: string;
      name: string;
      latestIndex: number;
      change: number;
      submittedAudits: number;
      draftAudits: number;
    }>;
    expect(rows).toHaveLength(12);
    const northfield = rows.find((r) => r.name === 'Northfield Borough Council');
    const d = (await coordinator.get(`/api/v1/councils/${northfield?.councilId}/dashboard`))
      .body as CouncilDashboard;
    expect(northfield).toMatchObject({ submittedAudits: 6, draftAudits: 1 });
    expect(northfield?.latestIndex).toBeCloseTo(d.headline?.index as number, 10);
    expect(northfield?.change).toBeCloseTo(d.headline?.change as number, 10);
  });

  it("takes a council's latest and previous audits as two audits, even when their dates tie", async () => {
    const coordinator = await Client.signedIn(t, {
      email: 'coordinator@demo.example',
      password: DEMO_PASSWORD,
    });
    const [council] = await t.sql<{ id: string }>(
      `SELECT c.id FROM councils c WHERE c.name <> 'Northfield Borough Council'
          AND (SELECT count(*) FROM audits a WHERE a.council_id = c.id AND a.status = 'submitted') >= 2
        ORDER BY c.name LIMIT 1`,
    );
    const latest = await t.sql<{ id: string; index_score: number }>(
      `SELECT id, index_score FROM audits WHERE council_id = $1 AND status = 'submitted'
        ORDER BY period_end DESC, submitted_at DESC LIMIT 2`,
      [council.id],
    );
    // Two submissions with the same period end and submission time (one transaction's now()).
    await t.sql(
      `UPDATE audits SET period_end = (SELECT period_end FROM audits WHERE id = $1),
                         submitted_at = (SELECT submitted_at FROM audits WHERE id = $1)
        WHERE id = $2`,
      [latest[0].id, latest[1].id],
    );
    const rows = (await coordinator.get('/api/v1/network/overview')).body as Array<{
      councilId: string;
      latestIndex: number;
      change: number;
    }>;
    const row = rows.find((r) => r.councilId === council.id);
    const [a, b] = latest.map((l) => l.index_score);
    expect(a).not.toBe(b);
    // Whichever of the two counts as the latest, the change is against the other one.
    expect([a - b, b - a].map((x) => x.toFixed(6))).toContain(row?.change.toFixed(6));
  });

  it('scores the wider environment apart: its own index, coverage and provisional flag', async () => {
    const d = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard?scope=wider`))
      .body as CouncilDashboard;
    const lib = await libSummary(d.selected?.id as string, (p) => p.scope === 'wider');
    expect(d.headline?.index).toEqual(lib.wider.index);
    expect(d.headline?.coverage).toEqual(lib.wider.coverage);
    expect(d.headline?.coverage).toBeGreaterThan(0);
    expect(d.headline?.provisional).toBe(lib.wider.provisional);
  });
});
