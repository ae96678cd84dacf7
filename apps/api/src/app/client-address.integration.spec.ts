import request from 'supertest';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

/** A failed sign-in claiming to come from `forwardedFor`; the audit trail records the address. */
async function failedSignIn(t: TestApp, email: string, forwardedFor: string) {
  const client = await Client.anonymous(t);
  return client.send(
    'POST',
    '/api/v1/auth/login',
    { email, password: 'not-it' },
    {},
    {
      'X-Forwarded-For': forwardedFor,
    },
  );
}

async function recordedAddresses(t: TestApp): Promise<string[]> {
  const rows = await t.sql<{ ip: string }>(
    `SELECT DISTINCT ip FROM audit_events WHERE action = 'auth.login.failed' ORDER BY ip`,
  );
  return rows.map((r) => r.ip);
}

const get = (t: TestApp, forwardedFor: string): Promise<request.Response> =>
  t.http.get('/api/v1/auth/sign-in-options').set('X-Forwarded-For', forwardedFor);

describe('without TRUST_PROXY (the default), X-Forwarded-For is ignored (real PostgreSQL)', () => {
  describe('for sign-in', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ LOGIN_ADDRESS_LIMIT: '10' });
    });
    afterAll(() => t.close());

    it('a client rotating X-Forwarded-For from loopback stays under its own address’s ceiling', async () => {
      for (let i = 0; i < 10; i++)
        expect((await failedSignIn(t, `spray-${i}@test.example`, `198.51.100.${i}`)).status).toBe(
          401,
        );
      expect((await failedSignIn(t, 'spray-10@test.example', '198.51.100.10')).status).toBe(429);
      const addresses = await recordedAddresses(t);
      expect(addresses).toHaveLength(1);
      expect(addresses[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    });
  });

  describe('for the general rate limit', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
    });
    afterAll(() => t.close());

    it('a client rotating X-Forwarded-For from loopback still has one bucket', async () => {
      for (let i = 0; i < 10; i++) expect((await get(t, `192.0.2.${i}`)).status).toBe(200);
      expect((await get(t, '192.0.2.10')).status).toBe(429);
    });
  });
});

describe('with TRUST_PROXY naming the proxy, X-Forwarded-For is the client (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('gives each forwarded address its own rate-limit bucket and records it on sign-in', async () => {
    for (let i = 0; i < 10; i++) expect((await get(t, '203.0.113.1')).status).toBe(200);
    expect((await get(t, '203.0.113.1')).status).toBe(429);
    expect((await get(t, '203.0.113.2')).status).toBe(200);

    await failedSignIn(t, 'someone@test.example', '203.0.113.3');
    expect(await recordedAddresses(t)).toEqual(['203.0.113.3']);
  });
});

describe('with TRUST_PROXY=1 (one proxy in front) (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  it('believes only the address that proxy added, not what the client wrote before it', async () => {
    await failedSignIn(t, 'someone@test.example', '6.6.6.6, 198.51.100.9');
    expect(await recordedAddresses(t)).toEqual(['198.51.100.9']);
  });
});
