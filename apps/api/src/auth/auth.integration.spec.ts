import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { SessionCache } from './session-cache';

describe('signing in and sessions (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  it('signs in with the right password: an HttpOnly, SameSite session cookie and the user back', async () => {
    const user = await aUser(t, 'lead', councilId);
    const client = await Client.anonymous(t);
    const res = await client.post('/api/v1/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, email: user.email, role: 'lead', councilId });
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(setCookie).toMatch(/rcp_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/rcp_session=[^;]+;.*SameSite=Lax/);
    expect(setCookie).toMatch(/XSRF-TOKEN=[^;]+/);
    expect((await client.get('/api/v1/auth/me')).body).toMatchObject({ id: user.id });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const a = await Client.anonymous(t);
    const wrongPassword = await a.post('/api/v1/auth/login', {
      email: user.email,
      password: 'not the password',
    });
    const b = await Client.anonymous(t);
    const wrongEmail = await b.post('/api/v1/auth/login', {
      email: 'nobody@test.example',
      password: TEST_PASSWORD,
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    expect(wrongPassword.body.message).toBe(wrongEmail.body.message);
    expect(wrongPassword.headers['set-cookie']?.toString() ?? '').not.toContain('rcp_session');
  });

  it('answers 401 to /auth/me without a session', async () => {
    const client = await Client.anonymous(t);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('tells a signed-out browser so with 200 from /auth/session (no 401 in its console)', async () => {
    const client = await Client.anonymous(t);
    const res = await client.get('/api/v1/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ signedIn: false });
  });

  it('tells a signed-in browser who it is from /auth/session, and signed out after sign-out', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    const res = await client.get('/api/v1/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ signedIn: true, user: { id: user.id, role: 'viewer' } });
    await client.post('/api/v1/auth/logout');
    expect((await client.get('/api/v1/auth/session')).body).toEqual({ signedIn: false });
  });

  it('issues a new session at every sign-in and ends the one the browser had', async () => {
    const user = await aUser(t, 'manager', councilId);
    const client = await Client.signedIn(t, user);
    const first = client.cookies['rcp_session'];
    await client.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(client.cookies['rcp_session']).not.toBe(first);
    const old = new Client(t);
    old.cookies['rcp_session'] = first;
    expect((await old.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('signing out ends the session', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    const token = client.cookies['rcp_session'];
    expect((await client.get('/api/v1/auth/me')).status).toBe(200); // now remembered by the process
    const logout = await client.post('/api/v1/auth/logout');
    expect(logout.status).toBe(204);
    // The browser's revalidation cache (dashboards, benchmarks) goes with the session.
    expect(logout.headers['clear-site-data']).toBe('"cache"');
    const replay = new Client(t);
    replay.cookies['rcp_session'] = token;
    expect((await replay.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends a session left idle past the idle timeout', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [user.id],
    );
    t.app.get(SessionCache).clear(); // as if the few seconds a process trusts a session had passed
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('keeps a session in use alive, but not past its absolute timeout', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`,
      [user.id],
    );
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    await t.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    t.app.get(SessionCache).clear();
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends every session of a user at once when they are deactivated', async () => {
    const lead = await aUser(t, 'lead', councilId);
    const viewer = await aUser(t, 'viewer', councilId);
    const leadClient = await Client.signedIn(t, lead);
    const laptop = await Client.signedIn(t, viewer);
    const phone = await Client.signedIn(t, viewer);
    // Both sessions are in use, so this process remembers them: deactivation must still end them.
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(200);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(200);
    expect((await leadClient.post(`/api/v1/users/${viewer.id}/deactivate`)).status).toBe(200);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(401);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(401);
    const again = await Client.anonymous(t);
    expect(
      (await again.post('/api/v1/auth/login', { email: viewer.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
  });

  describe('CSRF', () => {
    it('refuses a signed-in write without the X-XSRF-TOKEN header, and writes nothing', async () => {
      const coordinator = await aUser(t, 'coordinator', null);
      const client = await Client.signedIn(t, coordinator);
      const name = `No CSRF ${Date.now()} Council`;
      const body = { name, type: 'district', region: 'Wales', populationBand: 'under-150k' };
      const res = await client.send('POST', '/api/v1/councils', body, { xsrf: null });
      expect(res.status).toBe(403);
      expect(await t.sql(`SELECT 1 FROM councils WHERE name = $1`, [name])).toHaveLength(0);
    });

    it('refuses a token that is not the one bound to the session', async () => {
      const coordinator = await aUser(t, 'coordinator', null);
      const client = await Client.signedIn(t, coordinator);
      // An attacker who can plant a cookie still cannot know the session's token.
      client.cookies['XSRF-TOKEN'] = 'planted-token';
      const res = await client.send('POST', '/api/v1/councils', {}, { xsrf: 'planted-token' });
      expect(res.status).toBe(403);
    });

    it('refuses a sign-in whose header does not match the cookie', async () => {
      const user = await aUser(t, 'viewer', councilId);
      const client = await Client.anonymous(t);
      const res = await client.send(
        'POST',
        '/api/v1/auth/login',
        { email: user.email, password: TEST_PASSWORD },
        { xsrf: 'other' },
      );
      expect(res.status).toBe(403);
    });
  });
});
