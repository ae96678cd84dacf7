import type { FrameworkVersion } from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('release notes when publishing a framework version (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  let lead: Client;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    lead = await Client.signedIn(t, await aUser(t, 'lead', (await aCouncil(t)).id));
  });
  afterAll(() => t.close());

  async function freshDraft(): Promise<FrameworkVersion> {
    await t.sql(`DELETE FROM framework_versions WHERE status = 'draft'`);
    return (await coordinator.post('/api/v1/frameworks/versions')).body;
  }

  async function statusOf(number: number): Promise<string> {
    return (await coordinator.get(`/api/v1/frameworks/versions/${number}`)).body.status;
  }

  it.each([
    ['missing', undefined],
    ['blank', '   '],
    ['too long', 'x'.repeat(4001)],
    ['not text', 42],
  ])(
    'refuses to publish with %s release notes: 400 naming the field, nothing published',
    async (_, notes) => {
      const draft = await freshDraft();
      const res = await coordinator.post(`/api/v1/frameworks/versions/${draft.number}/publish`, {
        revision: draft.revision,
        ...(notes === undefined ? {} : { releaseNotes: notes }),
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['releaseNotes']);
      expect(await statusOf(draft.number)).toBe('draft');
    },
  );

  it('only a coordinator may publish, release notes or not', async () => {
    const draft = await freshDraft();
    const res = await lead.post(`/api/v1/frameworks/versions/${draft.number}/publish`, {
      revision: draft.revision,
      releaseNotes: 'A lead trying to publish.',
    });
    expect(res.status).toBe(403);
    expect(await statusOf(draft.number)).toBe('draft');
  });

  it('keeps the notes with the version, records them in the audit trail, and the comparison shows settings before and after', async () => {
    let draft = await freshDraft();
    const before = draft.scoring.provisionalCoverageBelow;
    draft = (
      await coordinator.patch(`/api/v1/frameworks/versions/${draft.number}`, {
        provisionalCoverageBelow: 0.5,
        revision: draft.revision,
      })
    ).body;
    const res = await coordinator.post(`/api/v1/frameworks/versions/${draft.number}/publish`, {
      revision: draft.revision,
      releaseNotes: 'An index is provisional below half coverage.',
    });
    expect(res.status).toBe(200);
    const history = (await lead.get('/api/v1/frameworks/versions')).body as FrameworkVersion[];
    expect(history.find((v) => v.number === draft.number)?.releaseNotes).toBe(
      'An index is provisional below half coverage.',
    );
    const [event] = await t.sql<{ after: { releaseNotes: string } }>(
      `SELECT after FROM audit_events WHERE action = 'framework.published' AND entity_id = $1`,
      [String(draft.number)],
    );
    expect(event.after.releaseNotes).toBe('An index is provisional below half coverage.');

    const comparison = (
      await lead.get(`/api/v1/frameworks/compare?from=${draft.number - 1}&to=${draft.number}`)
    ).body;
    expect(comparison.settingsDifferences).toEqual([
      { field: 'provisionalCoverageBelow', before, after: 0.5 },
    ]);
  });
});
