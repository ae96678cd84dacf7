import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { SessionCache } from './session-cache';

describe("a session's last use (real PostgreSQL)", () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  const lastSeen = async (userId: string) =>
    (
      await t.sql<{ at: string }>(
        `SELECT last_seen_at::text AS at FROM sessions WHERE user_id = $1`,
        [userId],
      )
    )[0].at;

  it('is written at most once a minute, not on every request', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE user_id = $1`,
      [user.id],
    );
    const before = await lastSeen(user.id);
    for (let i = 0; i < 3; i++) {
      t.app.get(SessionCache).clear(); // every request reads PostgreSQL, none may write
      expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    }
    expect(await lastSeen(user.id)).toBe(before);

    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '61 seconds' WHERE user_id = $1`,
      [user.id],
    );
    const stale = await lastSeen(user.id);
    t.app.get(SessionCache).clear();
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    const [{ recent }] = await t.sql<{ recent: boolean }>(
      `SELECT last_seen_at > now() - interval '10 seconds' AS recent FROM sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(recent).toBe(true);
    expect(await lastSeen(user.id)).not.toBe(stale);
  });

  it('is answered from memory for a few seconds; a sign-out elsewhere counts once they pass', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const client = await Client.signedIn(t, user);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    // Another API process ends the session: this one does not read PostgreSQL for every request…
    await t.sql(`DELETE FROM sessions WHERE user_id = $1`, [user.id]);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    // …but once the few seconds it trusts a session (SESSION_CACHE_MS) have passed, it asks again.
    t.app.get(SessionCache).clear();
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });
});
