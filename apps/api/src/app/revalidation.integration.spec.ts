import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { aSubmittedAudit } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Dashboards and benchmarks are viewed again and again: the browser keeps a private copy, asks
 * with If-None-Match each time, and an unchanged answer is a 304 without a body.
 */
describe('dashboard and benchmarks revalidate with ETags (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let client: Client;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    await aSubmittedAudit(t, councilId, { periodEnd: '2025-03-31', index: 55 });
    const lead = await aUser(t, 'lead', councilId);
    client = await Client.signedIn(t, { email: lead.email, password: TEST_PASSWORD });
  });
  afterAll(() => t.close());

  const ifNoneMatch = (path: string, etag: string) =>
    client.send('GET', path, undefined, {}, { 'If-None-Match': etag });

  it.each([
    ['dashboard', () => `/api/v1/councils/${councilId}/dashboard`],
    ['benchmarks', () => '/api/v1/benchmarks'],
  ])('answers a repeat view of the %s with a 304', async (_name, path) => {
    const first = await client.get(path());
    expect(first.status).toBe(200);
    expect(first.headers['etag']).toMatch(/^W\/"/);
    // Kept only by the browser itself (never a shared cache), and checked before every use.
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const repeat = await ifNoneMatch(path(), first.headers['etag'] as string);
    expect(repeat.status).toBe(304);
    expect(repeat.text ?? '').toBe('');
    expect(repeat.headers['etag']).toBe(first.headers['etag']);
  });

  it('gives a changed dashboard a new ETag, answered in full', async () => {
    const path = `/api/v1/councils/${councilId}/dashboard`;
    const before = await client.get(path);
    await aSubmittedAudit(t, councilId, { periodEnd: '2025-09-30', index: 71 });
    const after = await ifNoneMatch(path, before.headers['etag'] as string);
    expect(after.status).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.body).not.toEqual(before.body);
  });
});
