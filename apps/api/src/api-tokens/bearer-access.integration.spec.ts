import type { CreatedApiToken } from '@rcp/api-contract';
import request from 'supertest';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { ukToday } from '../common/uk-date';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';
import { ApiTokenCache } from './api-token-cache';

const demo = (email: string) => ({ email, password: DEMO_PASSWORD });

function inDays(days: number): string {
  const date = new Date(`${ukToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('reading the API with a bearer token (real PostgreSQL, demo network)', () => {
  let t: TestApp;
  let coordinator: Client;
  let lead: Client;
  let northfieldId: string;
  let otherCouncilId: string;

  /** A plain HTTP client with no cookies at all: only the Authorization header. */
  const bearer = (
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    token: string,
  ) => request(t.app.getHttpServer())[method](path).set('Authorization', `Bearer ${token}`);

  async function aToken(client: Client, path: string, name: string): Promise<CreatedApiToken> {
    const res = await client.post(path, { name, expiresOn: inDays(30) });
    expect(res.status).toBe(201);
    return res.body as CreatedApiToken;
  }
  const councilTokens = (id: string) => `/api/v1/councils/${id}/api-tokens`;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    coordinator = await Client.signedIn(t, demo('coordinator@demo.example'));
    lead = await Client.signedIn(t, demo('lead@northfield.demo.example'));
    northfieldId = (await lead.get('/api/v1/auth/me')).body.councilId;
    otherCouncilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  it("reads the lead's council dashboard and ratings feed with the token alone", async () => {
    const { token } = await aToken(lead, councilTokens(northfieldId), 'Power BI');

    const dashboard = await bearer('get', `/api/v1/councils/${northfieldId}/dashboard`, token);
    expect(dashboard.status).toBe(200);

    const csv = await bearer('get', `/api/v1/councils/${northfieldId}/feeds/ratings.csv`, token);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\n').length).toBeGreaterThan(10);

    const json = await bearer('get', `/api/v1/councils/${northfieldId}/feeds/audits`, token);
    expect(json.status).toBe(200);
    expect(json.body.items.length).toBeGreaterThan(0);
  });

  it("cannot read another council: 404, as for the lead's own session", async () => {
    const { token } = await aToken(lead, councilTokens(northfieldId), 'Scope check');
    for (const path of [
      `/api/v1/councils/${otherCouncilId}/dashboard`,
      `/api/v1/councils/${otherCouncilId}/feeds/ratings.csv`,
    ]) {
      const res = await bearer('get', path, token);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
    // Nor the network's feeds, which are a coordinator's.
    expect((await bearer('get', '/api/v1/network/feeds/audits', token)).status).toBe(403);
  });

  it("a coordinator's token reads the network", async () => {
    const { token } = await aToken(coordinator, '/api/v1/network/api-tokens', 'National pull');
    const res = await bearer('get', '/api/v1/network/feeds/audits.csv', token);
    expect(res.status).toBe(200);
    expect(
      (await bearer('get', `/api/v1/councils/${otherCouncilId}/dashboard`, token)).status,
    ).toBe(200);
  });

  it('is refused every write with a 403 in the one error shape, and nothing changes', async () => {
    const { id, token } = await aToken(lead, councilTokens(northfieldId), 'Writes');
    const [{ count: auditsBefore }] = await t.sql<{ count: string }>(`SELECT count(*) FROM audits`);
    const writes: Array<['post' | 'put' | 'patch' | 'delete', string, object]> = [
      ['post', `/api/v1/councils/${northfieldId}/audits`, {}],
      ['patch', `/api/v1/councils/${northfieldId}`, { name: 'Renamed', version: 1 }],
      ['post', `/api/v1/councils/${northfieldId}/protocols`, { title: 'x' }],
      ['post', '/api/v1/invitations', { email: 'x@example.com', displayName: 'X', role: 'viewer' }],
      ['put', '/api/v1/me/table-views/audits', {}],
      [
        'post',
        `/api/v1/councils/${northfieldId}/api-tokens`,
        { name: 'more', expiresOn: inDays(5) },
      ],
      ['delete', `/api/v1/councils/${northfieldId}/api-tokens/${id}`, {}],
      ['post', '/api/v1/auth/logout', {}],
      ['post', '/api/v1/auth/login', { email: 'lead@northfield.demo.example', password: 'x' }],
    ];
    for (const [method, path, body] of writes) {
      const res = await bearer(method, path, token).send(body);
      expect([method, path, res.status]).toEqual([method, path, 403]);
      expect(res.body).toMatchObject({
        statusCode: 403,
        error: 'Forbidden',
        message: 'API tokens are read-only: sign in to make changes.',
      });
    }
    const [{ count: auditsAfter }] = await t.sql<{ count: string }>(`SELECT count(*) FROM audits`);
    expect(auditsAfter).toBe(auditsBefore);
    // The token was not revoked by its own DELETE.
    expect((await bearer('get', `/api/v1/councils/${northfieldId}/dashboard`, token)).status).toBe(
      200,
    );
  });

  it('cannot list tokens nor read the session endpoints (403)', async () => {
    const { token } = await aToken(lead, councilTokens(northfieldId), 'No session things');
    for (const path of [councilTokens(northfieldId), '/api/v1/auth/me', '/api/v1/auth/session']) {
      const res = await bearer('get', path, token);
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it('needs no XSRF header and ignores a session cookie sent with it', async () => {
    const { token } = await aToken(lead, councilTokens(northfieldId), 'No XSRF');
    // The lead's cookies ride along but no XSRF header: a write is still a read-only refusal,
    // not a CSRF one, and a read works.
    const cookie = Object.entries(lead.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const write = await bearer('post', `/api/v1/councils/${northfieldId}/audits`, token)
      .set('Cookie', cookie)
      .send({});
    expect(write.body.message).toBe('API tokens are read-only: sign in to make changes.');
    const read = await bearer('get', `/api/v1/councils/${northfieldId}/feeds/audits`, token);
    expect(read.status).toBe(200);
  });

  it('dies once revoked, at once (cached or not)', async () => {
    const { id, token } = await aToken(lead, councilTokens(northfieldId), 'Revoke me');
    const path = `/api/v1/councils/${northfieldId}/feeds/audits`;
    expect((await bearer('get', path, token)).status).toBe(200);
    expect((await lead.send('DELETE', `${councilTokens(northfieldId)}/${id}`)).status).toBe(204);
    const res = await bearer('get', path, token);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('dies when it expires', async () => {
    const { id, token } = await aToken(lead, councilTokens(northfieldId), 'Expires');
    const path = `/api/v1/councils/${northfieldId}/feeds/audits`;
    expect((await bearer('get', path, token)).status).toBe(200);
    await t.sql(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      id,
    ]);
    t.app.get(ApiTokenCache).clear(); // stands for the cache's few seconds passing
    expect((await bearer('get', path, token)).status).toBe(401);
  });

  /** Whether the council's token list (as the coordinator reads it) still shows the token. */
  const listed = async (councilId: string, id: string) =>
    ((await coordinator.get(councilTokens(councilId))).body as { id: string }[]).some(
      (listedToken) => listedToken.id === id,
    );

  it('dies when its creator is deactivated, at once and for good', async () => {
    const second = await aUser(t, 'lead', northfieldId);
    const secondLead = await Client.signedIn(t, second);
    const { id, token } = await aToken(secondLead, councilTokens(northfieldId), 'Leaver');
    const path = `/api/v1/councils/${northfieldId}/feeds/audits`;
    expect((await bearer('get', path, token)).status).toBe(200);
    const gone = await coordinator.post(`/api/v1/users/${second.id}/deactivate`);
    expect(gone.status).toBe(200);
    expect((await bearer('get', path, token)).status).toBe(401);
    expect(await listed(northfieldId, id)).toBe(false);

    // Coming back does not revive a token that may have leaked meanwhile.
    const back = await coordinator.post(`/api/v1/users/${second.id}/reactivate`, {
      version: gone.body.version,
    });
    expect(back.status).toBe(200);
    t.app.get(ApiTokenCache).clear();
    expect((await bearer('get', path, token)).status).toBe(401);
  });

  it('dies when its creator is no longer a lead, at once and for good', async () => {
    const second = await aUser(t, 'lead', northfieldId);
    const secondLead = await Client.signedIn(t, second);
    const { id, token } = await aToken(secondLead, councilTokens(northfieldId), 'Moved on');
    const path = `/api/v1/councils/${northfieldId}/feeds/audits`;
    expect((await bearer('get', path, token)).status).toBe(200);
    const moved = await coordinator.put(`/api/v1/users/${second.id}/role`, {
      role: 'viewer',
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect((await bearer('get', path, token)).status).toBe(401);
    expect(await listed(northfieldId, id)).toBe(false);

    const again = await coordinator.put(`/api/v1/users/${second.id}/role`, {
      role: 'lead',
      version: moved.body.version,
    });
    expect(again.status).toBe(200);
    t.app.get(ApiTokenCache).clear();
    expect((await bearer('get', path, token)).status).toBe(401);
  });

  it('dies when its council is archived, at once and for good', async () => {
    const council = await aCouncil(t);
    const owner = await Client.signedIn(t, await aUser(t, 'lead', council.id));
    const { id, token } = await aToken(owner, councilTokens(council.id), 'Archived');
    const path = `/api/v1/councils/${council.id}/dashboard`;
    expect((await bearer('get', path, token)).status).toBe(200);
    expect((await coordinator.post(`/api/v1/councils/${council.id}/archive`)).status).toBe(200);
    expect((await bearer('get', path, token)).status).toBe(401);

    expect((await coordinator.post(`/api/v1/councils/${council.id}/restore`)).status).toBe(200);
    expect(await listed(council.id, id)).toBe(false);
    t.app.get(ApiTokenCache).clear();
    expect((await bearer('get', path, token)).status).toBe(401);
  });

  it('is refused when unknown or malformed; public reads never look it up; other schemes are ignored', async () => {
    for (const token of ['rcp_' + 'A'.repeat(43), 'not-a-token']) {
      const res = await bearer('get', `/api/v1/councils/${northfieldId}/dashboard`, token);
      expect(res.status).toBe(401);
      // Health checks skip the rate limit, so a token there must cost no database query.
      expect((await bearer('get', '/api/v1/health', token)).status).toBe(200);
      expect((await bearer('get', '/api/v1/auth/sign-in-options', token)).status).toBe(403);
      expect((await bearer('post', '/api/v1/auth/login', token).send({})).status).toBe(403);
    }
    const basic = await request(t.app.getHttpServer())
      .get('/api/v1/auth/sign-in-options')
      .set('Authorization', 'Basic dXNlcjpwYXNz');
    expect(basic.status).toBe(200);
  });

  it('records its last use at most once a minute', async () => {
    const { id, token } = await aToken(lead, councilTokens(northfieldId), 'Last used');
    const lastUsed = async () =>
      (
        await t.sql<{ at: Date | null }>(
          `SELECT last_used_at AS at FROM api_tokens WHERE id = $1`,
          [id],
        )
      )[0].at;
    expect(await lastUsed()).toBeNull();
    const path = `/api/v1/councils/${northfieldId}/feeds/audits`;
    await bearer('get', path, token);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    t.app.get(ApiTokenCache).clear();
    await bearer('get', path, token);
    expect(await lastUsed()).toEqual(first);
    await t.sql(
      `UPDATE api_tokens SET last_used_at = now() - interval '61 seconds' WHERE id = $1`,
      [id],
    );
    t.app.get(ApiTokenCache).clear();
    await bearer('get', path, token);
    expect(new Date(String(await lastUsed())).getTime()).toBeGreaterThan(Date.now() - 10_000);
  });
});
