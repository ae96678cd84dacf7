import { aCouncil, aUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { SessionsRepository } from './sessions.repository';

describe('the sessions repository (real PostgreSQL)', () => {
  let t: TestApp;
  let sessions: SessionsRepository;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp();
    sessions = t.app.get(SessionsRepository);
  });
  afterAll(() => t.close());

  async function aSession(userId: string, expiresInHours = 8): Promise<string> {
    const tokenHash = `token-${++n}`;
    await sessions.insert({
      tokenHash,
      userId,
      csrfTokenHash: `csrf-${n}`,
      expiresAt: new Date(Date.now() + expiresInHours * 3600_000),
    });
    return tokenHash;
  }

  it('returns a live session with its user and council, and marks it as used', async () => {
    const council = await aCouncil(t);
    const user = await aUser(t, 'lead', council.id);
    const token = await aSession(user.id);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '5 minutes' WHERE token_hash = $1`,
      [token],
    );
    const row = await sessions.touchActive(token, 30, 60);
    expect(row).toMatchObject({
      id: user.id,
      email: user.email,
      role: 'lead',
      council_id: council.id,
      council_name: council.name,
      token_hash: token,
      csrf_token_hash: expect.stringMatching(/^csrf-/),
    });
    expect(row?.expires_at).toBeInstanceOf(Date);
    const [seen] = await t.sql<{ recent: boolean }>(
      `SELECT last_seen_at > now() - interval '1 minute' AS recent FROM sessions WHERE token_hash = $1`,
      [token],
    );
    expect(seen.recent).toBe(true);
  });

  it('leaves a recently used session as it was (its last use is written at most once a minute)', async () => {
    const user = await aUser(t, 'coordinator', null);
    const token = await aSession(user.id);
    const at = async () =>
      (
        await t.sql<{ at: string }>(
          `SELECT last_seen_at::text AS at FROM sessions WHERE token_hash = $1`,
          [token],
        )
      )[0].at;
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '20 seconds' WHERE token_hash = $1`,
      [token],
    );
    const before = await at();
    expect(await sessions.touchActive(token, 30, 60)).toBeDefined();
    expect(await at()).toBe(before);
  });

  it('does not return a session that is idle, expired, of a deactivated user or an archived council', async () => {
    const council = await aCouncil(t);
    const user = await aUser(t, 'viewer', council.id);
    const idle = await aSession(user.id);
    await t.sql(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`,
      [idle],
    );
    expect(await sessions.touchActive(idle, 30, 60)).toBeUndefined();
    expect(await sessions.touchActive(await aSession(user.id, -1), 30, 60)).toBeUndefined();

    const deactivated = await aUser(t, 'viewer', council.id, { status: 'deactivated' });
    expect(await sessions.touchActive(await aSession(deactivated.id), 30, 60)).toBeUndefined();

    const live = await aSession(user.id);
    expect(await sessions.touchActive(live, 30, 60)).toBeDefined();
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [council.id]);
    expect(await sessions.touchActive(live, 30, 60)).toBeUndefined();
  });

  it("a coordinator's session needs no council", async () => {
    const coordinator = await aUser(t, 'coordinator', null);
    const row = await sessions.touchActive(await aSession(coordinator.id), 30, 60);
    expect(row).toMatchObject({ id: coordinator.id, council_id: null, council_name: null });
  });

  it("ends one council's sessions and no one else's", async () => {
    const a = await aCouncil(t);
    const b = await aCouncil(t);
    const inA = await aSession((await aUser(t, 'lead', a.id)).id);
    const inB = await aSession((await aUser(t, 'lead', b.id)).id);
    await sessions.deleteByCouncil(a.id);
    const left = await t.sql<{ token_hash: string }>(
      `SELECT token_hash FROM sessions WHERE token_hash = ANY($1)`,
      [[inA, inB]],
    );
    expect(left.map((r) => r.token_hash)).toEqual([inB]);
  });
});
