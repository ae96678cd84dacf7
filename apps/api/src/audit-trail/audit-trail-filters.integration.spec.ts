import * as Papa from 'papaparse';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEventsRepository } from './audit-events.repository';

describe('audit trail filters and CSV export (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  let councilA: { id: string; name: string };
  let councilB: { id: string; name: string };
  let lead: Client;

  /** An event at a given instant (the table is append-only, so each test adds its own). */
  async function anEvent(action: string, councilId: string | null, at: string, email: string) {
    await t.sql(
      `INSERT INTO audit_events (occurred_at, actor_email, council_id, action, entity_type, entity_id, after)
       VALUES ($1, $2, $3, $4, 'thing', '1', $5)`,
      [at, email, councilId, action, JSON.stringify({ note: action })],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    councilA = await aCouncil(t);
    councilB = await aCouncil(t);
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilA.id));
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    await anEvent('test.filter', councilA.id, '2026-06-30T23:30:00Z', 'Sam.Jones@a.example');
    await anEvent('test.filter', councilA.id, '2026-06-30T22:30:00Z', 'robin@a.example');
    await anEvent('test.other', councilA.id, '2026-07-02T10:00:00Z', 'sam.jones@a.example');
    await anEvent('test.filter', councilB.id, '2026-07-01T10:00:00Z', 'sam.jones@b.example');
    await anEvent('test.formula', councilA.id, '2026-07-03T10:00:00Z', '=HYPERLINK("x")');
  });
  afterAll(() => t.close());

  const actions = (body: { items: Array<{ action: string; actorEmail: string }> }) =>
    body.items.map((e) => `${e.action} ${e.actorEmail}`);

  it('filters by action, person (any case, part of the address) and UK days', async () => {
    const res = await coordinator.get(
      '/api/v1/audit-events?action=test.filter&person=SAM.jones&from=2026-07-01&to=2026-07-01',
    );
    expect(res.status).toBe(200);
    expect(actions(res.body)).toEqual([
      'test.filter sam.jones@b.example',
      'test.filter Sam.Jones@a.example',
    ]);
    expect(res.body.total).toBe(2);
    const june = await coordinator.get(
      `/api/v1/audit-events?councilId=${councilA.id}&to=2026-06-30&action=test.filter`,
    );
    expect(actions(june.body)).toEqual(['test.filter robin@a.example']);
  });

  it('treats % and _ in the person filter as themselves', async () => {
    const res = await coordinator.get('/api/v1/audit-events?person=%25&action=test.filter');
    expect(res.body.total).toBe(0);
  });

  it('pages the filtered events with their total', async () => {
    const first = await coordinator.get('/api/v1/audit-events?action=test.filter&limit=2');
    const second = await coordinator.get(
      '/api/v1/audit-events?action=test.filter&limit=2&offset=2',
    );
    expect(first.body.total).toBe(3);
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(1);
  });

  it('keeps a lead to their own council, whatever the filters say', async () => {
    const res = await lead.get('/api/v1/audit-events?action=test.filter');
    expect(actions(res.body)).toEqual([
      'test.filter Sam.Jones@a.example',
      'test.filter robin@a.example',
    ]);
    expect((await lead.get(`/api/v1/audit-events?councilId=${councilB.id}`)).status).toBe(404);
    expect(
      (await lead.get(`/api/v1/audit-events/export.csv?councilId=${councilB.id}`)).status,
    ).toBe(404);
    const leadActions = (await lead.get('/api/v1/audit-events/actions')).body as string[];
    expect(leadActions).toContain('test.other');
    const [onlyB] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE council_id = $1 AND action = 'test.filter'`,
      [councilB.id],
    );
    expect(onlyB.n).toBe(1);
  });

  it("lists each action recorded once, in order: the network's for a coordinator, the council's for its lead", async () => {
    await anEvent('test.z-last', councilB.id, '2026-07-03T10:00:00Z', 'b@b.example');
    await anEvent('test.a-first', councilA.id, '2026-07-03T10:00:00Z', 'a@a.example');
    await anEvent('test.a-first', null, '2026-07-03T11:00:00Z', 'coordinator@x.example');
    const distinct = async (councilId: string | null) =>
      (
        await t.sql<{ action: string }>(
          `SELECT DISTINCT action FROM audit_events WHERE $1::uuid IS NULL OR council_id = $1
            ORDER BY action`,
          [councilId],
        )
      ).map((r) => r.action);
    const network = (await coordinator.get('/api/v1/audit-events/actions')).body as string[];
    expect(network).toEqual(await distinct(null));
    expect(network).toEqual(expect.arrayContaining(['test.a-first', 'test.z-last']));
    const own = (await lead.get('/api/v1/audit-events/actions')).body as string[];
    expect(own).toEqual(await distinct(councilA.id));
    expect(own).toContain('test.a-first');
    expect(own).not.toContain('test.z-last');
    // Found through the indexes (asked of the planner with sequential scans ruled out).
    await t.sql(`SET enable_seqscan = off`);
    const plan = (
      await t.sql<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT e.action FROM audit_events e WHERE e.council_id = $1 AND e.action > 'a'
          ORDER BY e.action LIMIT 1`,
        [councilA.id],
      )
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    await t.sql(`RESET enable_seqscan`);
    expect(plan).toContain('audit_events_council_action_idx');
  });

  it('refuses bad filters with field errors', async () => {
    const res = await coordinator.get(
      '/api/v1/audit-events?from=31/12/2026&action=DROP%20TABLE&person=' + 'x'.repeat(300),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'action',
      'from',
      'person',
    ]);
    const backwards = await coordinator.get('/api/v1/audit-events?from=2026-07-02&to=2026-07-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('to');
  });

  it('exports the filtered events as CSV, council names in, formulas defused', async () => {
    const res = await lead.get('/api/v1/audit-events/export.csv?action=test.filter');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('audit-log.csv');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(res.text.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual([
      'When (UTC)',
      'Who',
      'Action',
      'Entity type',
      'Entity id',
      'Council',
      'Before',
      'After',
      'Request id',
      'Via API token',
      'API token id',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['2026-06-30T23:30:00.000Z', 'Sam.Jones@a.example', councilA.name],
      ['2026-06-30T22:30:00.000Z', 'robin@a.example', councilA.name],
    ]);
    expect(rows[1][7]).toBe('{"note":"test.filter"}');
    const formula = await coordinator.get('/api/v1/audit-events/export.csv?action=test.formula');
    expect(formula.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports in batches without losing or repeating an event', async () => {
    const events = t.app.get(AuditEventsRepository);
    const first = await events.batchBefore({ action: 'test.filter' }, null, 2);
    const rest = await events.batchBefore({ action: 'test.filter' }, first[1].event.id, 2);
    expect([...first, ...rest].map((r) => r.event.actorEmail)).toEqual([
      'sam.jones@b.example',
      'Sam.Jones@a.example',
      'robin@a.example',
    ]);
  });
});
