import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('the audit trail (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records a write with who, when (UTC) and the before and after state', async () => {
    const coordinatorUser = await aUser(t, 'coordinator', null);
    const coordinator = await Client.signedIn(t, coordinatorUser);
    const council = await aCouncil(t);
    await coordinator.patch(`/api/v1/councils/${council.id}`, { region: 'Wales', version: 1 });
    const [event] = await t.sql<{
      actor_email: string;
      before: { region: string };
      after: { region: string };
      occurred_at: Date;
    }>(
      `SELECT actor_email, before, after, occurred_at FROM audit_events WHERE action = 'council.updated' AND entity_id = $1`,
      [council.id],
    );
    expect(event.actor_email).toBe(coordinatorUser.email);
    expect(event.before.region).toBe('North West');
    expect(event.after.region).toBe('Wales');
    expect(Math.abs(event.occurred_at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('records sign-ins, failures and denials, and never a password or token', async () => {
    const council = await aCouncil(t);
    const viewer = await aUser(t, 'viewer', council.id);
    const wrong = await Client.anonymous(t);
    await wrong.post('/api/v1/auth/login', { email: viewer.email, password: 'a wrong guess here' });
    const client = await Client.signedIn(t, viewer);
    await client.get('/api/v1/users');
    const events = await t.sql<{ action: string; row: string }>(
      `SELECT action, row_to_json(e)::text AS row FROM audit_events e WHERE actor_email = $1 ORDER BY id`,
      [viewer.email],
    );
    expect(events.map((e) => e.action)).toEqual([
      'auth.login.failed',
      'auth.login.succeeded',
      'access.denied',
    ]);
    const everything = (
      await t.sql<{ all: string }>(
        `SELECT string_agg(row_to_json(e)::text, ' ') AS all FROM audit_events e`,
      )
    )[0].all;
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain('a wrong guess here');
    expect(everything).not.toContain(client.cookies['rcp_session']);
  });

  it('cannot be changed or deleted, even directly in the database', async () => {
    await expect(t.sql(`UPDATE audit_events SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.sql(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it("a lead reads their own council's events only", async () => {
    const a = await aCouncil(t);
    const b = await aCouncil(t);
    const leadA = await Client.signedIn(t, await aUser(t, 'lead', a.id));
    await Client.signedIn(t, await aUser(t, 'lead', b.id));
    const page = await leadA.get('/api/v1/audit-events?limit=200');
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(new Set(page.body.items.map((e: { councilId: string }) => e.councilId))).toEqual(
      new Set([a.id]),
    );
  });
});
