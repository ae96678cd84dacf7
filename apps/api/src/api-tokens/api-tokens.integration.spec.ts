import type { ApiToken, CreatedApiToken } from '@rcp/api-contract';
import { createHash } from 'node:crypto';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { ukToday } from '../common/uk-date';

function inDays(days: number): string {
  const date = new Date(`${ukToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('managing API tokens (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let otherCouncilId: string;
  let coordinator: Client;
  let lead: Client;
  let manager: Client;
  let viewer: Client;
  let otherLead: Client;
  const tokensOf = (id: string) => `/api/v1/councils/${id}/api-tokens`;

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    otherCouncilId = (await aCouncil(t)).id;
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    manager = await Client.signedIn(t, await aUser(t, 'manager', councilId));
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
    otherLead = await Client.signedIn(t, await aUser(t, 'lead', otherCouncilId));
  });
  afterAll(() => t.close());

  it('a lead creates a token: the secret once, then only its prefix', async () => {
    const res = await lead.post(tokensOf(councilId), { name: ' Power BI ', expiresOn: inDays(90) });
    expect(res.status).toBe(201);
    const created = res.body as CreatedApiToken;
    expect(created.token).toMatch(/^rcp_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({
      name: 'Power BI',
      prefix: created.token.slice(0, 12),
      councilId,
      status: 'active',
      lastUsedAt: null,
    });
    // Valid through the chosen day, UK time.
    expect(created.expiresAt.slice(0, 10) >= inDays(90)).toBe(true);

    const list = (await lead.get(tokensOf(councilId))).body as ApiToken[];
    const listed = list.find((x) => x.id === created.id);
    expect(listed).toMatchObject({ name: 'Power BI', prefix: created.prefix });
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('stores only a SHA-256 hash of the secret', async () => {
    const { token, id } = (
      await lead.post(tokensOf(councilId), { name: 'Hashed', expiresOn: inDays(10) })
    ).body as CreatedApiToken;
    const rows = await t.sql(`SELECT * FROM api_tokens WHERE id = $1`, [id]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(12));
    expect(rows[0]['token_hash']).toBe(createHash('sha256').update(token).digest('hex'));
    const events = await t.sql(`SELECT * FROM audit_events`);
    expect(JSON.stringify(events)).not.toContain(token.slice(12));
  });

  it('records creation and revocation in the audit trail', async () => {
    const { id, prefix } = (
      await lead.post(tokensOf(councilId), { name: 'Audited', expiresOn: inDays(10) })
    ).body as CreatedApiToken;
    expect((await lead.send('DELETE', `${tokensOf(councilId)}/${id}`)).status).toBe(204);
    const events = await t.sql<{
      action: string;
      council_id: string;
      after: unknown;
      before: unknown;
    }>(
      `SELECT action, council_id, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(events).toEqual([
      expect.objectContaining({
        action: 'api-token.created',
        council_id: councilId,
        after: expect.objectContaining({ name: 'Audited', prefix }),
      }),
      expect.objectContaining({
        action: 'api-token.revoked',
        council_id: councilId,
        before: expect.objectContaining({ name: 'Audited', prefix }),
      }),
    ]);
    const listed = (await lead.get(tokensOf(councilId))).body as ApiToken[];
    expect(listed.map((x) => x.id)).not.toContain(id);
  });

  it('refuses bad fields with field errors', async () => {
    const cases: Array<[object, string]> = [
      [{ name: '', expiresOn: inDays(5) }, 'name'],
      [{ name: 'x'.repeat(81), expiresOn: inDays(5) }, 'name'],
      [{ name: 'tab\there', expiresOn: inDays(5) }, 'name'],
      [{ name: 'ok', expiresOn: ukToday() }, 'expiresOn'],
      [{ name: 'ok', expiresOn: inDays(-3) }, 'expiresOn'],
      [{ name: 'ok', expiresOn: inDays(400) }, 'expiresOn'],
      [{ name: 'ok', expiresOn: '2027-02-30' }, 'expiresOn'],
      [{ name: 'ok', expiresOn: 'tomorrow' }, 'expiresOn'],
      [{ name: 'ok' }, 'expiresOn'],
      [{ name: 'ok', expiresOn: inDays(5), scope: 'write' }, 'scope'],
    ];
    for (const [body, field] of cases) {
      const res = await lead.post(tokensOf(councilId), body);
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(
      (await lead.post(tokensOf(councilId), { name: 'ok', expiresOn: inDays(366) })).status,
    ).toBe(201);
  });

  it('refuses a second live token of the same name (409), but not once it is revoked or expired', async () => {
    const first = (await lead.post(tokensOf(councilId), { name: 'Nightly', expiresOn: inDays(5) }))
      .body as CreatedApiToken;
    const again = await lead.post(tokensOf(councilId), { name: 'nightly', expiresOn: inDays(5) });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    // The same name in another council is fine.
    expect(
      (await otherLead.post(tokensOf(otherCouncilId), { name: 'Nightly', expiresOn: inDays(5) }))
        .status,
    ).toBe(201);
    await t.sql(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      first.id,
    ]);
    const listed = (await lead.get(tokensOf(councilId))).body as ApiToken[];
    expect(listed.find((x) => x.id === first.id)?.status).toBe('expired');
    expect(
      (await lead.post(tokensOf(councilId), { name: 'Nightly', expiresOn: inDays(5) })).status,
    ).toBe(201);
  });

  it("a lead cannot see nor revoke another council's tokens (404)", async () => {
    const theirs = (
      await otherLead.post(tokensOf(otherCouncilId), { name: 'Theirs', expiresOn: inDays(5) })
    ).body as CreatedApiToken;
    expect((await lead.get(tokensOf(otherCouncilId))).status).toBe(404);
    expect((await lead.send('DELETE', `${tokensOf(otherCouncilId)}/${theirs.id}`)).status).toBe(
      404,
    );
    // Nor through their own council's address.
    expect((await lead.send('DELETE', `${tokensOf(councilId)}/${theirs.id}`)).status).toBe(404);
    expect((await lead.send('DELETE', `${tokensOf(councilId)}/not-a-uuid`)).status).toBe(404);
  });

  it('managers and viewers may not create, list or revoke tokens (403)', async () => {
    const mine = (await lead.post(tokensOf(councilId), { name: 'Lead only', expiresOn: inDays(5) }))
      .body as CreatedApiToken;
    for (const client of [manager, viewer]) {
      expect((await client.get(tokensOf(councilId))).status).toBe(403);
      expect(
        (await client.post(tokensOf(councilId), { name: 'x', expiresOn: inDays(5) })).status,
      ).toBe(403);
      expect((await client.send('DELETE', `${tokensOf(councilId)}/${mine.id}`)).status).toBe(403);
      expect((await client.get('/api/v1/network/api-tokens')).status).toBe(403);
    }
    expect((await lead.get('/api/v1/network/api-tokens')).status).toBe(403);
    expect(
      (await lead.post('/api/v1/network/api-tokens', { name: 'x', expiresOn: inDays(5) })).status,
    ).toBe(403);
  });

  it('a coordinator creates network tokens, lists every token and revokes any', async () => {
    const network = await coordinator.post('/api/v1/network/api-tokens', {
      name: 'National',
      expiresOn: inDays(30),
    });
    expect(network.status).toBe(201);
    expect(network.body).toMatchObject({ councilId: null, councilName: null });
    // Council tokens are a lead's: a coordinator makes network ones.
    expect(
      (await coordinator.post(tokensOf(councilId), { name: 'x', expiresOn: inDays(5) })).status,
    ).toBe(403);

    const councils = (await lead.post(tokensOf(councilId), { name: 'Seen', expiresOn: inDays(5) }))
      .body as CreatedApiToken;
    const all = (await coordinator.get('/api/v1/network/api-tokens')).body as ApiToken[];
    expect(all.map((x) => x.id)).toEqual(expect.arrayContaining([network.body.id, councils.id]));
    const ofCouncil = (await coordinator.get(tokensOf(councilId))).body as ApiToken[];
    expect(ofCouncil.map((x) => x.id)).toContain(councils.id);
    expect(ofCouncil.map((x) => x.id)).not.toContain(network.body.id);

    expect(
      (await coordinator.send('DELETE', `/api/v1/network/api-tokens/${councils.id}`)).status,
    ).toBe(204);
    expect(
      (await coordinator.send('DELETE', `/api/v1/network/api-tokens/${councils.id}`)).status,
    ).toBe(404);
    // A lead cannot revoke a network token through their council.
    expect((await lead.send('DELETE', `${tokensOf(councilId)}/${network.body.id}`)).status).toBe(
      404,
    );
  });

  it('needs the XSRF header for a session to create or revoke', async () => {
    const res = await lead.send(
      'POST',
      tokensOf(councilId),
      { name: 'No XSRF', expiresOn: inDays(5) },
      { xsrf: null },
    );
    expect(res.status).toBe(403);
  });
});
