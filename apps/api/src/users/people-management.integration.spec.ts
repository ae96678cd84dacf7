import { aCouncil, aUser, Client, TestUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

/** Roles, reactivation and the last-lead rule, through the real module on PostgreSQL. */
describe('managing people (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinatorUser: TestUser;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp();
    coordinatorUser = await aUser(t, 'coordinator', null);
    coordinator = await Client.signedIn(t, coordinatorUser);
  });
  afterAll(() => t.close());

  const version = async (id: string) =>
    (await t.sql<{ version: number }>(`SELECT version FROM users WHERE id = $1`, [id]))[0].version;
  const trail = (userId: string) =>
    t.sql<{
      action: string;
      actor_email: string;
      before: { role: string };
      after: { role: string };
    }>(
      `SELECT action, actor_email, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [userId],
    );

  it('a coordinator moves someone to another council role; the trail records who and what', async () => {
    const council = (await aCouncil(t)).id;
    const viewer = await aUser(t, 'viewer', council);
    const res = await coordinator.put(`/api/v1/users/${viewer.id}/role`, {
      role: 'manager',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'manager', version: 2 });
    const [event] = await trail(viewer.id);
    expect(event).toMatchObject({
      action: 'user.role-changed',
      actor_email: coordinatorUser.email,
      before: { role: 'viewer' },
      after: { role: 'manager' },
    });
  });

  it('refuses a change made on an old copy with 409', async () => {
    const council = (await aCouncil(t)).id;
    const viewer = await aUser(t, 'viewer', council);
    await coordinator.put(`/api/v1/users/${viewer.id}/role`, { role: 'manager', version: 1 });
    const stale = await coordinator.put(`/api/v1/users/${viewer.id}/role`, {
      role: 'viewer',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Someone else changed this person/);
    const staleReactivate = await coordinator.post(`/api/v1/users/${viewer.id}/reactivate`, {
      version: 1,
    });
    expect(staleReactivate.status).toBe(409);
  });

  it('a lead moves people between manager and viewer in their own council only', async () => {
    const council = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', council));
    const viewer = await aUser(t, 'viewer', council);
    const promoted = await lead.put(`/api/v1/users/${viewer.id}/role`, {
      role: 'manager',
      version: 1,
    });
    expect(promoted.status).toBe(200);
    const toLead = await lead.put(`/api/v1/users/${viewer.id}/role`, { role: 'lead', version: 2 });
    expect(toLead.status).toBe(403);
    const otherLead = await aUser(t, 'lead', council);
    const demoteLead = await lead.put(`/api/v1/users/${otherLead.id}/role`, {
      role: 'viewer',
      version: 1,
    });
    expect(demoteLead.status).toBe(403);
    const elsewhere = await aUser(t, 'viewer', (await aCouncil(t)).id);
    const other = await lead.put(`/api/v1/users/${elsewhere.id}/role`, {
      role: 'manager',
      version: 1,
    });
    expect(other.status).toBe(404);
  });

  it('rejects a role outside the council and a missing version with field errors', async () => {
    const viewer = await aUser(t, 'viewer', (await aCouncil(t)).id);
    const res = await coordinator.put(`/api/v1/users/${viewer.id}/role`, { role: 'coordinator' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'role',
      'version',
    ]);
  });

  it("keeps a council's last active lead: no demotion or deactivation (409), and says why", async () => {
    const council = (await aCouncil(t)).id;
    const onlyLead = await aUser(t, 'lead', council);
    const demote = await coordinator.put(`/api/v1/users/${onlyLead.id}/role`, {
      role: 'manager',
      version: 1,
    });
    expect(demote.status).toBe(409);
    expect(demote.body.message).toMatch(/only active lead of this council/);
    const deactivate = await coordinator.post(`/api/v1/users/${onlyLead.id}/deactivate`);
    expect(deactivate.status).toBe(409);
    expect(deactivate.body.message).toMatch(/only active lead/);
    expect(await version(onlyLead.id)).toBe(1);

    // An invited or deactivated lead does not count; a second active lead does.
    await aUser(t, 'lead', council, { status: 'invited' });
    expect((await coordinator.post(`/api/v1/users/${onlyLead.id}/deactivate`)).status).toBe(409);
    await aUser(t, 'lead', council);
    expect(
      (await coordinator.put(`/api/v1/users/${onlyLead.id}/role`, { role: 'viewer', version: 1 }))
        .status,
    ).toBe(200);
  });

  it('two leads demoted at the same moment: one stays a lead', async () => {
    const council = (await aCouncil(t)).id;
    const a = await aUser(t, 'lead', council);
    const b = await aUser(t, 'lead', council);
    const [ra, rb] = await Promise.all([
      coordinator.put(`/api/v1/users/${a.id}/role`, { role: 'viewer', version: 1 }),
      coordinator.put(`/api/v1/users/${b.id}/role`, { role: 'viewer', version: 1 }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE council_id = $1 AND role = 'lead'`,
      [council],
    );
    expect(n).toBe(1);
  });

  it('a demoted lead loses lead rights on their very next request', async () => {
    const council = (await aCouncil(t)).id;
    await aUser(t, 'lead', council);
    const leadUser = await aUser(t, 'lead', council);
    const lead = await Client.signedIn(t, leadUser);
    // The session is now in this process's cache, with the lead role.
    expect((await lead.get(`/api/v1/councils/${council}/users`)).status).toBe(200);
    const res = await coordinator.put(`/api/v1/users/${leadUser.id}/role`, {
      role: 'viewer',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect((await lead.get(`/api/v1/councils/${council}/users`)).status).toBe(403);
    expect((await lead.get('/api/v1/auth/me')).body.role).toBe('viewer');
  });

  it('a deactivated user comes back: active if they had a password, invited if not', async () => {
    const council = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', council));
    const member = await aUser(t, 'viewer', council);
    const gone = await lead.post(`/api/v1/users/${member.id}/deactivate`);
    expect(gone.body.status).toBe('deactivated');
    const back = await lead.post(`/api/v1/users/${member.id}/reactivate`, {
      version: gone.body.version,
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: 'active' });
    expect((await Client.signedIn(t, member)).cookies['rcp_session']).toBeTruthy();
    expect((await trail(member.id)).map((e) => e.action)).toEqual([
      'user.deactivated',
      'user.reactivated',
    ]);

    const neverAccepted = await aUser(t, 'viewer', council, { status: 'deactivated' });
    await t.sql(`UPDATE users SET password_hash = NULL WHERE id = $1`, [neverAccepted.id]);
    const invitedAgain = await lead.post(`/api/v1/users/${neverAccepted.id}/reactivate`, {
      version: 1,
    });
    expect(invitedAgain.body.status).toBe('invited');

    const active = await lead.post(`/api/v1/users/${member.id}/reactivate`, {
      version: back.body.version,
    });
    expect(active.status).toBe(409);
  });

  it("does not bring back someone whose council is archived, nor another council's person", async () => {
    const council = (await aCouncil(t)).id;
    const person = await aUser(t, 'viewer', council, { status: 'deactivated' });
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [council]);
    const archived = await coordinator.post(`/api/v1/users/${person.id}/reactivate`, {
      version: 1,
    });
    expect(archived.status).toBe(409);
    expect(archived.body.message).toMatch(/archived/);
    const lead = await Client.signedIn(t, await aUser(t, 'lead', (await aCouncil(t)).id));
    expect((await lead.post(`/api/v1/users/${person.id}/reactivate`, { version: 1 })).status).toBe(
      404,
    );
  });
});
