import type { CouncilDashboard } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { weakEtag } from '../common/stored-json';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';
import { DashboardQuery } from './dashboard.dto';
import { DashboardModelService } from './dashboard-model.service';
import { storeDashboard } from './dashboard-model.queries';
import { DashboardService } from './dashboard.service';
import { viewKey } from './dashboard-view-key';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

/**
 * Comparisons and filtered views are stored like the default view: byte for byte what computing
 * them now gives, one entry per query whatever its parameters' order, revalidated with 304, and
 * every write shows in the very next answer from either of two API processes. A query naming
 * what the council does not have is answered but never stored.
 */
describe('the stored comparisons and filtered views (real PostgreSQL, demo network)', () => {
  let t: TestApp;
  let other: TestApp;
  let coordinator: Client;
  let coordinatorElsewhere: Client;
  let councils: Array<{ id: string }>;

  /** The query string in the order given (the key must not depend on it). */
  const path = (councilId: string, q: Record<string, string>) =>
    `/api/v1/councils/${councilId}/dashboard?${new URLSearchParams(q).toString()}`;
  const live = async (councilId: string, q: Record<string, string>) =>
    JSON.stringify(await t.app.get(DashboardService).dashboard(councilId, q as DashboardQuery));
  const submittedAudits = async (councilId: string) =>
    (
      await t.sql<{ id: string }>(
        `SELECT id FROM audits WHERE council_id = $1 AND status = 'submitted'
          ORDER BY period_end, submitted_at`,
        [councilId],
      )
    ).map((a) => a.id);
  const serviceAreas = async (councilId: string) =>
    (JSON.parse(await live(councilId, {})) as CouncilDashboard).serviceAreas;
  /** The council's stored chosen views: key and the version each was built at. */
  const storedViews = (councilId: string) =>
    t.sql<{ view: string; version: number }>(
      `SELECT view, version::int FROM dashboard_answers
        WHERE council_id = $1 AND view LIKE '?%' ORDER BY view`,
      [councilId],
    );
  const councilVersion = async (councilId: string) =>
    (
      await t.sql<{ version: number }>(
        `SELECT coalesce((SELECT version FROM dashboard_versions WHERE council_id = $1), 0)::int AS version`,
        [councilId],
      )
    )[0].version;
  const answerCount = async () =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM dashboard_answers`))[0].n;

  /** Both processes serve exactly the live answer (text and ETag); returns that text. */
  const expectBothFresh = async (councilId: string, q: Record<string, string>) => {
    const expected = await live(councilId, q);
    for (const client of [coordinator, coordinatorElsewhere]) {
      const res = await client.get(path(councilId, q));
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
    councils = await t.sql<{ id: string }>(`SELECT id FROM councils ORDER BY name`);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('answers filters and comparisons of every council exactly as computing them now does, stored', async () => {
    let compared = 0;
    for (const { id } of councils) {
      const audits = await submittedAudits(id);
      const areas = await serviceAreas(id);
      const queries: Array<Record<string, string>> = [
        { scope: 'organisational' },
        { scope: 'wider' },
        ...areas.slice(0, 2).map((serviceArea) => ({ serviceArea })),
        ...areas.slice(-1).map((serviceArea) => ({ scope: 'organisational', serviceArea })),
        ...audits.slice(0, 1).map((compareTo) => ({ compareTo })),
        ...(audits.length > 2
          ? [
              {
                serviceArea: areas[0],
                compareTo: audits[0],
                auditId: audits[audits.length - 2],
                scope: 'wider',
              },
            ]
          : []),
      ];
      for (const q of queries) await expectBothFresh(id, q);
      const version = await councilVersion(id);
      expect(await storedViews(id)).toEqual(
        [...new Set(queries.map(viewKey))].sort().map((view) => ({ view, version })),
      );
      compared += queries.length;
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('keeps one entry per query whatever its order, and answers a repeat with 304 on both processes', async () => {
    const { id } = councils[1];
    const [area] = await serviceAreas(id);
    const storedBefore = (await storedViews(id)).length;
    const first = await coordinator.get(path(id, { scope: 'wider', serviceArea: area }));
    const reordered = await coordinatorElsewhere.get(
      path(id, { serviceArea: area, scope: 'wider' }),
    );
    expect(first.text).toBe(await live(id, { serviceArea: area, scope: 'wider' }));
    expect(reordered.text).toBe(first.text);
    expect(reordered.headers.etag).toBe(first.headers.etag);
    expect(await storedViews(id)).toHaveLength(storedBefore + 1);
    for (const client of [coordinator, coordinatorElsewhere]) {
      const again = await client.send(
        'GET',
        path(id, { serviceArea: area, scope: 'wider' }),
        undefined,
        {},
        { 'If-None-Match': first.headers.etag, 'Accept-Encoding': 'gzip' },
      );
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      const compressed = await client.send(
        'GET',
        path(id, { scope: 'wider', serviceArea: area }),
        undefined,
        {},
        { 'Accept-Encoding': 'gzip' },
      );
      expect(compressed.headers['content-encoding']).toBe('gzip');
      expect(compressed.text).toBe(first.text);
    }
  });

  it('shows each write in the next filtered answer of either process, replacing the old entries', async () => {
    const { id } = councils[2];
    const audits = await submittedAudits(id);
    const latest = audits[audits.length - 1];
    const [area] = await serviceAreas(id);
    const filtered = { serviceArea: area };
    const compared = { compareTo: audits[0], scope: 'organisational' as const };
    const before = await expectBothFresh(id, filtered);
    await expectBothFresh(id, compared);

    // Ratings written by hand: a filtered view scores them again.
    await t.sql(
      `UPDATE ratings SET value = CASE WHEN value = 1 THEN 0 ELSE 1 END
        WHERE audit_id = $1 AND perspective = 'leadership' AND abs(value) < 2`,
      [latest],
    );
    const after = await expectBothFresh(id, filtered);
    expect(after).not.toBe(before);
    // The view read again replaced its own entry; the other one, now out of date, is gone.
    expect(await storedViews(id)).toEqual([
      { view: viewKey(filtered), version: await councilVersion(id) },
    ]);

    const current = (await coordinator.get(`/api/v1/councils/${id}`)).body as {
      name: string;
      version: number;
    };
    const renamed = await coordinatorElsewhere.patch(`/api/v1/councils/${id}`, {
      name: `${current.name} (renamed)`,
      version: current.version,
    });
    expect(renamed.status).toBe(200);
    for (const q of [filtered, compared])
      expect(JSON.parse(await expectBothFresh(id, q)).council.name).toBe(
        `${current.name} (renamed)`,
      );
    expect((await storedViews(id)).map((s) => s.view).sort()).toEqual(
      [viewKey(filtered), viewKey(compared)].sort(),
    );
  });

  it('answers a service area or audit the council does not have as before, storing and holding nothing', async () => {
    const { id } = councils[3];
    const foreignAudit = (await submittedAudits(councils[4].id))[0];
    const held = () =>
      (t.app.get(DashboardModelService) as unknown as { held: Map<string, unknown> }).held.size;
    const stored = await answerCount();
    const heldBefore = held();
    for (const serviceArea of ['x'.repeat(120), 'Not a service area', '']) {
      const q = { serviceArea, scope: 'wider' };
      const expected = await live(id, q);
      const res = await coordinator.get(path(id, q));
      expect(res.status).toBe(200);
      expect(res.text).toBe(expected);
      const again = await coordinator.send(
        'GET',
        path(id, q),
        undefined,
        {},
        {
          'If-None-Match': weakEtag(expected),
        },
      );
      expect(again.status).toBe(304);
    }
    const unknown: Array<Record<string, string>> = [
      { compareTo: '00000000-0000-4000-8000-000000000000' },
      { compareTo: foreignAudit },
      { auditId: foreignAudit, scope: 'wider' },
    ];
    for (const q of unknown) expect((await coordinator.get(path(id, q))).status).toBe(404);
    expect(await answerCount()).toBe(stored);
    expect(held()).toBe(heldBefore);
  });

  it('keeps at most so many chosen views per council, dropping those of older versions first', async () => {
    const { id } = councils[5];
    const m = t.app.get(DataSource).manager;
    const version = await councilVersion(id);
    const keys = ['Housing', 'Corporate', 'Care', 'Adult social care'].map((serviceArea) =>
      viewKey({ serviceArea, scope: 'wider' }),
    );
    const answer = (v: number, body: string) => ({ version: v, etag: weakEtag(body), body });
    expect((await coordinator.get(`/api/v1/councils/${id}/dashboard`)).status).toBe(200);
    await t.sql(`DELETE FROM dashboard_answers WHERE council_id = $1 AND view LIKE '?%'`, [id]);
    try {
      for (const view of keys) await storeDashboard(m, id, view, answer(version, view), 3);
      expect((await storedViews(id)).map((s) => s.view)).toEqual(keys.slice(0, 3).sort());
      // A kept view is still replaced by a later build, at the cap.
      await storeDashboard(m, id, keys[0], answer(version + 1, 'later'), 3);
      expect(await storedViews(id)).toEqual([{ view: keys[0], version: version + 1 }]);
      await storeDashboard(m, id, keys[3], answer(version + 1, 'later'), 3);
      expect((await storedViews(id)).map((s) => s.view)).toEqual([keys[0], keys[3]].sort());
      // The default view is never counted nor dropped.
      const [defaults] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM dashboard_answers WHERE council_id = $1 AND view = ''`,
        [id],
      );
      expect(defaults.n).toBe(1);
    } finally {
      await t.sql(`DELETE FROM dashboard_answers WHERE council_id = $1 AND view LIKE '?%'`, [id]);
    }
  });
});
