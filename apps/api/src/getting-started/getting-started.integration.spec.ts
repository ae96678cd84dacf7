import type { GettingStarted } from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, registerFromLibrary } from '../../test/register';
import { aSubmittedAudit } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';

describe('the getting-started checklist, from the council’s real state (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function doneSteps(client: Client, councilId: string): Promise<string[]> {
    const res = await client.get(`/api/v1/councils/${councilId}/getting-started`);
    expect(res.status).toBe(200);
    const body = res.body as GettingStarted;
    expect(body.steps.map((s) => s.step)).toEqual(['register', 'first-audit', 'submit', 'plan']);
    return body.steps.filter((s) => s.done).map((s) => s.step);
  }

  it('ticks each step as the council does it, and is complete once a change is planned', async () => {
    const councilId = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    expect(await doneSteps(lead, councilId)).toEqual([]);

    await registerFromLibrary(lead, councilId);
    expect(await doneSteps(lead, councilId)).toEqual(['register']);

    await anAudit(lead, councilId);
    expect(await doneSteps(lead, councilId)).toEqual(['register', 'first-audit']);

    await aSubmittedAudit(t, councilId, { periodEnd: '2024-12-31', index: 10 });
    expect(await doneSteps(lead, councilId)).toEqual(['register', 'first-audit', 'submit']);

    await t.sql(
      `INSERT INTO plan_changes (council_id, kind, title, new_protocol) VALUES ($1, 'introduce', $2, '{}')`,
      [councilId, 'Named worker for every family'],
    );
    const res = await lead.get(`/api/v1/councils/${councilId}/getting-started`);
    expect(res.body).toMatchObject({ complete: true });
  });

  it('counts only this council’s data, and only active protocols', async () => {
    const busy = (await aCouncil(t)).id;
    await aSubmittedAudit(t, busy, { periodEnd: '2024-12-31', index: 10 });
    const quiet = (await aCouncil(t)).id;
    const [p] = await t.sql<{ id: string }>(
      `INSERT INTO protocols (council_id, name, category, type, service_area, scope, context_need, reach, basis,
         status, retired_at)
       VALUES ($1, 'Old rule', 'continuity', 'procedure', 'Housing', 'organisational', 'relational', 'high',
         'local-practice', 'retired', now()) RETURNING id`,
      [quiet],
    );
    expect(p.id).toBeDefined();
    const viewer = await Client.signedIn(t, await aUser(t, 'viewer', quiet));
    expect(await doneSteps(viewer, quiet)).toEqual([]);
  });
});
