import type { Protocol, ProtocolStory } from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

const fields = {
  category: 'continuity',
  type: 'procedure',
  serviceArea: 'Housing',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  basis: 'local-practice',
};

describe('restoring a retired protocol (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let otherCouncil: string;
  let lead: Client;
  let manager: Client;
  let viewer: Client;
  let coordinator: Client;
  let leadB: Client;

  const base = () => `/api/v1/councils/${councilId}/protocols`;

  /** A protocol added and then retired by the lead; the retired row as the API returns it. */
  async function aRetiredProtocol(name: string): Promise<Protocol> {
    const created = (await lead.post(base(), { ...fields, name })).body as Protocol;
    const retired = await lead.post(`${base()}/${created.id}/retire`, {
      reason: 'Retired by mistake',
      version: created.version,
    });
    expect(retired.status).toBe(200);
    return retired.body as Protocol;
  }

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    otherCouncil = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    manager = await Client.signedIn(t, await aUser(t, 'manager', councilId));
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    leadB = await Client.signedIn(t, await aUser(t, 'lead', otherCouncil));
  });
  afterAll(() => t.close());

  it('the lead brings it back: active again, its version moved on, in the register list', async () => {
    const retired = await aRetiredProtocol('Back again');
    const res = await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Retired the wrong protocol',
      version: retired.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'active',
      retiredAt: null,
      retiredReason: null,
      version: retired.version + 1,
      createdAt: retired.createdAt,
    });
    const active = (await viewer.get(base())).body as Protocol[];
    expect(active.map((p) => p.id)).toContain(retired.id);
  });

  it('the trail records the restoration with its reason and the history reads on without a gap', async () => {
    const retired = await aRetiredProtocol('Continuous history');
    await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Still in use in Housing',
      version: retired.version,
    });
    const [event] = await t.sql<{
      actor_email: string;
      before: Protocol;
      after: { reason: string };
    }>(
      `SELECT actor_email, before, after FROM audit_events WHERE action = 'protocol.restored' AND entity_id = $1`,
      [retired.id],
    );
    expect(event.before.status).toBe('retired');
    expect(event.after).toMatchObject({ status: 'active', reason: 'Still in use in Housing' });
    const story = (await viewer.get(`${base()}/${retired.id}/story`)).body as ProtocolStory;
    expect(story.registerChanges.map((c) => [c.action, c.reason])).toEqual([
      ['protocol.restored', 'Still in use in Housing'],
      ['protocol.retired', 'Retired by mistake'],
      ['protocol.created', null],
    ]);
  });

  it('a restored protocol rejoins the audit in draft, unrated, and that audit notes it', async () => {
    await t.sql(
      `UPDATE audits SET status = 'submitted', submitted_at = now() WHERE council_id = $1 AND status = 'draft'`,
      [councilId],
    );
    const retired = await aRetiredProtocol('Rejoins the draft');
    const draft = await lead.post(`/api/v1/councils/${councilId}/audits`, {
      label: 'Restore audit',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(draft.status).toBe(201);
    const inDraft = async () =>
      (
        await t.sql(`SELECT 1 FROM audit_protocols WHERE audit_id = $1 AND protocol_id = $2`, [
          draft.body.id,
          retired.id,
        ])
      ).length;
    expect(await inDraft()).toBe(0);
    await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Needed again',
      version: retired.version,
    });
    expect(await inDraft()).toBe(1);
    const notes = await t.sql(
      `SELECT 1 FROM audit_events WHERE action = 'audit.protocol-restored' AND entity_id = $1`,
      [draft.body.id],
    );
    expect(notes).toHaveLength(1);
  });

  it('a stale version is a 409 and changes nothing; so is restoring an active protocol', async () => {
    const retired = await aRetiredProtocol('Stale restore');
    const stale = await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Mistake',
      version: retired.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Someone else changed this protocol/);
    expect((await viewer.get(`${base()}/${retired.id}`)).body.status).toBe('retired');
    const restored = await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Mistake',
      version: retired.version,
    });
    const again = await lead.post(`${base()}/${retired.id}/restore`, {
      reason: 'Mistake',
      version: restored.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('This protocol is not retired.');
  });

  it('only the lead of the council restores; another council gets 404; a missing reason is a 400 on its field', async () => {
    const retired = await aRetiredProtocol('Who may restore');
    const body = { reason: 'Mistake', version: retired.version };
    for (const other of [manager, viewer, coordinator]) {
      expect((await other.post(`${base()}/${retired.id}/restore`, body)).status).toBe(403);
    }
    expect((await leadB.post(`${base()}/${retired.id}/restore`, body)).status).toBe(404);
    expect(
      (await leadB.post(`/api/v1/councils/${otherCouncil}/protocols/${retired.id}/restore`, body))
        .status,
    ).toBe(404);
    const bad = await lead.post(`${base()}/${retired.id}/restore`, { version: retired.version });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expect((await viewer.get(`${base()}/${retired.id}`)).body.status).toBe('retired');
  });
});
