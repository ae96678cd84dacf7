import type { PlanChangeList, Protocol, ProtocolStory } from '@rcp/api-contract';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';

describe("a demo protocol's page has a story worth showing (real PostgreSQL)", () => {
  let t: TestApp;
  let viewer: Client;
  let councilId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    viewer = await Client.signedIn(t, {
      email: 'viewer@northfield.demo.example',
      password: DEMO_PASSWORD,
    });
    councilId = (await viewer.get('/api/v1/auth/me')).body.councilId;
  });
  afterAll(() => t.close());

  const story = async (protocolId: string) =>
    (await viewer.get(`/api/v1/councils/${councilId}/protocols/${protocolId}/story`))
      .body as ProtocolStory;

  it('a protocol with a planned change: scores across audits, evidenced ratings, exemplars, its trail', async () => {
    const { changes } = (await viewer.get(`/api/v1/councils/${councilId}/plan/changes`))
      .body as PlanChangeList;
    const amended = changes.find((c) => c.kind === 'amend' && c.protocol?.libraryKey);
    const s = await story(amended?.protocolId ?? '');
    const scored = s.audits.filter((a) => a.scores.some((x) => x.score !== null));
    expect(scored.length).toBeGreaterThanOrEqual(3);
    const evidenced = s.audits.flatMap((a) => a.ratings).filter((r) => r.evidenceText);
    expect(evidenced.length).toBeGreaterThan(0);
    expect(evidenced[0].ratedBy).toBe('Northfield Lead');
    expect(s.library?.enablingExemplar).toBeTruthy();
    expect(s.plannedChanges.map((c) => c.id)).toContain(amended?.id);
    expect(s.registerChanges.map((c) => c.action)).toContain('protocol.created');
  });

  it('a retired demo protocol shows when and why it was retired', async () => {
    const retired = (
      (await viewer.get(`/api/v1/councils/${councilId}/protocols?status=retired`))
        .body as Protocol[]
    )[0];
    const s = await story(retired.id);
    expect(s.registerChanges.map((c) => [c.action, c.reason])).toEqual([
      ['protocol.retired', retired.retiredReason],
      ['protocol.created', null],
    ]);
  });
});
