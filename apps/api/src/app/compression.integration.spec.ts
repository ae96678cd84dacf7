import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { rawGet } from '../../test/raw-http';
import { aProtocolRow } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';
import { COMPRESSION_THRESHOLD } from './configure-app';

describe('API answers are compressed when large enough (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    for (let i = 0; i < 40; i++) await aProtocolRow(t, councilId, { name: `Protocol ${i}` });
    const lead = await aUser(t, 'lead', councilId);
    const client = await Client.signedIn(t, { email: lead.email, password: TEST_PASSWORD });
    cookie = Object.entries(client.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  });
  afterAll(() => t.close());

  const get = (path: string, acceptEncoding?: string) =>
    rawGet(t.app, path, {
      Cookie: cookie,
      ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
    });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('sends JSON and CSV %s-encoded to a client accepting %s', async (accept, sent) => {
    const json = await get(`/api/v1/councils/${councilId}/protocols`, accept);
    const csv = await get(`/api/v1/councils/${councilId}/protocols/export.csv`, accept);
    for (const res of [json, csv]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(sent);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.wire.length).toBeLessThan(res.text.length / 3);
    }
    expect((JSON.parse(json.text) as unknown[]).length).toBe(40);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n').filter((line) => line.includes('Protocol ')).length).toBe(40);
  });

  it('sends the same answers unencoded to a client that accepts no encoding', async () => {
    const json = await get(`/api/v1/councils/${councilId}/protocols`);
    expect(json.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(json.wire.toString('utf8')) as unknown[]).length).toBe(40);
  });

  it(`leaves answers under ${COMPRESSION_THRESHOLD} bytes uncompressed`, async () => {
    const me = await get('/api/v1/auth/me', 'br, gzip');
    expect(me.status).toBe(200);
    expect(me.wire.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
