import { createTestApp, TestApp } from '../../test/test-app';

/** Ten different API routes, none of them exempt from the general rate limit. */
const ROUTES = [
  '/api/v1/auth/sign-in-options',
  '/api/v1/auth/me',
  '/api/v1/councils',
  '/api/v1/users',
  '/api/v1/protocol-library',
  '/api/v1/frameworks/current',
  '/api/v1/benchmarks',
  '/api/v1/network/overview',
  '/api/v1/audit-events',
  '/api/v1/invitations/not-a-token',
];

describe('the general rate limit (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('is one bucket per address across the whole API, not one per route', async () => {
    for (const route of ROUTES) expect((await t.http.get(route)).status).not.toBe(429);

    const eleventh = await t.http.get('/api/v1/network/plans');
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);
    expect(eleventh.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    // Counted in the process's memory: no request writes a counter to PostgreSQL.
    expect(await t.sql(`SELECT key FROM rate_limits WHERE key LIKE 'default:%'`)).toEqual([]);
  });
});
