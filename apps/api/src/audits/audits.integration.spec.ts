import type { Audit, AuditStatusChange, FrameworkScoring } from '@rcp/api-contract';
import { scoreAudit } from '@rcp/scoring';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, applicableCells, ApplicableCell, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';
import { protocolInputs } from './audit-scoring';

/** The audit as submit and reopen answer it: everything but its protocols and ratings. */
function withoutGrid(audit: Audit): AuditStatusChange {
  const small: Partial<Audit> = { ...audit };
  delete small.protocols;
  delete small.ratings;
  return small as AuditStatusChange;
}

describe('audits (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let lead: Client;
  let viewer: Client;
  let manager: Client;
  let otherLead: Client;
  let scoring: FrameworkScoring;

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
    otherLead = await Client.signedIn(t, await aUser(t, 'lead', (await aCouncil(t)).id));
    scoring = (await viewer.get('/api/v1/frameworks/current')).body.scoring;
  });
  afterAll(() => t.close());

  /**
   * A first audit of a council of its own (so nothing is carried forward into it), rated by that
   * council's lead, read by its viewer and manager.
   */
  async function fresh(): Promise<{ audit: Audit; cells: ApplicableCell[] }> {
    councilId = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
    manager = await Client.signedIn(t, await aUser(t, 'manager', councilId));
    await registerFromLibrary(lead, councilId);
    const audit = await anAudit(lead, councilId);
    return { audit, cells: await applicableCells(lead, audit) };
  }

  async function discard(audit: Audit): Promise<void> {
    const current = (await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit;
    if (current.status === 'draft')
      await lead.post(`/api/v1/audits/${audit.id}/submit`, { version: current.version });
  }

  it('a new audit covers every active protocol, pins the current framework version and starts at version 1', async () => {
    const { audit } = await fresh();
    expect(audit).toMatchObject({
      status: 'draft',
      version: 1,
      frameworkVersion: 1,
      perspectives: ['leadership'],
    });
    expect(audit.protocols).toHaveLength(3);
    expect(audit.headline).toMatchObject({ index: null, coverage: 0 });
    await discard(audit);
  });

  it('refuses a ±2 rating without evidence with a field error, and writes nothing', async () => {
    const { audit, cells } = await fresh();
    const res = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: [
        { ...cells[0], value: 1 },
        { ...cells[1], value: -2 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'ratings.1.evidence',
        messages: ['is required for a rating of −2 or +2: say what shows it'],
      },
    ]);
    const after = (await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit;
    expect(after.ratings).toHaveLength(0);
    expect(after.version).toBe(audit.version);
    await discard(audit);
  });

  it('refuses a principle that does not apply to the protocol, or a perspective the audit does not collect', async () => {
    const { audit } = await fresh();
    const transactional = audit.protocols.find((p) => p.contextNeed === 'transactional');
    const relationalOnly = scoring.principles.find((p) => !p.contexts.includes('transactional'));
    const res = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: [
        { protocolId: transactional?.id, principleKey: relationalOnly?.key, value: 1 },
        {
          protocolId: transactional?.id,
          principleKey: scoring.principles.find((p) => p.contexts.includes('transactional'))?.key,
          value: 1,
          perspective: 'residents',
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'ratings.0.principleKey',
      'ratings.1.perspective',
    ]);
    await discard(audit);
  });

  it('saves ratings in bulk, bumps the version, and its live index equals the scoring lib on the same ratings', async () => {
    const { audit, cells } = await fresh();
    const values = [2, 1, 0, -1, -2, null] as const;
    const ratings = cells.map((c, i) => {
      const value = values[i % values.length];
      return {
        ...c,
        value,
        ...(value === 2 || value === -2
          ? { evidence: { text: 'Seen in casework', date: '2026-03-01' } }
          : {}),
      };
    });
    const res = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(audit.version + 1);
    expect(res.headers['etag']).toBe(`"${audit.version + 1}"`);

    const saved = (await viewer.get(`/api/v1/audits/${audit.id}`)).body as Audit;
    expect(saved.ratings).toHaveLength(cells.length);
    const expected = scoreAudit(
      scoring,
      protocolInputs(saved.protocols, saved.ratings, 'leadership'),
    );
    expect(saved.headline.index).toBeCloseTo(expected.index as number, 10);
    expect(saved.headline.coverage).toBeCloseTo(1, 10);
    await discard(audit);
  });

  it('two editors race on one version: exactly one write wins, the other gets 409 and writes nothing', async () => {
    const { audit, cells } = await fresh();
    const secondTab = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    const [a, b] = await Promise.all([
      lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...cells[0], value: 1 }],
      }),
      secondTab.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...cells[0], value: -1 }],
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 1 : -1;
    const saved = (await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit;
    expect(saved.ratings.map((r) => r.value)).toEqual([winner]);
    expect(saved.version).toBe(audit.version + 1);
    await discard(audit);
  });

  it('answers a stale If-Match with 412', async () => {
    const { audit, cells } = await fresh();
    await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: [{ ...cells[0], value: 1 }],
    });
    const res = await lead.send(
      'PUT',
      `/api/v1/audits/${audit.id}/ratings`,
      { ratings: [{ ...cells[0], value: 0 }] },
      {},
      { 'If-Match': `"${audit.version}"` },
    );
    expect(res.status).toBe(412);
    await discard(audit);
  });

  it('a viewer or manager cannot rate, and another council cannot even see the audit', async () => {
    const { audit, cells } = await fresh();
    const body = { version: audit.version, ratings: [{ ...cells[0], value: 1 }] };
    expect((await viewer.put(`/api/v1/audits/${audit.id}/ratings`, body)).status).toBe(403);
    expect((await manager.put(`/api/v1/audits/${audit.id}/ratings`, body)).status).toBe(403);
    expect((await otherLead.get(`/api/v1/audits/${audit.id}`)).status).toBe(404);
    expect((await otherLead.put(`/api/v1/audits/${audit.id}/ratings`, body)).status).toBe(404);
    await discard(audit);
  });

  it('submitting locks the audit and stores summaries equal to the scoring lib; reopening needs the lead and a reason', async () => {
    const { audit, cells } = await fresh();
    const ratings = cells.map((c, i) => ({ ...c, value: ((i % 3) - 1) as -1 | 0 | 1 }));
    const put = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings,
    });
    const submitted = await lead.post(`/api/v1/audits/${audit.id}/submit`, {
      version: put.body.version,
    });
    expect(submitted.status).toBe(200);
    // A small answer: the status, version and stored headline, not the grid the client has.
    const body = submitted.body as AuditStatusChange;
    expect(body).toMatchObject({
      id: audit.id,
      status: 'submitted',
      version: put.body.version + 1,
    });
    expect(Object.keys(body)).not.toContain('protocols');
    expect(Object.keys(body)).not.toContain('ratings');
    const whole = (await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit;
    expect(body).toEqual(withoutGrid(whole));
    const expected = scoreAudit(
      scoring,
      protocolInputs(whole.protocols, whole.ratings, 'leadership'),
    );
    expect(body.headline.index).toBeCloseTo(expected.index as number, 10);
    const [stored] = await t.sql<{ index_score: number; coverage: number; protocol_load: number }>(
      `SELECT index_score, coverage, protocol_load FROM audits WHERE id = $1`,
      [audit.id],
    );
    expect(stored.index_score).toBeCloseTo(expected.index as number, 10);
    expect(stored.coverage).toBeCloseTo(expected.coverage, 10);
    const protocolScores = await t.sql<{
      protocol_id: string;
      score: number | null;
      class: string | null;
    }>(
      `SELECT protocol_id, score, class FROM audit_protocol_scores WHERE audit_id = $1 AND perspective = 'leadership' ORDER BY protocol_id`,
      [audit.id],
    );
    expect(protocolScores).toEqual(
      [...expected.protocols]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((p) => ({ protocol_id: p.id, score: p.score, class: p.class })),
    );

    const late = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: body.version,
      ratings: [{ ...cells[0], value: 0 }],
    });
    expect(late.status).toBe(409);

    expect(
      (
        await manager.post(`/api/v1/audits/${audit.id}/reopen`, {
          version: body.version,
          reason: 'Typo',
        })
      ).status,
    ).toBe(403);
    expect(
      (await lead.post(`/api/v1/audits/${audit.id}/reopen`, { version: body.version })).status,
    ).toBe(400);
    const reopened = await lead.post(`/api/v1/audits/${audit.id}/reopen`, {
      version: body.version,
      reason: 'Evidence arrived late',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      status: 'draft',
      reopenedReason: 'Evidence arrived late',
      version: body.version + 1,
    });
    expect(Object.keys(reopened.body)).not.toContain('ratings');
    // The reopened draft's headline is its ratings' score, as the whole audit gives it.
    expect(reopened.body).toEqual(
      withoutGrid((await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit),
    );
    expect(
      await t.sql(`SELECT 1 FROM audit_protocol_scores WHERE audit_id = $1`, [audit.id]),
    ).toHaveLength(0);

    const trail = (await viewer.get(`/api/v1/audits/${audit.id}/trail`)).body as Array<{
      action: string;
      after: { reason?: string };
    }>;
    const actions = trail.map((e) => e.action);
    expect(actions[0]).toBe('audit.created');
    expect(actions.filter((a) => a === 'rating.added')).toHaveLength(cells.length);
    expect(actions.slice(-2)).toEqual(['audit.submitted', 'audit.reopened']);
    expect(trail[trail.length - 1].after.reason).toBe('Evidence arrived late');
    await discard(audit);
  });

  it('carries the last submitted ratings forward, marked and dated, until someone confirms or changes them', async () => {
    const { audit, cells } = await fresh();
    const ratings = cells.slice(0, 4).map((c) => ({ ...c, value: 1 as const }));
    const put = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings,
    });
    await lead.post(`/api/v1/audits/${audit.id}/submit`, { version: put.body.version });
    const ratedAt = ((await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit).ratings[0]
      .ratedAt;

    const next = await anAudit(lead, councilId, {
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
    });
    expect(next.ratings).toHaveLength(4);
    expect(next.ratings.every((r) => r.carriedForward && r.value === 1)).toBe(true);
    expect(next.ratings.map((r) => r.ratedAt)).toContain(ratedAt);

    const confirm = await lead.put(`/api/v1/audits/${next.id}/ratings`, {
      version: next.version,
      ratings: [{ ...cells[0], value: 1 }],
    });
    expect(confirm.body.ratings[0]).toMatchObject({ carriedForward: false, value: 1 });
    const after = (await lead.get(`/api/v1/audits/${next.id}`)).body as Audit;
    expect(after.ratings.filter((r) => r.carriedForward)).toHaveLength(3);
    await discard(next);
  });

  it('a retired protocol leaves later audits and is not carried forward', async () => {
    const { audit, cells } = await fresh();
    const put = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: cells.map((c) => ({ ...c, value: 0 })),
    });
    await lead.post(`/api/v1/audits/${audit.id}/submit`, { version: put.body.version });
    const protocol = audit.protocols[0];
    const current = (await lead.get(`/api/v1/councils/${councilId}/protocols/${protocol.id}`)).body;
    const retired = await lead.post(
      `/api/v1/councils/${councilId}/protocols/${protocol.id}/retire`,
      { reason: 'Replaced by the new policy', version: current.version },
    );
    expect(retired.status).toBe(200);

    const next = await anAudit(lead, councilId, {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(next.protocols.map((p) => p.id)).not.toContain(protocol.id);
    expect(next.ratings.map((r) => r.protocolId)).not.toContain(protocol.id);
    // The submitted audit still holds it.
    expect(
      ((await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit).protocols.map((p) => p.id),
    ).toContain(protocol.id);
    await discard(next);
  });

  it('a register change that reaches a draft audit moves its version on and is in its trail', async () => {
    const { audit, cells } = await fresh();
    const saved = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: [{ ...cells[0], value: 1 }],
    });
    let version = saved.body.version as number;
    const register = `/api/v1/councils/${councilId}/protocols`;
    const versionNow = async () =>
      ((await lead.get(`/api/v1/audits/${audit.id}`)).body as Audit).version;
    const trail = async () =>
      ((await lead.get(`/api/v1/audits/${audit.id}/trail`)).body as Array<{ action: string }>).map(
        (e) => e.action,
      );

    // A change to what the audit holds (its reach): the grid a lead has open is now stale.
    const target = audit.protocols[0];
    const current = (await lead.get(`${register}/${target.id}`)).body;
    const reach = current.reach === 'high' ? 'low' : 'high';
    expect(
      (await lead.patch(`${register}/${target.id}`, { reach, version: current.version })).status,
    ).toBe(200);
    expect(await versionNow()).toBe(version + 1);
    // A write from the grid opened before the change still merges (its cell did not change), and
    // the answer says the register moved on, so the page can refresh its protocols.
    const stale = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version,
      ratings: [{ ...cells[0], value: 2, evidence: { text: 'Shown in the case file review' } }],
    });
    expect(stale.status).toBe(200);
    expect(stale.body.registerChanged).toBe(true);
    version = stale.body.version as number;

    // A change the audit does not hold (the owner) leaves it alone.
    const edited = (await lead.get(`${register}/${target.id}`)).body;
    await lead.patch(`${register}/${target.id}`, {
      owner: 'Someone else',
      version: edited.version,
    });
    expect(await versionNow()).toBe(version);

    // Adding and retiring protocols are changes to the draft too.
    const added = await lead.post(register, {
      name: 'Out-of-hours phone line',
      category: 'front-door-and-assessment',
      type: 'procedure',
      serviceArea: 'Customer services',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'medium',
      basis: 'council-policy',
    });
    expect(added.status).toBe(201);
    expect(await versionNow()).toBe(version + 1);
    const retired = await lead.post(`${register}/${added.body.id}/retire`, {
      reason: 'Merged into the contact centre',
      version: added.body.version,
    });
    expect(retired.status).toBe(200);
    expect(await versionNow()).toBe(version + 2);

    expect(await trail()).toEqual(
      expect.arrayContaining([
        'audit.protocol-changed',
        'audit.protocol-added',
        'audit.protocol-retired',
      ]),
    );
    expect((await trail()).filter((a) => a === 'audit.protocol-changed')).toHaveLength(1);
    await discard(audit);
  });

  it('keeps stored evidence when a ±2 is confirmed or re-typed without resending it', async () => {
    const { audit, cells } = await fresh();
    const first = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: [
        { ...cells[0], value: 2, evidence: { text: 'Families say so', date: '2026-05-01' } },
      ],
    });
    expect(first.status).toBe(200);
    const again = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: first.body.version,
      ratings: [{ ...cells[0], value: 2 }],
    });
    expect(again.status).toBe(200);
    expect(again.body.ratings[0].evidence).toMatchObject({
      text: 'Families say so',
      date: '2026-05-01',
    });
    const removed = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: again.body.version,
      ratings: [{ ...cells[0], value: -2, evidence: null }],
    });
    expect(removed.status).toBe(400);
    await discard(audit);
  });
});
