import type { FrameworkScoring, Protocol, ProtocolStory } from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import { aCouncil, aUser, Client, TestUser } from '../../test/builders';
import { aScoredProtocol, aSubmittedAudit } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';

/** A relational library protocol, so every kind of principle applies to it. */
const LIBRARY = PROTOCOL_LIBRARY.find(
  (p) => p.contextNeed === 'relational' && p.scope === 'organisational',
);

describe("a protocol's page: its whole story in one read (real PostgreSQL)", () => {
  let t: TestApp;
  let councilA: string;
  let councilB: string;
  let leadUser: TestUser;
  let lead: Client;
  let viewer: Client;
  let manager: Client;
  let coordinator: Client;
  let leadB: Client;
  let protocol: Protocol;
  let scoring: FrameworkScoring;
  let oldAudit: string;
  let newAudit: string;
  let draftAudit: string;

  const storyPath = (id = protocol.id, council = councilA) =>
    `/api/v1/councils/${council}/protocols/${id}/story`;

  beforeAll(async () => {
    t = await createTestApp();
    councilA = (await aCouncil(t)).id;
    councilB = (await aCouncil(t)).id;
    leadUser = await aUser(t, 'lead', councilA);
    lead = await Client.signedIn(t, leadUser);
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilA));
    manager = await Client.signedIn(t, await aUser(t, 'manager', councilA));
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    leadB = await Client.signedIn(t, await aUser(t, 'lead', councilB));
    scoring = (await lead.get('/api/v1/frameworks/current')).body.scoring;

    const added = await lead.post(`/api/v1/councils/${councilA}/protocols/from-library`, {
      keys: [LIBRARY?.key],
    });
    [protocol] = added.body as Protocol[];
    const edited = await lead.patch(`/api/v1/councils/${councilA}/protocols/${protocol.id}`, {
      owner: 'Housing allocations team',
      version: protocol.version,
    });
    expect(edited.status).toBe(200);

    oldAudit = await aSubmittedAudit(t, councilA, {
      periodEnd: '2025-03-31',
      label: 'Spring 2025',
    });
    await aScoredProtocol(t, oldAudit, protocol.id, {
      score: -75,
      class: 'inhibiting',
      ratings: [
        { principle: scoring.principles[0].key, value: -2, evidence: 'Cases closed at 6 weeks' },
      ],
    });
    await t.sql(
      `UPDATE audit_protocol_scores SET mismatch = true WHERE audit_id = $1 AND protocol_id = $2`,
      [oldAudit, protocol.id],
    );
    await t.sql(
      `UPDATE ratings SET rated_by = $1, evidence_date = '2025-03-20' WHERE audit_id = $2`,
      [leadUser.id, oldAudit],
    );
    newAudit = await aSubmittedAudit(t, councilA, {
      periodEnd: '2025-09-30',
      label: 'Autumn 2025',
    });
    await aScoredProtocol(t, newAudit, protocol.id, { score: 25, class: 'neutral' });

    // A draft rating every applicable principle +2 scores +100 live (nothing stored for drafts).
    draftAudit = await aSubmittedAudit(t, councilA, {
      periodEnd: '2026-03-31',
      label: 'Spring 2026',
      status: 'draft',
    });
    await t.sql(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT $1, id, name, category, type, service_area, scope, context_need, reach FROM protocols WHERE id = $2`,
      [draftAudit, protocol.id],
    );
    for (const p of scoring.principles.filter((x) => x.contexts.includes('relational'))) {
      await t.sql(
        `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text)
         VALUES ($1, $2, $3, 'leadership', 2, 'Named worker stays with the family')`,
        [draftAudit, protocol.id, p.key],
      );
    }

    const plan = await manager.post(`/api/v1/councils/${councilA}/plan/changes`, {
      kind: 'amend',
      protocolId: protocol.id,
      title: 'Let caseworkers keep cases open while needed',
    });
    expect(plan.status).toBe(201);
  });
  afterAll(() => t.close());

  it('shows every audit that covered it, oldest first, with stored scores, mismatch status and a draft scored live', async () => {
    const story = (await viewer.get(storyPath())).body as ProtocolStory;
    expect(story.protocol).toMatchObject({ id: protocol.id, owner: 'Housing allocations team' });
    expect(story.audits.map((a) => [a.label, a.status])).toEqual([
      ['Spring 2025', 'submitted'],
      ['Autumn 2025', 'submitted'],
      ['Spring 2026', 'draft'],
    ]);
    expect(story.audits.map((a) => a.scores[0])).toEqual([
      { perspective: 'leadership', score: -75, class: 'inhibiting', mismatch: true },
      { perspective: 'leadership', score: 25, class: 'neutral', mismatch: false },
      { perspective: 'leadership', score: 100, class: 'enabling', mismatch: false },
    ]);
  });

  it('lists every rating with its evidence, principle, who rated it and when', async () => {
    const story = (await viewer.get(storyPath())).body as ProtocolStory;
    expect(story.audits[0].ratings).toEqual([
      expect.objectContaining({
        principleKey: scoring.principles[0].key,
        principleTitle: expect.any(String),
        perspective: 'leadership',
        value: -2,
        evidenceText: 'Cases closed at 6 weeks',
        evidenceDate: '2025-03-20',
        carriedForward: false,
        ratedBy: 'Test lead',
        ratedAt: expect.any(String),
      }),
    ]);
    expect(story.audits[0].ratings[0].principleTitle).not.toBe(scoring.principles[0].key);
  });

  it('carries its library exemplars, its register changes newest first and its planned changes', async () => {
    const story = (await viewer.get(storyPath())).body as ProtocolStory;
    expect(story.library).toMatchObject({
      key: LIBRARY?.key,
      inhibitingExemplar: LIBRARY?.inhibitingExemplar,
      enablingExemplar: LIBRARY?.enablingExemplar,
    });
    expect(story.registerChanges.map((c) => [c.action, c.changedFields, c.actor])).toEqual([
      ['protocol.updated', ['owner'], 'Test lead'],
      ['protocol.created', [], 'Test lead'],
    ]);
    expect(story.plannedChanges).toEqual([
      expect.objectContaining({
        kind: 'amend',
        title: 'Let caseworkers keep cases open while needed',
        status: 'proposed',
        owner: null,
      }),
    ]);
  });

  it('is read by every role of the council and by coordinators; another council gets 404', async () => {
    for (const reader of [viewer, manager, lead, coordinator]) {
      expect((await reader.get(storyPath())).status).toBe(200);
    }
    expect((await leadB.get(storyPath())).status).toBe(404);
    // Council A's protocol asked for under another council's address does not exist there.
    expect((await leadB.get(storyPath(protocol.id, councilB))).status).toBe(404);
    expect((await viewer.get(storyPath('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await viewer.get(storyPath('not-a-uuid'))).status).toBe(404);
  });

  it('a new protocol has only the open draft, unrated and unscored, and no library entry', async () => {
    const fresh = await lead.post(`/api/v1/councils/${councilA}/protocols`, {
      name: 'Never audited',
      category: LIBRARY?.category,
      type: 'procedure',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'low',
      basis: 'assumed',
    });
    const story = (await viewer.get(storyPath(fresh.body.id))).body as ProtocolStory;
    expect(story).toMatchObject({ library: null, plannedChanges: [] });
    expect(story.audits).toEqual([
      expect.objectContaining({
        label: 'Spring 2026',
        ratings: [],
        scores: [{ perspective: 'leadership', score: null, class: null, mismatch: false }],
      }),
    ]);
    expect(story.registerChanges.map((c) => c.action)).toEqual(['protocol.created']);
  });
});
