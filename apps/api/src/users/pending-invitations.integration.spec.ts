import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('invitations not yet accepted (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://rcp.example.gov.uk' });
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
  });
  afterAll(() => t.close());

  const tokenOf = (acceptUrl: string) => new URL(acceptUrl).pathname.split('/').pop() as string;

  async function invite(by: Client, councilId: string, role = 'viewer') {
    const res = await by.post('/api/v1/invitations', {
      email: `pending-${Math.random().toString(36).slice(2)}@test.example`,
      displayName: 'Pat Pending',
      role,
      councilId,
    });
    expect(res.status).toBe(201);
    const [user] = await t.sql<{ id: string; version: number }>(
      `SELECT id, version FROM users WHERE email = $1`,
      [res.body.email],
    );
    return { ...user, email: res.body.email as string, token: tokenOf(res.body.acceptUrl) };
  }

  it('a lead sees who has not accepted yet, with the expiry, and only in their own council', async () => {
    const council = (await aCouncil(t)).id;
    const leadUser = await aUser(t, 'lead', council);
    const lead = await Client.signedIn(t, leadUser);
    const mine = await invite(lead, council);
    await invite(coordinator, (await aCouncil(t)).id);
    await t.sql(
      `UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE user_id = $1`,
      [(await invite(lead, council)).id],
    );
    const res = await lead.get(`/api/v1/councils/${council}/invitations`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    const entry = res.body.find((i: { userId: string }) => i.userId === mine.id);
    expect(entry).toMatchObject({
      email: mine.email,
      role: 'viewer',
      councilId: council,
      invitedByEmail: leadUser.email,
      expired: false,
      userVersion: 1,
    });
    expect(new Date(entry.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(res.body.filter((i: { expired: boolean }) => i.expired)).toHaveLength(1);

    const all = await coordinator.get(`/api/v1/invitations?councilId=${council}`);
    expect(all.body).toHaveLength(2);
  });

  it('resending gives a new link, the old one stops working, and the trail records it', async () => {
    const council = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', council));
    const invited = await invite(lead, council);
    const res = await lead.post(`/api/v1/users/${invited.id}/invitation/resend`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.acceptUrl).toMatch(/^https:\/\/rcp\.example\.gov\.uk\/invitations\//);
    const anonymous = await Client.anonymous(t);
    expect((await anonymous.get(`/api/v1/invitations/${invited.token}`)).status).toBe(404);
    expect((await anonymous.get(`/api/v1/invitations/${tokenOf(res.body.acceptUrl)}`)).status).toBe(
      200,
    );
    const stale = await lead.post(`/api/v1/users/${invited.id}/invitation/resend`, { version: 1 });
    expect(stale.status).toBe(409);
    const events = await t.sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [invited.id],
    );
    expect(events.map((e) => e.action)).toEqual(['user.invited', 'user.invitation-resent']);
  });

  it('revoking stops the link and leaves the list; resending afterwards works', async () => {
    const council = (await aCouncil(t)).id;
    const invited = await invite(coordinator, council, 'lead');
    const res = await coordinator.post(`/api/v1/users/${invited.id}/invitation/revoke`, {
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'invited', version: 2 });
    expect(
      (await (await Client.anonymous(t)).get(`/api/v1/invitations/${invited.token}`)).status,
    ).toBe(404);
    expect((await coordinator.get(`/api/v1/invitations?councilId=${council}`)).body).toEqual([]);
    const again = await coordinator.post(`/api/v1/users/${invited.id}/invitation/revoke`, {
      version: 2,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/no open invitation/);
    const resent = await coordinator.post(`/api/v1/users/${invited.id}/invitation/resend`, {
      version: 2,
    });
    expect(resent.status).toBe(200);
    const [event] = await t.sql<{ action: string; council_id: string }>(
      `SELECT action, council_id FROM audit_events WHERE entity_id = $1 AND action = 'user.invitation-revoked'`,
      [invited.id],
    );
    expect(event.council_id).toBe(council);
  });

  it("a lead cannot resend or revoke a lead's invitation, nor another council's", async () => {
    const council = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', council));
    const leadInvite = await invite(coordinator, council, 'lead');
    expect(
      (await lead.post(`/api/v1/users/${leadInvite.id}/invitation/revoke`, { version: 1 })).status,
    ).toBe(403);
    const elsewhere = await invite(coordinator, (await aCouncil(t)).id);
    expect(
      (await lead.post(`/api/v1/users/${elsewhere.id}/invitation/resend`, { version: 1 })).status,
    ).toBe(404);
  });

  it('refuses to resend to someone who has already accepted (409)', async () => {
    const person = await aUser(t, 'viewer', (await aCouncil(t)).id);
    const res = await coordinator.post(`/api/v1/users/${person.id}/invitation/resend`, {
      version: 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/already accepted/);
  });
});
