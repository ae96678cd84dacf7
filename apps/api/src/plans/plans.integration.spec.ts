import type {
  Audit,
  AuditStatusChange,
  FrameworkScoring,
  PlanAchievement,
  PlanChangeDetail,
  PlanProjection,
  Protocol,
  TargetRatings,
} from '@rcp/api-contract';
import { introducedId, planFigures, projectWhatIf, WhatIfChange } from '@rcp/scoring';
import fc from 'fast-check';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, applicableCells, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';
import { protocolInputs } from '../audits/audit-scoring';

const evidence = { text: 'Seen in case files and team meetings.' };

describe('change plans (real PostgreSQL)', () => {
  let t: TestApp;
  let scoring: FrameworkScoring;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  interface Fixture {
    councilId: string;
    lead: Client;
    manager: Client;
    viewer: Client;
    managerId: string;
    protocols: Protocol[];
    audit: AuditStatusChange;
  }

  /** Rates every applicable cell of the draft with `value(cell)`, and submits it. */
  async function rateAndSubmit(
    lead: Client,
    audit: Audit,
    value: (protocolId: string, principleKey: string) => number,
  ): Promise<AuditStatusChange> {
    const cells = await applicableCells(lead, audit);
    const put = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
      version: audit.version,
      ratings: cells.map((c) => ({ ...c, value: value(c.protocolId, c.principleKey), evidence })),
    });
    expect(put.status).toBe(200);
    const submitted = await lead.post(`/api/v1/audits/${audit.id}/submit`, {
      version: put.body.version,
    });
    expect(submitted.status).toBe(200);
    return submitted.body as AuditStatusChange;
  }

  /** A council with three library protocols and one submitted audit rating everything −1. */
  async function council(): Promise<Fixture> {
    const councilId = (await aCouncil(t)).id;
    const lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    const managerUser = await aUser(t, 'manager', councilId);
    const manager = await Client.signedIn(t, managerUser);
    const viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
    scoring ??= (await lead.get('/api/v1/frameworks/current')).body.scoring;
    const protocols = await registerFromLibrary(lead, councilId);
    const audit = await rateAndSubmit(lead, await anAudit(lead, councilId), () => -1);
    return { councilId, lead, manager, viewer, managerId: managerUser.id, protocols, audit };
  }

  const keysFor = (need: string) =>
    scoring.principles.filter((p) => (p.contexts as string[]).includes(need)).map((p) => p.key);

  function amend(f: Fixture, protocol: Protocol, targets: TargetRatings, extra = {}) {
    return f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
      kind: 'amend',
      protocolId: protocol.id,
      title: `Amend ${protocol.name}`,
      targetRatings: targets,
      ...extra,
    });
  }

  describe('writing the plan', () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await council();
    });

    it('creates, edits, moves status and adds notes, each in the audit trail', async () => {
      const p = f.protocols[0];
      const key = keysFor(p.contextNeed)[0];
      const created = await amend(
        f,
        p,
        { [key]: 2 },
        {
          ownerUserId: f.managerId,
          ownerTeam: 'Early help',
          dueDate: '2027-03-31',
          priority: 'high',
          rationale: 'Families tell us they repeat their story.',
        },
      );
      expect(created.status).toBe(201);
      const change = created.body as PlanChangeDetail;
      expect(change).toMatchObject({
        kind: 'amend',
        protocolId: p.id,
        status: 'proposed',
        priority: 'high',
        ownerTeam: 'Early help',
        owner: { id: f.managerId },
        dueDate: '2027-03-31',
        targetRatings: { [key]: 2 },
        version: 1,
        overdue: false,
        agreedAt: null,
      });
      expect(change.statusHistory).toEqual([
        expect.objectContaining({ from: null, to: 'proposed' }),
      ]);

      const edited = await f.lead.patch(`/api/v1/plan-changes/${change.id}`, {
        version: 1,
        title: 'Amend it properly',
        dueDate: '2020-01-01',
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Amend it properly', version: 2, overdue: true });

      const agreed = await f.manager.post(`/api/v1/plan-changes/${change.id}/status`, {
        status: 'agreed',
        version: 2,
        note: 'Agreed by the leadership team.',
      });
      expect(agreed.status).toBe(200);
      expect(agreed.body).toMatchObject({ status: 'agreed', version: 3, noteCount: 1 });
      expect(agreed.body.agreedAt).not.toBeNull();
      expect(agreed.body.statusChangedBy).toMatchObject({ id: f.managerId });
      expect(agreed.body.statusHistory.map((s: { to: string }) => s.to)).toEqual([
        'proposed',
        'agreed',
      ]);

      const noted = await f.manager.post(`/api/v1/plan-changes/${change.id}/notes`, {
        text: 'Pilot starts in January.',
      });
      expect(noted.status).toBe(201);
      expect(noted.body.notes.map((n: { text: string }) => n.text)).toEqual([
        'Agreed by the leadership team.',
        'Pilot starts in January.',
      ]);

      const viewed = await f.viewer.get(`/api/v1/plan-changes/${change.id}`);
      expect(viewed.status).toBe(200);
      const list = await f.viewer.get(`/api/v1/councils/${f.councilId}/plan/changes`);
      expect(list.body.changes.map((c: { id: string }) => c.id)).toContain(change.id);

      const trail = await t.sql<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_type = 'plan_change' AND entity_id = $1 ORDER BY id`,
        [change.id],
      );
      expect(trail.map((e) => e.action)).toEqual([
        'plan.change.created',
        'plan.change.updated',
        'plan.change.status',
        'plan.change.note-added',
      ]);
    });

    it('answers a stale version with 409 and writes nothing', async () => {
      const p = f.protocols[1];
      const change = (await amend(f, p, {})).body as PlanChangeDetail;
      await f.manager.patch(`/api/v1/plan-changes/${change.id}`, { version: 1, title: 'First' });
      const events = await t.sql(`SELECT count(*)::int AS n FROM audit_events`);
      const stale = await f.lead.patch(`/api/v1/plan-changes/${change.id}`, {
        version: 1,
        title: 'Second',
      });
      expect(stale.status).toBe(409);
      const staleStatus = await f.lead.post(`/api/v1/plan-changes/${change.id}/status`, {
        version: 1,
        status: 'agreed',
      });
      expect(staleStatus.status).toBe(409);
      const now = (await f.viewer.get(`/api/v1/plan-changes/${change.id}`)).body;
      expect(now).toMatchObject({ title: 'First', status: 'proposed', version: 2 });
      expect(await t.sql(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(events);
    });

    it('refuses bad input with field errors and writes nothing', async () => {
      const before = await t.sql(`SELECT count(*)::int AS n FROM plan_changes`);
      const p = f.protocols[2];
      const transactionalKey = scoring.principles.find(
        (pr) => !pr.contexts.includes(p.contextNeed),
      )?.key;
      const bad = await f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
        kind: 'rewrite',
        title: 'x',
        dueDate: '31/12/2027',
        priority: 'urgent',
      });
      expect(bad.status).toBe(400);
      const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['dueDate', 'kind', 'priority', 'title']);

      const targets: Record<string, unknown> = { [keysFor(p.contextNeed)[0]]: 3, nonsense: 1 };
      if (transactionalKey) targets[transactionalKey] = 1;
      const badTargets = await amend(f, p, targets as TargetRatings);
      expect(badTargets.status).toBe(400);
      expect(badTargets.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining([
          `targetRatings.${keysFor(p.contextNeed)[0]}`,
          'targetRatings.nonsense',
        ]),
      );
      const noProtocol = await f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
        kind: 'replace',
        title: 'Replace what?',
      });
      expect(noProtocol.status).toBe(400);
      expect(noProtocol.body.errors).toEqual([
        { field: 'protocolId', messages: ['is required to replace a protocol'] },
      ]);
      const otherUser = await aUser(t, 'manager', (await aCouncil(t)).id);
      const foreignOwner = await amend(f, p, {}, { ownerUserId: otherUser.id });
      expect(foreignOwner.status).toBe(400);
      expect(await t.sql(`SELECT count(*)::int AS n FROM plan_changes`)).toEqual(before);
    });

    it('allows one open change per protocol; a done or dropped one frees it', async () => {
      const p = f.protocols[2];
      const first = (await amend(f, p, {})).body as PlanChangeDetail;
      const second = await amend(f, p, {});
      expect(second.status).toBe(409);
      const dropped = await f.manager.post(`/api/v1/plan-changes/${first.id}/status`, {
        status: 'dropped',
        version: first.version,
      });
      expect(dropped.status).toBe(200);
      const third = await f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
        kind: 'retire',
        protocolId: p.id,
        title: 'Retire it instead',
      });
      expect(third.status).toBe(201);
      const revive = await f.manager.post(`/api/v1/plan-changes/${first.id}/status`, {
        status: 'proposed',
        version: dropped.body.version,
      });
      expect(revive.status).toBe(409);
    });

    it('refuses a status move that skips the workflow', async () => {
      const p = (
        await f.lead.post(`/api/v1/councils/${f.councilId}/protocols`, {
          name: 'Out of hours duty rota',
          category: f.protocols[0].category,
          type: 'procedure',
          serviceArea: 'Housing',
          scope: 'organisational',
          contextNeed: 'relational',
          reach: 'medium',
          basis: 'local-practice',
        })
      ).body as Protocol;
      const change = (await amend(f, p, {})).body as PlanChangeDetail;
      const res = await f.manager.post(`/api/v1/plan-changes/${change.id}/status`, {
        status: 'done',
        version: change.version,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('status');
    });

    it('pre-fills a library replace with the enabling ratings, also readable as suggested targets', async () => {
      const g = await council();
      const p = g.protocols[0];
      const suggested = await g.viewer.get(
        `/api/v1/councils/${g.councilId}/plan/suggested-targets?protocolId=${p.id}`,
      );
      expect(suggested.status).toBe(200);
      expect(suggested.body).toMatchObject({ source: 'library', libraryKey: p.libraryKey });
      expect(Object.keys(suggested.body.targetRatings).sort()).toEqual(
        keysFor(p.contextNeed).sort(),
      );
      const replaced = await g.manager.post(`/api/v1/councils/${g.councilId}/plan/changes`, {
        kind: 'replace',
        protocolId: p.id,
        title: 'Replace with the enabling version',
      });
      expect(replaced.status).toBe(201);
      expect(replaced.body.targetRatings).toEqual(suggested.body.targetRatings);
      const introduced = await g.manager.post(`/api/v1/councils/${g.councilId}/plan/changes`, {
        kind: 'introduce',
        title: 'Introduce a named worker',
        newProtocol: { libraryKey: 'caseload-size', name: 'Named worker for every family' },
      });
      expect(introduced.status).toBe(201);
      expect(introduced.body.newProtocol).toMatchObject({
        name: 'Named worker for every family',
        libraryKey: 'caseload-size',
        contextNeed: 'relational',
      });
      const csv = await g.viewer.get(`/api/v1/councils/${g.councilId}/plan/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text.split('\r\n')[0]).toContain('Title,Kind,Protocol,Status');
      expect(csv.text).toContain('Introduce a named worker');
    });
  });

  it('projects exactly as the scoring library does, for generated plans', async () => {
    const f = await council();
    const audit = (await f.viewer.get(`/api/v1/audits/${f.audit.id}`)).body as Audit;
    const inputs = protocolInputs(audit.protocols, audit.ratings, 'leadership');
    const rating = fc.constantFrom(-2, -1, 0, 1, 2, null);
    const targetsFor = (need: string) =>
      fc.dictionary(fc.constantFrom(...keysFor(need)), rating, { maxKeys: 6 });
    const plan = fc.record({
      subjects: fc.subarray(f.protocols, { minLength: 0 }).chain((ps) =>
        fc.tuple(
          ...ps.map((p) =>
            fc.record({
              protocol: fc.constant(p),
              kind: fc.constantFrom('amend', 'replace', 'retire'),
              targets: targetsFor(p.contextNeed),
              status: fc.constantFrom('proposed', 'agreed', 'in-progress'),
            }),
          ),
        ),
      ),
      introduce: fc.option(targetsFor('relational'), { nil: undefined }),
      includeProposed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(plan, async (g) => {
        await t.sql(`DELETE FROM plan_changes WHERE council_id = $1`, [f.councilId]);
        const expected: Array<{ id: string; change: WhatIfChange; status: string }> = [];
        for (const s of g.subjects) {
          const res = await f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
            kind: s.kind,
            protocolId: s.protocol.id,
            title: `${s.kind} ${s.protocol.name}`,
            targetRatings: s.targets,
            status: s.status,
          });
          expect(res.status).toBe(201);
          expect(res.body.targetRatings).toEqual(s.kind === 'retire' ? {} : s.targets);
          const change: WhatIfChange =
            s.kind === 'retire'
              ? { kind: 'retire', protocolId: s.protocol.id }
              : { kind: s.kind, protocolId: s.protocol.id, ratings: s.targets };
          expected.push({ id: res.body.id, change, status: s.status });
        }
        if (g.introduce) {
          const res = await f.manager.post(`/api/v1/councils/${f.councilId}/plan/changes`, {
            kind: 'introduce',
            title: 'Introduce a new protocol',
            newProtocol: {
              name: 'Relational practice charter',
              category: f.protocols[0].category,
              type: 'policy',
              serviceArea: 'Housing',
              scope: 'organisational',
              contextNeed: 'relational',
              reach: 'high',
            },
            targetRatings: g.introduce,
            status: 'agreed',
          });
          expect(res.status).toBe(201);
          expected.push({
            id: res.body.id,
            status: 'agreed',
            change: {
              kind: 'introduce',
              protocol: {
                id: introducedId(res.body.id),
                category: f.protocols[0].category,
                serviceArea: 'Housing',
                scope: 'organisational',
                contextNeed: 'relational',
                reach: 'high',
                ratings: g.introduce,
              },
            },
          });
        }
        const res = await f.viewer.get(
          `/api/v1/councils/${f.councilId}/plan/projection?includeProposed=${g.includeProposed}`,
        );
        expect(res.status).toBe(200);
        const body = res.body as PlanProjection;
        const selected = expected.filter((e) => e.status !== 'proposed' || g.includeProposed);
        const lib = projectWhatIf(
          scoring,
          inputs,
          selected.map((e) => e.change),
        );
        expect(body.before).toEqual(planFigures(lib.before));
        expect(body.after?.protocolLoad).toBe(lib.after.protocolLoad);
        expect(body.after?.mismatchCount).toBe(lib.after.mismatchCount);
        expect(body.after?.classCounts).toEqual(planFigures(lib.after).classCounts);
        if (lib.after.index === null) expect(body.after?.index).toBeNull();
        else expect(body.after?.index).toBeCloseTo(lib.after.index, 9);
        expect(body.protocolLoadDelta).toBe(lib.protocolLoadDelta);
        expect([...body.selectedIds].sort()).toEqual(selected.map((e) => e.id).sort());
        for (const e of expected) {
          const alone = projectWhatIf(scoring, inputs, [e.change]).indexDelta;
          const line = body.changes.find((c) => c.changeId === e.id);
          if (alone === null) expect(line?.contribution).toBeNull();
          else expect(line?.contribution).toBeCloseTo(alone, 9);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('planned vs achieved: one change reached, one partly, one not', async () => {
    const f = await council();
    const [a, b, c] = f.protocols;
    const full = (p: Protocol, v: 1 | 2) =>
      Object.fromEntries(keysFor(p.contextNeed).map((k) => [k, v])) as TargetRatings;
    const created: Record<string, PlanChangeDetail> = {};
    for (const [name, p] of [
      ['reached', a],
      ['partly', b],
      ['not', c],
    ] as const) {
      const res = await amend(f, p, full(p, 1), { status: 'agreed' });
      expect(res.status).toBe(201);
      created[name] = res.body;
    }
    // Marked done although nothing moved.
    const done1 = await f.manager.post(`/api/v1/plan-changes/${created['not'].id}/status`, {
      status: 'in-progress',
      version: 1,
    });
    await f.manager.post(`/api/v1/plan-changes/${created['not'].id}/status`, {
      status: 'done',
      version: done1.body.version,
    });

    const pending = (await f.viewer.get(`/api/v1/councils/${f.councilId}/plan/achievement`))
      .body as PlanAchievement;
    expect(pending.counts.pending).toBe(3);

    const bKey = keysFor(b.contextNeed)[0];
    const second = await anAudit(f.lead, f.councilId, {
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
    });
    await rateAndSubmit(f.lead, second, (protocolId, key) =>
      protocolId === a.id ? 1 : protocolId === b.id && key === bKey ? 0 : -1,
    );
    const res = await f.viewer.get(`/api/v1/councils/${f.councilId}/plan/achievement`);
    expect(res.status).toBe(200);
    const body = res.body as PlanAchievement;
    const outcome = (id: string) => body.items.find((i) => i.changeId === id);
    expect(outcome(created['reached'].id)).toMatchObject({
      outcome: 'reached',
      doneButNotMoved: false,
    });
    expect(outcome(created['partly'].id)).toMatchObject({ outcome: 'partly' });
    expect(outcome(created['not'].id)).toMatchObject({ outcome: 'not', doneButNotMoved: true });
    expect(outcome(created['reached'].id)?.baselineAudit?.id).toBe(f.audit.id);
    expect(outcome(created['reached'].id)?.comparedAudit?.id).toBe(second.id);
    expect(body.counts).toMatchObject({ reached: 1, partly: 1, not: 1, pending: 0 });
    expect(body.baselineIndex).toBeLessThan(0);
    expect(body.projectedIndex).toBeGreaterThan(body.achievedIndex as number);
    expect(body.achievedIndex).toBeGreaterThan(body.baselineIndex as number);

    const suggestions = await f.viewer.get(`/api/v1/councils/${f.councilId}/plan/suggestions`);
    expect(suggestions.status).toBe(200);
    expect(suggestions.body.items.length).toBeGreaterThan(0);
    expect(suggestions.body.items[0].enablingExemplar).toEqual(expect.any(String));
  });

  it('planned vs achieved with a protocol changed twice (one done, a later one agreed): the later one stands for it', async () => {
    const f = await council();
    const [a] = f.protocols;
    const all = (v: 1 | 2) =>
      Object.fromEntries(keysFor(a.contextNeed).map((k) => [k, v])) as TargetRatings;
    const first = await amend(f, a, all(1), { status: 'in-progress' });
    expect(first.status).toBe(201);
    const done = await f.manager.post(`/api/v1/plan-changes/${first.body.id}/status`, {
      status: 'done',
      version: first.body.version,
    });
    expect(done.status).toBe(200);
    const second = await amend(f, a, all(2), { status: 'agreed', title: `Amend ${a.name} again` });
    expect(second.status).toBe(201);

    const audit = await anAudit(f.lead, f.councilId, {
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
    });
    await rateAndSubmit(f.lead, audit, (protocolId) => (protocolId === a.id ? 2 : -1));
    const res = await f.viewer.get(`/api/v1/councils/${f.councilId}/plan/achievement`);
    expect(res.status).toBe(200);
    const body = res.body as PlanAchievement;
    expect(body.items.map((i) => i.outcome)).toEqual(['reached', 'reached']);
    expect(body.projectedIndex).toBeCloseTo(body.achievedIndex as number, 6);
  });
});
