import request from 'supertest';
import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * The sign-in throttle at office scale (README "Sign-in protection"). The test app trusts the
 * loopback proxy, so X-Forwarded-For stands for the address each attempt comes from.
 */

/** One sign-in attempt from a fresh browser at `from`. */
async function attempt(
  t: TestApp,
  from: string,
  email: string,
  password: string,
): Promise<request.Response> {
  const client = await Client.anonymous(t);
  return client.send(
    'POST',
    '/api/v1/auth/login',
    { email, password },
    {},
    {
      'X-Forwarded-For': from,
    },
  );
}

/** Lets every wait between attempts pass at once. */
async function passTheWaits(t: TestApp): Promise<void> {
  await t.sql(
    `UPDATE rate_limits SET blocked_until = now() WHERE key LIKE 'sign-in:account-at-address:%'`,
  );
}

const retryAfter = (res: request.Response) => Number(res.headers['retry-after']);

describe('sign-in protection with the default settings (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback' });
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  it('one colleague’s typos at a shared office address slow nobody else down', async () => {
    const office = '198.51.100.10';
    const typist = await aUser(t, 'viewer', councilId);
    const coordinator = await aUser(t, 'coordinator', null);
    const lead = await aUser(t, 'lead', councilId);
    for (let i = 0; i < 5; i++)
      expect((await attempt(t, office, typist.email, `typo-${i}`)).status).toBe(401);
    expect((await attempt(t, office, typist.email, 'typo-again')).status).toBe(429);

    expect((await attempt(t, office, coordinator.email, TEST_PASSWORD)).status).toBe(200);
    expect((await attempt(t, office, lead.email, 'a typo of their own')).status).toBe(401);
    expect((await attempt(t, office, lead.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('wrong passwords from five other addresses do not keep the owner out at their own', async () => {
    const owner = await aUser(t, 'lead', councilId);
    for (let n = 1; n <= 5; n++) {
      const from = `192.0.2.${n}`;
      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await attempt(t, from, owner.email, `guess-${n}-${i}`)).status);
      // Each guessing address is slowed down on its own…
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    }
    // …while the owner signs in from theirs at once.
    expect((await attempt(t, '198.51.100.77', owner.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('after 5 failures in a row, each attempt waits longer (1, 2, 4, 8 s); a success starts afresh', async () => {
    const from = '198.51.100.20';
    const user = await aUser(t, 'manager', councilId);
    for (let i = 0; i < 5; i++)
      expect((await attempt(t, from, user.email, `wrong-${i}`)).status).toBe(401);

    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      // Too early: refused without checking the password, even the right one.
      const early = await attempt(t, from, user.email, TEST_PASSWORD);
      expect(early.status).toBe(429);
      expect(early.body.message).toContain(`Wait ${retryAfter(early)} second`);
      waits.push(retryAfter(early));
      // Asking again too early does not lengthen the wait.
      expect(retryAfter(await attempt(t, from, user.email, TEST_PASSWORD))).toBe(retryAfter(early));
      await passTheWaits(t);
      expect((await attempt(t, from, user.email, `still-wrong-${i}`)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);

    await passTheWaits(t);
    expect((await attempt(t, from, user.email, TEST_PASSWORD)).status).toBe(200);
    // Afresh: five failures again before the first wait.
    for (let i = 0; i < 5; i++)
      expect((await attempt(t, from, user.email, `new-typo-${i}`)).status).toBe(401);
    expect(retryAfter(await attempt(t, from, user.email, 'one more'))).toBe(1);
  });

  it('checks exactly 5 passwords of a parallel burst against one account from one address', async () => {
    const user = await aUser(t, 'lead', councilId);
    const statuses = await Promise.all(
      Array.from(
        { length: 20 },
        async (_, i) => (await attempt(t, '198.51.100.30', user.email, `burst-${i}`)).status,
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('records each refusal in the audit trail with the limit that applied', async () => {
    const user = await aUser(t, 'viewer', councilId);
    for (let i = 0; i < 6; i++) await attempt(t, '198.51.100.40', user.email, `nope-${i}`);
    const events = await t.sql<{ ip: string; after: { limit: string } }>(
      `SELECT ip, after FROM audit_events WHERE action = 'auth.login.throttled' AND actor_email = $1`,
      [user.email],
    );
    expect(events).toEqual([
      { ip: '198.51.100.40', after: { limit: 'account-at-address', retryAfterSeconds: 1 } },
    ]);
  });
});

describe('sign-in protection with a small per-address ceiling and cap (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      LOGIN_ADDRESS_FAILURE_LIMIT: '10',
      LOGIN_DELAY_MAX_SECONDS: '4',
    });
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  it('refuses an address with 429 once it passes the ceiling of failures across all accounts', async () => {
    const from = '203.0.113.1';
    const user = await aUser(t, 'lead', councilId);
    // Successful sign-ins never count towards the ceiling.
    for (let i = 0; i < 12; i++)
      expect((await attempt(t, from, user.email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 10; i++)
      expect((await attempt(t, from, `sprayed-${i}@test.example`, 'Winter2026!')).status).toBe(401);

    const refused = await attempt(t, from, 'sprayed-10@test.example', 'Winter2026!');
    expect(refused.status).toBe(429);
    expect(retryAfter(refused)).toBeGreaterThan(60);
    expect(retryAfter(refused)).toBeLessThanOrEqual(15 * 60);
    // The ceiling is the address's: it holds for every account tried from there…
    expect((await attempt(t, from, user.email, TEST_PASSWORD)).status).toBe(429);
    // …and for no other address.
    expect((await attempt(t, '203.0.113.2', 'sprayed-10@test.example', 'x')).status).toBe(401);
  });

  it('a refused address does not count against the accounts it tries', async () => {
    const from = '203.0.113.3';
    const user = await aUser(t, 'viewer', councilId);
    for (let i = 0; i < 10; i++) await attempt(t, from, `other-${i}@test.example`, 'guess');
    expect((await attempt(t, from, user.email, 'guess')).status).toBe(429);
    const rows = await t.sql(`SELECT hits FROM rate_limits WHERE key LIKE $1 AND hits > 0`, [
      `%${user.email}`,
    ]);
    expect(rows).toEqual([]);
  });

  it('lets exactly the ceiling’s number of parallel guesses through', async () => {
    const statuses = await Promise.all(
      Array.from(
        { length: 20 },
        async (_, i) => (await attempt(t, '203.0.113.4', `parallel-${i}@test.example`, 'x')).status,
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('never makes anyone wait longer than LOGIN_DELAY_MAX_SECONDS', async () => {
    const from = '203.0.113.5';
    const user = await aUser(t, 'manager', councilId);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) await attempt(t, from, user.email, `wrong-${i}`);
    for (let i = 0; i < 4; i++) {
      waits.push(retryAfter(await attempt(t, from, user.email, 'too early')));
      await passTheWaits(t);
      await attempt(t, from, user.email, `wrong-again-${i}`);
    }
    expect(waits).toEqual([1, 2, 4, 4]);
  });
});
