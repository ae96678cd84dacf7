import type { CouncilDashboard, CouncilReportDetail } from '@rcp/api-contract';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';

describe('the council report’s detail on the demo network (real PostgreSQL)', () => {
  let t: TestApp;
  let lead: Client;
  let northfieldId: string;
  let wendmoorId: string;
  const signIn = (email: string) => Client.signedIn(t, { email, password: DEMO_PASSWORD });
  const path = (councilId: string, audit?: string) =>
    `/api/v1/councils/${councilId}/report${audit ? `?audit=${audit}` : ''}`;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    lead = await signIn('lead@northfield.demo.example');
    northfieldId = (await lead.get('/api/v1/auth/me')).body.councilId;
    const wendmoor = await signIn('lead@wendmoor.demo.example');
    wendmoorId = (await wendmoor.get('/api/v1/auth/me')).body.councilId;
  });
  afterAll(() => t.close());

  it('names the worst protocols and the biggest rises of the latest audit, with evidence, as the stored scores say', async () => {
    const res = await lead.get(path(northfieldId));
    expect(res.status).toBe(200);
    const r = res.body as CouncilReportDetail;
    const d = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard`))
      .body as CouncilDashboard;
    expect(r.audit).toEqual(d.selected);
    expect(r.compareTo).toEqual(d.compareTo);

    // Holding back: the organisational protocols with the lowest negative scores, worst first.
    const scored = d.heatmap.rows
      .filter((row) => row.scope === 'organisational' && row.score !== null && row.score < 0)
      .map((row) => row.score as number)
      .sort((a, b) => a - b);
    expect(r.holdingBack.map((p) => p.score)).toEqual(scored.slice(0, 5));
    for (const p of r.holdingBack) {
      expect(p.scope).toBe('organisational');
      // Named as the framework names the category, not by its key.
      expect(p.categoryTitle).not.toBe(p.category);
    }

    // Improvements: every one rose, biggest first, by exactly score − previous score.
    expect(r.improvements.length).toBeGreaterThan(0);
    const rises = r.improvements.map((p) => p.change as number);
    expect(rises).toEqual([...rises].sort((a, b) => b - a));
    for (const p of r.improvements) {
      expect(p.change).toBeGreaterThan(0);
      expect(p.change).toBeCloseTo((p.score as number) - (p.previousScore as number), 10);
    }

    // Evidence is quoted from the stored ratings, with the principle's title and the date.
    const quoted = [...r.holdingBack, ...r.improvements].flatMap((p) =>
      p.evidence.map((e) => ({ ...e, protocolId: p.protocolId })),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const e of quoted) {
      const [stored] = await t.sql<{ evidence_text: string; value: number | null }>(
        `SELECT evidence_text, value FROM ratings
          WHERE audit_id = $1 AND protocol_id = $2 AND principle_key = $3 AND perspective = 'leadership'`,
        [r.audit.id, e.protocolId, e.principleKey],
      );
      expect(e.text).toBe(stored.evidence_text);
      expect(e.value).toBe(stored.value);
      expect(e.principleTitle).not.toBe(e.principleKey);
    }
  });

  it('reports an earlier audit when asked, against the audit before it; the first has none', async () => {
    const d = (await lead.get(`/api/v1/councils/${northfieldId}/dashboard`))
      .body as CouncilDashboard;
    const second = (await lead.get(path(northfieldId, d.audits[1].id))).body as CouncilReportDetail;
    expect(second.audit.id).toBe(d.audits[1].id);
    expect(second.compareTo?.id).toBe(d.audits[0].id);
    const first = (await lead.get(path(northfieldId, d.audits[0].id))).body as CouncilReportDetail;
    expect(first.compareTo).toBeNull();
    expect(first.improvements).toEqual([]);
  });

  it('is read by every role of the council and by coordinators', async () => {
    for (const email of [
      'lead@northfield.demo.example',
      'manager@northfield.demo.example',
      'viewer@northfield.demo.example',
      'coordinator@demo.example',
    ]) {
      const res = await (await signIn(email)).get(path(northfieldId));
      expect({ email, status: res.status }).toEqual({ email, status: 200 });
      expect((res.body as CouncilReportDetail).councilId).toBe(northfieldId);
    }
    expect((await (await Client.anonymous(t)).get(path(northfieldId))).status).toBe(401);
  });

  it('refuses another council’s report, and its audits through one’s own council, with 404', async () => {
    const other = await signIn('lead@wendmoor.demo.example');
    expect((await other.get(path(northfieldId))).status).toBe(404);
    // Wendmoor's lead naming a Northfield audit on Wendmoor's own report finds nothing either.
    const northfieldAudit = ((await lead.get(path(northfieldId))).body as CouncilReportDetail).audit
      .id;
    const res = await other.get(path(wendmoorId, northfieldAudit));
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('Northfield');
  });

  it('answers a malformed audit with a field error, and a draft or unknown audit with 404', async () => {
    const bad = await lead.get(path(northfieldId, 'not-an-id'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('audit');
    const unknown = await lead.get(path(northfieldId, '00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(404);
    const [draft] = await t.sql<{ id: string }>(
      `SELECT id FROM audits WHERE council_id = $1 AND status <> 'submitted' LIMIT 1`,
      [northfieldId],
    );
    const drafts = draft ? [draft.id] : [];
    for (const id of drafts) expect((await lead.get(path(northfieldId, id))).status).toBe(404);
  });
});
