import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

const GOOD_PASSWORD = 'lantern meadow copper kite';

describe('invitations (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let otherCouncilId: string;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://rcp.example.gov.uk' });
    councilId = (await aCouncil(t)).id;
    otherCouncilId = (await aCouncil(t)).id;
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
  });
  afterAll(() => t.close());

  async function invite(email: string, role = 'viewer', council: string | undefined = councilId) {
    const res = await coordinator.post('/api/v1/invitations', {
      email,
      displayName: 'Robin Invitee',
      role,
      councilId: council,
    });
    expect(res.status).toBe(201);
    const token = new URL(res.body.acceptUrl).pathname.split('/').pop() as string;
    return { res, token };
  }

  it('gives the inviter a single-use link; the invitee sets a password and is signed in', async () => {
    const { res, token } = await invite('robin@test.example');
    expect(res.body.acceptUrl).toMatch(
      /^https:\/\/rcp\.example\.gov\.uk\/invitations\/[A-Za-z0-9_-]{43}$/,
    );
    expect(res.body).toMatchObject({ email: 'robin@test.example', role: 'viewer', councilId });

    const invitee = await Client.anonymous(t);
    const preview = await invitee.get(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ email: 'robin@test.example', role: 'viewer' });

    const accepted = await invitee.post(`/api/v1/invitations/${token}/accept`, {
      password: GOOD_PASSWORD,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ email: 'robin@test.example', role: 'viewer', councilId });
    expect((await invitee.get('/api/v1/auth/me')).status).toBe(200);

    const reuse = await (
      await Client.anonymous(t)
    ).post(`/api/v1/invitations/${token}/accept`, {
      password: 'another fine passphrase',
    });
    expect(reuse.status).toBe(404);
    const signIn = await (
      await Client.anonymous(t)
    ).post('/api/v1/auth/login', {
      email: 'robin@test.example',
      password: GOOD_PASSWORD,
    });
    expect(signIn.status).toBe(200);
  });

  it('refuses an expired link', async () => {
    const { token } = await invite('late@test.example');
    await t.sql(`UPDATE invitations SET expires_at = now() - interval '1 minute'`);
    const invitee = await Client.anonymous(t);
    expect((await invitee.get(`/api/v1/invitations/${token}`)).status).toBe(404);
    expect(
      (await invitee.post(`/api/v1/invitations/${token}/accept`, { password: GOOD_PASSWORD }))
        .status,
    ).toBe(404);
  });

  it('stops the old link working when someone is invited again', async () => {
    const first = await invite('twice@test.example');
    const second = await invite('twice@test.example');
    const invitee = await Client.anonymous(t);
    expect((await invitee.get(`/api/v1/invitations/${first.token}`)).status).toBe(404);
    expect((await invitee.get(`/api/v1/invitations/${second.token}`)).status).toBe(200);
  });

  it('refuses a common password with a field error and leaves the invitation usable', async () => {
    const { token } = await invite('weak@test.example');
    const invitee = await Client.anonymous(t);
    const res = await invitee.post(`/api/v1/invitations/${token}/accept`, {
      password: 'password1234',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'password', messages: ['is too common: choose something harder to guess'] },
    ]);
    const [user] = await t.sql<{ status: string; password_hash: string | null }>(
      `SELECT status, password_hash FROM users WHERE email = 'weak@test.example'`,
    );
    expect(user).toEqual({ status: 'invited', password_hash: null });
    expect(
      (await invitee.post(`/api/v1/invitations/${token}/accept`, { password: GOOD_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('refuses to invite an email that already has an account', async () => {
    const existing = await aUser(t, 'viewer', councilId);
    const res = await coordinator.post('/api/v1/invitations', {
      email: existing.email,
      displayName: 'Dup',
      role: 'viewer',
      councilId,
    });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ field: 'email', messages: ['already has an account'] }]);
  });

  it('needs a council for council roles and none for a coordinator', async () => {
    const noCouncil = await coordinator.post('/api/v1/invitations', {
      email: 'x1@test.example',
      displayName: 'X',
      role: 'lead',
    });
    expect(noCouncil.status).toBe(400);
    expect(noCouncil.body.errors).toEqual([
      { field: 'councilId', messages: ['is required for a council role'] },
    ]);
    const coordinatorWithCouncil = await coordinator.post('/api/v1/invitations', {
      email: 'x2@test.example',
      displayName: 'X',
      role: 'coordinator',
      councilId,
    });
    expect(coordinatorWithCouncil.status).toBe(400);
  });

  it('lets a lead invite managers and viewers to their own council only', async () => {
    const lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    const body = (role: string, council: string) => ({
      email: `l-${role}-${council.slice(0, 4)}@test.example`,
      displayName: 'P',
      role,
      councilId: council,
    });
    expect((await lead.post('/api/v1/invitations', body('manager', councilId))).status).toBe(201);
    expect((await lead.post('/api/v1/invitations', body('lead', councilId))).status).toBe(403);
    expect((await lead.post('/api/v1/invitations', body('viewer', otherCouncilId))).status).toBe(
      404,
    );
  });

  it('a lead cannot take over someone else’s pending invitation by inviting the same email', async () => {
    const lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    const forOther = await invite('pending-elsewhere@test.example', 'lead', otherCouncilId);
    const coordinatorInvite = await coordinator.post('/api/v1/invitations', {
      email: 'pending-coordinator@test.example',
      displayName: 'Cora',
      role: 'coordinator',
    });
    expect(coordinatorInvite.status).toBe(201);
    const forCoordinator = {
      token: new URL(coordinatorInvite.body.acceptUrl).pathname.split('/').pop() as string,
    };
    for (const email of ['pending-elsewhere@test.example', 'pending-coordinator@test.example']) {
      const res = await lead.post('/api/v1/invitations', {
        email,
        displayName: 'Hijack',
        role: 'viewer',
        councilId,
      });
      expect(res.status).toBe(409);
    }
    // Both original links still work, for the council and role they were made for.
    const [row] = await t.sql<{ role: string; council_id: string }>(
      `SELECT role, council_id FROM users WHERE email = 'pending-elsewhere@test.example'`,
    );
    expect(row).toEqual({ role: 'lead', council_id: otherCouncilId });
    expect(
      (await (await Client.anonymous(t)).get(`/api/v1/invitations/${forOther.token}`)).status,
    ).toBe(200);
    expect(
      (await (await Client.anonymous(t)).get(`/api/v1/invitations/${forCoordinator.token}`)).status,
    ).toBe(200);

    // Their own council's pending viewer they may invite again (e.g. as a manager).
    await lead.post('/api/v1/invitations', {
      email: 'own-pending@test.example',
      displayName: 'Own',
      role: 'viewer',
      councilId,
    });
    const again = await lead.post('/api/v1/invitations', {
      email: 'own-pending@test.example',
      displayName: 'Own',
      role: 'manager',
      councilId,
    });
    expect(again.status).toBe(201);
    expect(again.body.role).toBe('manager');
  });

  it('rejects fields the caller may not set, such as a status or an id, and writes nothing', async () => {
    const res = await coordinator.post('/api/v1/invitations', {
      email: 'mass@test.example',
      displayName: 'Mass Assignment',
      role: 'viewer',
      councilId,
      status: 'active',
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'status', messages: ['is not an allowed field'] },
        { field: 'id', messages: ['is not an allowed field'] },
      ]),
    );
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'mass@test.example'`)).toHaveLength(0);
  });

  it('stores only a hash of the link, so a database copy cannot be used to accept it', async () => {
    const { token } = await invite('hashed@test.example');
    expect(await t.sql(`SELECT 1 FROM invitations WHERE token_hash = $1`, [token])).toHaveLength(0);
  });
});
