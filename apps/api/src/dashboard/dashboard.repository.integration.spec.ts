import { randomUUID } from 'node:crypto';
import { aCouncil } from '../../test/builders';
import { aProtocolRow, aScoredProtocol, aSubmittedAudit } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';
import { DashboardRepository } from './dashboard.repository';
import { NetworkRepository, toNetworkCouncilRow } from './network.repository';

describe('the dashboard and network read queries (real PostgreSQL)', () => {
  let t: TestApp;
  let dashboard: DashboardRepository;
  let network: NetworkRepository;

  beforeAll(async () => {
    t = await createTestApp();
    dashboard = t.app.get(DashboardRepository);
    network = t.app.get(NetworkRepository);
  });
  afterAll(() => t.close());

  it('finds the council under the contract’s names, and nothing for an unknown id', async () => {
    const council = await aCouncil(t, { name: 'Eastham Council', type: 'district' });
    expect(await dashboard.findCouncil(council.id)).toEqual({
      id: council.id,
      name: 'Eastham Council',
      type: 'district',
      region: 'North West',
      populationBand: '150k-300k',
      sharing: 'anonymised',
    });
    expect(await dashboard.findCouncil(randomUUID())).toBeNull();
  });

  it('lists submitted audits oldest first from their headline columns; one audit’s perspective gaps from its summary', async () => {
    const councilId = (await aCouncil(t)).id;
    const later = await aSubmittedAudit(t, councilId, { periodEnd: '2026-06-30', index: 30 });
    const first = await aSubmittedAudit(t, councilId, {
      periodEnd: '2025-12-31',
      index: 10,
      submittedAt: '2026-01-10T00:00:00Z',
    });
    const resubmitted = await aSubmittedAudit(t, councilId, {
      periodEnd: '2025-12-31',
      index: 12,
      submittedAt: '2026-01-20T00:00:00Z',
    });
    await aSubmittedAudit(t, councilId, { periodEnd: '2026-12-31', status: 'draft' });
    await t.sql(
      `UPDATE audits SET perspectives = '{leadership,frontline}', summary = $2 WHERE id = $1`,
      [
        later,
        JSON.stringify({
          byPerspective: { leadership: { index: 30 }, frontline: { index: 5 } },
          gaps: {
            gap: { high: 'leadership', low: 'frontline', size: 25 },
            byPrinciple: [{ key: 'continuity', indexes: { leadership: 40 }, gap: null }],
          },
        }),
      ],
    );
    const audits = await dashboard.listSubmittedAudits(councilId);
    expect(audits.map((a) => a.id)).toEqual([first, resubmitted, later]);
    expect(audits[2]).toMatchObject({
      period_start: '2025-12-30',
      period_end: '2026-06-30',
      framework_number: 1,
      perspectives: ['leadership', 'frontline'],
      index_score: 30,
    });
    // The list never carries the summary's contents.
    expect(Object.keys(audits[2]).sort()).toEqual(
      [
        'id',
        'label',
        'period_start',
        'period_end',
        'framework_number',
        'perspectives',
        'index_score',
        'wider_index',
        'coverage',
        'provisional',
        'mismatch_count',
        'protocol_load',
      ].sort(),
    );
    expect(await dashboard.findPerspectiveGaps(later)).toEqual({
      perspective_indexes: { leadership: 30, frontline: 5 },
      gap: { high: 'leadership', low: 'frontline', size: 25 },
      principle_gaps: [{ key: 'continuity', indexes: { leadership: 40 }, gap: null }],
    });
    expect(await dashboard.findPerspectiveGaps(first)).toMatchObject({
      perspective_indexes: null,
      gap: null,
      principle_gaps: null,
    });
  });

  it('reads the audits’ protocols with leadership scores and register status, and leadership ratings and principle scores only', async () => {
    const councilId = (await aCouncil(t)).id;
    const auditId = await aSubmittedAudit(t, councilId, {
      periodEnd: '2026-06-30',
      index: 20,
      principles: { continuity: 25 },
    });
    const other = await aSubmittedAudit(t, councilId, { periodEnd: '2025-12-31', index: 0 });
    const scored = await aProtocolRow(t, councilId, { name: 'Scored' });
    const unscored = await aProtocolRow(t, councilId, { name: 'Unscored' });
    await aScoredProtocol(t, auditId, scored, {
      score: 40,
      class: 'enabling',
      ratings: [{ principle: 'continuity', value: 2, evidence: 'Named worker' }],
    });
    await aScoredProtocol(t, other, scored, { score: -10, class: 'neutral' });
    await t.sql(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT $1, id, name, category, type, service_area, scope, context_need, reach FROM protocols WHERE id = $2`,
      [auditId, unscored],
    );
    await t.sql(
      `INSERT INTO audit_protocol_scores (audit_id, protocol_id, perspective, score, class, mismatch)
       VALUES ($1, $2, 'frontline', 99, 'enabling', true)`,
      [auditId, unscored],
    );
    await t.sql(
      `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value) VALUES ($1, $2, 'continuity', 'frontline', -1)`,
      [auditId, scored],
    );
    await t.sql(
      `UPDATE protocols SET status = 'retired', retired_at = now(), retired_reason = 'Only assumed' WHERE id = $1`,
      [unscored],
    );

    const protocols = await dashboard.listAuditProtocols([auditId]);
    const byName = Object.fromEntries(protocols.map((p) => [p.name, p]));
    expect(protocols).toHaveLength(2);
    expect(byName['Scored']).toMatchObject({
      audit_id: auditId,
      protocol_id: scored,
      service_area: 'Housing',
      score: 40,
      class: 'enabling',
      mismatch: false,
      status: 'active',
      retired_reason: null,
    });
    expect(byName['Unscored']).toMatchObject({
      score: null,
      class: null,
      mismatch: null,
      status: 'retired',
      retired_reason: 'Only assumed',
    });
    expect((await dashboard.listAuditProtocols([auditId, other])).length).toBe(3);

    expect(await dashboard.listLeadershipRatings([auditId])).toEqual([
      {
        audit_id: auditId,
        protocol_id: scored,
        principle_key: 'continuity',
        value: 2,
        evidence_text: 'Named worker',
      },
    ]);
    expect(await dashboard.listPrincipleScores([auditId, other])).toEqual([
      { audit_id: auditId, principle_key: 'continuity', index_score: 25 },
    ]);
  });

  it('the network overview: each active council by name with its latest audit, the change and its audit counts', async () => {
    const zeta = (await aCouncil(t, { name: 'Zeta Council' })).id;
    const alpha = (await aCouncil(t, { name: 'Alpha Council', sharing: 'named' })).id;
    const archived = (await aCouncil(t, { name: 'Archived Council' })).id;
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [archived]);
    await aSubmittedAudit(t, zeta, { periodEnd: '2025-12-31', index: 10 });
    await aSubmittedAudit(t, zeta, {
      periodEnd: '2026-06-30',
      index: 25,
      label: 'H1 2026',
      submittedAt: '2026-07-03T09:00:00Z',
    });
    await aSubmittedAudit(t, zeta, { periodEnd: '2026-12-31', status: 'draft' });
    await aSubmittedAudit(t, alpha, { periodEnd: '2026-12-31', status: 'draft' });

    const rows = (await network.listCouncilOverview()).filter((r) =>
      [zeta, alpha, archived].includes(r.councilId),
    );
    expect(rows.map((r) => r.name)).toEqual(['Alpha Council', 'Zeta Council']);
    expect(rows[0]).toMatchObject({
      latestIndex: null,
      change: null,
      lastLabel: null,
      lastSubmittedAt: null,
      submittedAudits: 0,
      draftAudits: 1,
      sharing: 'named',
    });
    expect(toNetworkCouncilRow(rows[1])).toEqual({
      councilId: zeta,
      name: 'Zeta Council',
      type: 'unitary',
      region: 'North West',
      populationBand: '150k-300k',
      sharing: 'anonymised',
      latestIndex: 25,
      change: 15,
      provisional: false,
      coverage: 1,
      lastLabel: 'H1 2026',
      lastPeriodEnd: '2026-06-30',
      lastSubmittedAt: '2026-07-03T09:00:00.000Z',
      submittedAudits: 2,
      draftAudits: 1,
    });
  });
});
