import request from 'supertest';
import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { FORGET_FAILURES_AFTER_MS } from './sign-in-throttle';

/**
 * The sign-in throttle at office scale (README "Sign-in protection"). The test app trusts the
 * loopback proxy, so X-Forwarded-For stands for the address each attempt comes from. The first
 * wait is one second, shorter than a busy test machine may take between two requests, so tests
 * read the waits as stored and hold them (holdTheWaits) rather than race them.
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

const ACCOUNT_AT_ADDRESS = `key LIKE 'sign-in:account-at-address:%'`;
/** Both are set from one now(): the wait as set = blocked_until − (window_ends_at − forget time). */
const WAIT_AS_SET = `extract(epoch FROM blocked_until - window_ends_at) + ${FORGET_FAILURES_AFTER_MS / 1000}`;

/** The wait the last attempt for this account at this address set before the next, in seconds. */
async function waitSet(t: TestApp, from: string, email: string): Promise<number | undefined> {
  const rows = await t.sql<{ wait: number }>(
    `SELECT round(${WAIT_AS_SET})::int AS wait FROM rate_limits WHERE key = $1`,
    [`sign-in:account-at-address:${from} ${email}`],
  );
  return rows[0]?.wait;
}

/** Every wait that was set ends an hour later, so the next attempt surely comes too early. */
async function holdTheWaits(t: TestApp): Promise<void> {
  await t.sql(
    `UPDATE rate_limits SET blocked_until = blocked_until + interval '1 hour'
      WHERE ${ACCOUNT_AT_ADDRESS} AND ${WAIT_AS_SET} > 0.5`,
  );
}

/** Lets every wait between attempts pass at once. */
async function passTheWaits(t: TestApp): Promise<void> {
  await t.sql(`UPDATE rate_limits SET blocked_until = now() WHERE ${ACCOUNT_AT_ADDRESS}`);
}

const retryAfter = (res: request.Response) => Number(res.headers['retry-after']);

async function failFiveTimes(t: TestApp, from: string, email: string): Promise<void> {
  for (let i = 0; i < 5; i++)
    expect((await attempt(t, from, email, `wrong-${i}`)).status).toBe(401);
}

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
    await failFiveTimes(t, office, typist.email);
    await holdTheWaits(t);
    expect((await attempt(t, office, typist.email, 'typo-again')).status).toBe(429);

    expect((await attempt(t, office, coordinator.email, TEST_PASSWORD)).status).toBe(200);
    expect((await attempt(t, office, lead.email, 'a typo of their own')).status).toBe(401);
    expect((await attempt(t, office, lead.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('wrong passwords from five other addresses do not keep the owner out at their own', async () => {
    const owner = await aUser(t, 'lead', councilId);
    for (let n = 1; n <= 5; n++) {
      const from = `192.0.2.${n}`;
      await failFiveTimes(t, from, owner.email);
      await holdTheWaits(t);
      // Each guessing address is slowed down on its own…
      expect((await attempt(t, from, owner.email, 'guess-again')).status).toBe(429);
    }
    // …while the owner signs in from theirs at once.
    expect((await attempt(t, '198.51.100.77', owner.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('after 5 failures in a row, each attempt waits longer (1, 2, 4, 8, 16 s …); a success starts afresh', async () => {
    const from = '198.51.100.20';
    const user = await aUser(t, 'manager', councilId);
    const waits: Array<number | undefined> = [];
    for (let i = 1; i <= 9; i++) {
      await passTheWaits(t);
      waits.push(await failAndReadWait(`wrong-${i}`));
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16]);

    // Too early (the 16-second wait has only begun): refused, even the right password, with
    // Retry-After the time left; asking again does not lengthen the wait.
    const early = await attempt(t, from, user.email, TEST_PASSWORD);
    expect(early.status).toBe(429);
    expect(retryAfter(early)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(early)).toBeLessThanOrEqual(16);
    expect(early.body.message).toContain(`Wait ${retryAfter(early)} second`);
    expect((await attempt(t, from, user.email, 'again')).status).toBe(429);
    expect(await waitSet(t, from, user.email)).toBe(16);

    await passTheWaits(t);
    expect((await attempt(t, from, user.email, TEST_PASSWORD)).status).toBe(200);
    expect(await waitSet(t, from, user.email)).toBeUndefined();
    // Afresh: five failures again before the first wait.
    const fresh = [];
    for (let i = 0; i < 5; i++) fresh.push(await failAndReadWait(`new-typo-${i}`));
    expect(fresh).toEqual([0, 0, 0, 0, 1]);

    async function failAndReadWait(password: string): Promise<number | undefined> {
      expect((await attempt(t, from, user.email, password)).status).toBe(401);
      return waitSet(t, from, user.email);
    }
  });

  it('records each refusal in the audit trail with the limit that applied', async () => {
    const user = await aUser(t, 'viewer', councilId);
    await failFiveTimes(t, '198.51.100.40', user.email);
    await holdTheWaits(t);
    await attempt(t, '198.51.100.40', user.email, 'nope');
    const events = await t.sql<{ ip: string; limit: string }>(
      `SELECT ip, after->>'limit' AS limit FROM audit_events
        WHERE action = 'auth.login.throttled' AND actor_email = $1`,
      [user.email],
    );
    expect(events).toEqual([{ ip: '198.51.100.40', limit: 'account-at-address' }]);
  });
});

describe('sign-in protection with a small per-address ceiling and cap (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      LOGIN_ADDRESS_LIMIT: '10',
      LOGIN_MAX_WAIT_SECONDS: '4',
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

  it('never makes anyone wait longer than LOGIN_MAX_WAIT_SECONDS', async () => {
    const from = '203.0.113.5';
    const user = await aUser(t, 'manager', councilId);
    const waits: Array<number | undefined> = [];
    for (let i = 0; i < 8; i++) {
      expect((await attempt(t, from, user.email, `wrong-${i}`)).status).toBe(401);
      waits.push(await waitSet(t, from, user.email));
      await passTheWaits(t);
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 4]);
  });
});
