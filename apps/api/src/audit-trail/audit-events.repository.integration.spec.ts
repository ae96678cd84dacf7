import { aCouncil, aUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEventsRepository } from './audit-events.repository';

describe('the audit events repository (real PostgreSQL)', () => {
  let t: TestApp;
  let events: AuditEventsRepository;
  beforeAll(async () => {
    t = await createTestApp();
    events = t.app.get(AuditEventsRepository);
  });
  afterAll(() => t.close());

  const anEvent = (action: string, councilId: string | null = null) => ({
    actorUserId: null,
    actorEmail: 'someone@test.example',
    councilId,
    action,
    entityType: 'thing',
    entityId: '1',
    ip: '127.0.0.1',
    requestId: 'req-1',
    apiTokenId: null,
  });

  it('stores a missing snapshot as NULL and any other value, null included, as JSON', async () => {
    await events.insert({ ...anEvent('test.snapshots'), before: null, after: { a: 1 } });
    const [row] = await t.sql<{ before_is_null: boolean; before_json: string; after: unknown }>(
      `SELECT before IS NULL AS before_is_null, before::text AS before_json, after
         FROM audit_events WHERE action = 'test.snapshots'`,
    );
    expect(row).toEqual({ before_is_null: false, before_json: 'null', after: { a: 1 } });

    await events.insert(anEvent('test.no-snapshots'));
    const [none] = await t.sql<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_events WHERE action = 'test.no-snapshots'`,
    );
    expect(none).toEqual({ before: null, after: null });
  });

  it("pages one council's events newest first, with their total", async () => {
    const council = await aCouncil(t);
    for (const action of ['test.first', 'test.second', 'test.third'])
      await events.insert(anEvent(action, council.id));
    await events.insert(anEvent('test.elsewhere', (await aCouncil(t)).id));

    const page = await events.page({ councilId: council.id, limit: 2, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.rows.map((e) => e.event.action)).toEqual(['test.third', 'test.second']);
    const next = await events.page({ councilId: council.id, limit: 2, offset: 2 });
    expect(next.rows.map((e) => e.event.action)).toEqual(['test.first']);
    const all = await events.page({ limit: 1000, offset: 0 });
    expect(all.rows.map((e) => e.event.action)).toContain('test.elsewhere');
  });

  it('names the API token of an event, revoked or not, and the token can never be deleted', async () => {
    const council = await aCouncil(t);
    const lead = await aUser(t, 'lead', council.id);
    const [token] = await t.sql<{ id: string }>(
      `INSERT INTO api_tokens (name, token_hash, prefix, council_id, created_by, expires_at, revoked_at)
       VALUES ('Power BI', 'hash-of-a-test-token', 'rcp_AbCd1234', $1, $2, now() + interval '1 day', now())
       RETURNING id`,
      [council.id, lead.id],
    );
    await events.insert({ ...anEvent('test.with-token', council.id), apiTokenId: token.id });
    await events.insert(anEvent('test.without-token', council.id));

    const page = await events.page({ councilId: council.id, limit: 10, offset: 0 });
    expect(page.rows.map((e) => [e.event.action, e.apiToken])).toEqual([
      ['test.without-token', null],
      ['test.with-token', { id: token.id, name: 'Power BI', prefix: 'rcp_AbCd1234' }],
    ]);
    const batch = await events.batchBefore({ councilId: council.id }, null, 10);
    expect(batch.map((e) => e.apiToken?.name ?? null)).toEqual([null, 'Power BI']);

    // The trail keeps pointing at it: no deletion (nor its creator's) can take the name away.
    await expect(t.sql(`DELETE FROM api_tokens WHERE id = $1`, [token.id])).rejects.toThrow(
      /foreign key constraint .* on table "audit_events"/,
    );
    await expect(t.sql(`DELETE FROM users WHERE id = $1`, [lead.id])).rejects.toThrow(
      /audit_events/,
    );
  });
});
