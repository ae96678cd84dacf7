import type { AuditEvent, CreatedApiToken, Page } from '@rcp/api-contract';
import * as Papa from 'papaparse';
import request from 'supertest';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { ukToday } from '../common/uk-date';

function inDays(days: number): string {
  const date = new Date(`${ukToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('the audit trail names the API token a request came with (real PostgreSQL)', () => {
  let t: TestApp;
  let lead: Client;
  let councilId: string;
  let otherCouncilId: string;
  let token: CreatedApiToken;

  const bearer = (method: 'get' | 'post', path: string) =>
    request(t.app.getHttpServer())[method](path).set('Authorization', `Bearer ${token.token}`);

  /** The trail's event of one request, as its API lists it to the lead. */
  async function listed(requestId: string): Promise<AuditEvent> {
    const res = await lead.get('/api/v1/audit-events?action=access.denied&limit=200');
    expect(res.status).toBe(200);
    const found = (res.body as Page<AuditEvent>).items.find((e) => e.requestId === requestId);
    if (!found) throw new Error(`no event of request ${requestId}`);
    return found;
  }

  /** The CSV export's row of one request, by its column names. */
  async function exported(requestId: string): Promise<Record<string, string>> {
    const res = await lead.get('/api/v1/audit-events/export.csv?action=access.denied');
    expect(res.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>(res.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const found = rows.find((row) => row['Request id'] === requestId);
    if (!found) throw new Error(`no exported row of request ${requestId}`);
    return found;
  }

  const stored = async (requestId: string) =>
    t.sql<{ api_token_id: string | null; actor_email: string; after: { reason: string } }>(
      `SELECT api_token_id, actor_email, after FROM audit_events WHERE request_id = $1`,
      [requestId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    otherCouncilId = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    const created = await lead.post(`/api/v1/councils/${councilId}/api-tokens`, {
      name: 'Power BI',
      expiresOn: inDays(30),
    });
    expect(created.status).toBe(201);
    token = created.body as CreatedApiToken;
  });
  afterAll(() => t.close());

  it("records a token's refused write with the token, and the trail's API and CSV name it", async () => {
    const res = await bearer('post', `/api/v1/councils/${councilId}/audits`).send({});
    expect(res.status).toBe(403);
    const requestId = String(res.headers['x-request-id']);

    const [row] = await stored(requestId);
    expect(row).toMatchObject({ api_token_id: token.id, after: { reason: 'read-only' } });

    const event = await listed(requestId);
    expect(event).toMatchObject({
      action: 'access.denied',
      councilId,
      apiToken: { id: token.id, name: 'Power BI', prefix: token.prefix },
    });
    expect(token.prefix).toMatch(/^rcp_.{8}$/);
    expect(await exported(requestId)).toMatchObject({
      'Via API token': `Power BI (${token.prefix}…)`,
      'API token id': token.id,
    });
  });

  it("records a token's read of another council with the token, still named once revoked", async () => {
    const res = await bearer('get', `/api/v1/councils/${otherCouncilId}/dashboard`);
    expect(res.status).toBe(404);
    const requestId = String(res.headers['x-request-id']);
    expect(await stored(requestId)).toMatchObject([
      { api_token_id: token.id, after: { reason: 'council' } },
    ]);

    // A session-only endpoint (the token list) is refused and recorded too.
    const list = await bearer('get', `/api/v1/councils/${councilId}/api-tokens`);
    expect(list.status).toBe(403);
    expect(await stored(String(list.headers['x-request-id']))).toMatchObject([
      { api_token_id: token.id, after: { reason: 'session-only' } },
    ]);

    const revoked = await lead.send(
      'DELETE',
      `/api/v1/councils/${councilId}/api-tokens/${token.id}`,
    );
    expect(revoked.status).toBe(204);
    expect((await listed(requestId)).apiToken).toEqual({
      id: token.id,
      name: 'Power BI',
      prefix: token.prefix,
    });
    expect((await exported(requestId))['API token id']).toBe(token.id);
  });

  it('records no token for the same denial made in the browser', async () => {
    const res = await lead.get(`/api/v1/councils/${otherCouncilId}/dashboard`);
    expect(res.status).toBe(404);
    const requestId = String(res.headers['x-request-id']);
    expect(await stored(requestId)).toMatchObject([
      { api_token_id: null, after: { reason: 'council' } },
    ]);
    expect((await listed(requestId)).apiToken).toBeNull();
    expect(await exported(requestId)).toMatchObject({ 'Via API token': '', 'API token id': '' });
  });

  it("does not record a made-up token's write (it is nobody's)", async () => {
    const before = await t.sql<{ count: string }>(`SELECT count(*) FROM audit_events`);
    const res = await request(t.app.getHttpServer())
      .post(`/api/v1/councils/${councilId}/audits`)
      .set('Authorization', `Bearer rcp_${'B'.repeat(43)}`)
      .send({});
    expect(res.status).toBe(403);
    expect(await t.sql(`SELECT count(*) FROM audit_events`)).toEqual(before);
  });
});
