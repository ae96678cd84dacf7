import type { Audit, Council, CouncilDashboard } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DashboardReadModel1765500000000 } from '../database/migrations/1765500000000-dashboard-read-model';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';
import { weakEtag } from '../common/stored-json';
import { DashboardService } from './dashboard.service';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

/**
 * The stored dashboards answer byte for byte what computing them now gives, for every council and
 * audit; and every write that changes an input shows in the very next answer — also from a second
 * API process on the same database, which held the previous answer in memory.
 */
describe('the stored dashboards (real PostgreSQL, demo network)', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: Client;
  let coordinatorElsewhere: Client;
  let council: { id: string; lead: string };

  const path = (councilId: string, auditId?: string) =>
    `/api/v1/councils/${councilId}/dashboard${auditId ? `?auditId=${auditId}` : ''}`;
  /** The answer computed now from the audits, as JSON text. */
  const live = async (councilId: string, auditId?: string) =>
    JSON.stringify(
      await t.app.get(DashboardService).dashboard(councilId, auditId ? { auditId } : {}),
    );
  const submittedAudits = async (councilId: string) =>
    (
      await t.sql<{ id: string }>(
        `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted' ORDER BY period_end`,
        [councilId],
      )
    ).map((a) => a.id);

  /** Both processes serve exactly the live answer (text and ETag); returns that text. */
  const expectBothFresh = async (councilId: string, auditId?: string) => {
    const expected = await live(councilId, auditId);
    for (const client of [coordinator, coordinatorElsewhere]) {
      const res = await client.get(path(councilId, auditId));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.text).toBe(expected);
      expect(res.headers.etag).toBe(weakEtag(expected));
    }
    return expected;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    other = await createTestApp({ DATABASE_URL: t.config.databaseUrl as string });
    coordinator = await signIn(t, 'coordinator@demo.example');
    coordinatorElsewhere = await signIn(other, 'coordinator@demo.example');
    [council] = await t.sql<{ id: string; lead: string }>(
      `SELECT c.id, u.email AS lead FROM councils c JOIN users u ON u.council_id = c.id AND u.role = 'lead'
        ORDER BY c.name LIMIT 1`,
    );
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('answers every council × audit exactly as computing it now does, from the stored table', async () => {
    const councils = await t.sql<{ id: string }>(`SELECT id FROM councils ORDER BY name`);
    let compared = 0;
    for (const { id } of councils)
      for (const auditId of [undefined, ...(await submittedAudits(id))]) {
        await expectBothFresh(id, auditId);
        compared++;
      }
    expect(compared).toBeGreaterThan(40);
    const [stored] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM dashboard_answers`);
    expect(stored.n).toBe(compared);
  });

  it('serves the stored text in each encoding, a repeat view with 304, a filtered view too', async () => {
    const expected = await live(council.id);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await coordinator.send(
        'GET',
        path(council.id),
        undefined,
        {},
        {
          'Accept-Encoding': encoding,
        },
      );
      expect(res.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(res.headers.vary).toContain('Accept-Encoding');
      expect(res.headers['cache-control']).toBe('private, no-cache');
      expect(res.text).toBe(expected);
    }
    const again = await coordinator.send(
      'GET',
      path(council.id),
      undefined,
      {},
      {
        'If-None-Match': weakEtag(expected),
      },
    );
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const filtered = await coordinator.get(`${path(council.id)}?scope=organisational`);
    expect(filtered.status).toBe(200);
    expect(filtered.body.filters.scope).toBe('organisational');
    const unknown = await coordinator.get(path(council.id, '00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(404);
  });

  it('reopening and submitting an audit, on both processes', async () => {
    const lead = await signIn(t, council.lead);
    const before = await expectBothFresh(council.id);
    const audits = await submittedAudits(council.id);
    const latest = audits[audits.length - 1];
    let audit = (await lead.get(`/api/v1/audits/${latest}`)).body as Audit;
    const reopened = await lead.post(`/api/v1/audits/${latest}/reopen`, {
      version: audit.version,
      reason: 'Evidence arrived late',
    });
    expect(reopened.status).toBe(200);
    const afterReopen = await expectBothFresh(council.id);
    expect(JSON.parse(afterReopen).audits).toHaveLength(audits.length - 1);
    await expectBothFresh(council.id, audits[audits.length - 2]);

    audit = (await lead.get(`/api/v1/audits/${latest}`)).body as Audit;
    const submitted = await lead.post(`/api/v1/audits/${latest}/submit`, {
      version: audit.version,
    });
    expect(submitted.status).toBe(200);
    const afterSubmit = await expectBothFresh(council.id);
    expect(JSON.parse(afterSubmit).audits).toHaveLength(audits.length);
    expect(afterSubmit).not.toBe(afterReopen);
    expect(before).not.toBe(afterReopen);
    await expectBothFresh(council.id, latest);
  });

  it('editing the council, and the register reason of a protocol it no longer audits', async () => {
    await expectBothFresh(council.id);
    const current = (await coordinator.get(`/api/v1/councils/${council.id}`)).body as Council;
    const renamed = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      name: `${current.name} Borough`,
      version: current.version,
    });
    expect(renamed.status).toBe(200);
    expect(JSON.parse(await expectBothFresh(council.id)).council.name).toBe(
      `${current.name} Borough`,
    );

    // A protocol that left the council's latest audit shows with its register reason.
    const leavers = await t.sql<{ council_id: string; protocol_id: string }>(
      `SELECT a.council_id, ap.protocol_id FROM audit_protocols ap JOIN audits a ON a.id = ap.audit_id
        WHERE a.status = 'submitted'`,
    );
    let shown: { councilId: string; protocolId: string } | undefined;
    for (const { id } of await t.sql<{ id: string }>(`SELECT id FROM councils ORDER BY name`)) {
      const movers = (JSON.parse(await expectBothFresh(id)) as CouncilDashboard).movers;
      const retired = movers.find((m) => m.change === 'retired');
      shown ??= retired && { councilId: id, protocolId: retired.protocolId };
    }
    expect(leavers.some((l) => l.protocol_id === shown?.protocolId)).toBe(true);
    const { councilId, protocolId } = shown as { councilId: string; protocolId: string };
    await t.sql(
      `UPDATE protocols SET retired_reason = 'Merged into the new policy' WHERE id = $1`,
      [protocolId],
    );
    const after = JSON.parse(await expectBothFresh(councilId)) as CouncilDashboard;
    expect(after.movers.find((m) => m.protocolId === protocolId)?.retiredReason).toBe(
      'Merged into the new policy',
    );
  });

  it('changes made by hand in the database, and a new framework version', async () => {
    const audits = await submittedAudits(council.id);
    const latest = audits[audits.length - 1];
    const before = await expectBothFresh(council.id);
    await t.sql(
      `UPDATE audit_principle_scores SET index_score = 12.5
        WHERE audit_id = $1 AND perspective = 'leadership'`,
      [latest],
    );
    const changed = await expectBothFresh(council.id);
    expect(changed).not.toBe(before);
    await t.sql(
      `UPDATE ratings SET evidence_text = 'Written again by hand' WHERE audit_id = $1 AND value = 2`,
      [latest],
    );
    await expectBothFresh(council.id);
    await t.sql(`UPDATE councils SET population_band = 'over-500k' WHERE id = $1`, [council.id]);
    await expectBothFresh(council.id);

    const draft = (await coordinator.post('/api/v1/frameworks/versions')).body;
    const published = await coordinator.post(
      `/api/v1/frameworks/versions/${draft.number}/publish`,
      { revision: draft.revision, releaseNotes: 'A new version for the dashboard test.' },
    );
    expect(published.status).toBe(200);
    await expectBothFresh(council.id);
  });

  it('a draft being edited and rated changes no stored answer', async () => {
    const [draft] = await t.sql<{ id: string; council_id: string }>(
      `SELECT a.id, a.council_id FROM audits a WHERE a.status = 'draft'
          AND EXISTS (SELECT 1 FROM ratings r WHERE r.audit_id = a.id) ORDER BY a.id LIMIT 1`,
    );
    const version = async () =>
      (
        await t.sql<{ version: number }>(
          `SELECT coalesce((SELECT version FROM dashboard_versions WHERE council_id = $1), 0)::int AS version`,
          [draft.council_id],
        )
      )[0].version;
    await expectBothFresh(draft.council_id);
    const before = await version();
    await t.sql(`UPDATE audits SET label = label || ' (edited)' WHERE id = $1`, [draft.id]);
    await t.sql(`UPDATE ratings SET evidence_text = 'Draft evidence' WHERE audit_id = $1`, [
      draft.id,
    ]);
    expect(await version()).toBe(before);
    await expectBothFresh(draft.council_id);
  });

  it('the migration builds every default view for data already there, and can be undone', async () => {
    // Its own down and up, whichever migrations come after it.
    const migration = new DashboardReadModel1765500000000();
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      await migration.down(runner);
      const tables = `SELECT 1 FROM pg_tables WHERE tablename LIKE 'dashboard\\_%'`;
      expect(await t.sql(tables)).toHaveLength(0);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const councils = await t.sql<{ id: string }>(`SELECT id FROM councils ORDER BY id`);
    const stored = await t.sql<{ council_id: string; view: string; version: string; body: string }>(
      `SELECT council_id, view, version, body FROM dashboard_answers ORDER BY council_id`,
    );
    expect(stored.map((s) => [s.council_id, s.view, s.version])).toEqual(
      councils.map((c) => [c.id, '', '0']),
    );
    for (const s of stored) expect(s.body).toBe(await live(s.council_id));
    await expectBothFresh(council.id);
  });
});
