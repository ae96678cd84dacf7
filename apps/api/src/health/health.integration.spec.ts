import { ErrorBody } from '@rcp/api-contract';
import { createTestApp, TestApp } from '../../test/test-app';

describe('API foundation (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports healthy when the database answers', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('builds the schema only through migrations', async () => {
    const rows = await t.sql<{ exists: boolean }>(
      `SELECT to_regclass('public.migrations') IS NOT NULL AS exists`,
    );
    expect(rows[0].exists).toBe(true);
  });

  it('answers an unknown API route with the one error shape and a request id', async () => {
    const res = await t.http.get('/api/v1/no-such-thing').expect(404);
    const body = res.body as ErrorBody;
    expect(body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.any(String),
      requestId: res.headers['x-request-id'],
    });
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers a body it cannot read in the one error shape, with a request id, never the parser’s words', async () => {
    const bad = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{bad json');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON.',
      errors: [{ field: 'body', messages: ['is not valid JSON'] }],
      requestId: bad.headers['x-request-id'],
    });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const huge = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ statusCode: 413, requestId: huge.headers['x-request-id'] });
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const ok = await t.http.get('/api/v1/health').set('X-Request-Id', 'abc-123');
    expect(ok.headers['x-request-id']).toBe('abc-123');
    const bad = await t.http.get('/api/v1/health').set('X-Request-Id', 'evil value\twith spaces');
    expect(bad.headers['x-request-id']).not.toBe('evil value\twith spaces');
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a strict content security policy without inline scripts', async () => {
    const res = await t.http.get('/api/v1/health');
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends every security header on answers and on errors alike', async () => {
    for (const path of ['/api/v1/health', '/api/v1/no-such-thing']) {
      const res = await t.http.get(path);
      expect([path, res.headers['strict-transport-security']]).toEqual([
        path,
        'max-age=31536000; includeSubDomains',
      ]);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('publishes an OpenAPI 3 document listing its operations', async () => {
    const res = await t.http.get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/health');
  });

  it('serves human-readable API docs', async () => {
    const res = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger');
  });
});
