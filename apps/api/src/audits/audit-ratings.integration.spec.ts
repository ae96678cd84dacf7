import type {
  Audit,
  AuditStatusChange,
  AuditTrailEntry,
  ErrorBody,
  PutRatingsResponse,
} from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, applicableCells, ApplicableCell, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';

/** Evidence that belongs to its rating, merges cell by cell, and the rules of starting an audit. */
describe('audit ratings: evidence, merges and conflicts (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function council(): Promise<{ councilId: string; lead: Client; leadEmail: string }> {
    const councilId = (await aCouncil(t)).id;
    const user = await aUser(t, 'lead', councilId);
    const lead = await Client.signedIn(t, user);
    await registerFromLibrary(lead, councilId);
    return { councilId, lead, leadEmail: user.email };
  }

  async function read(client: Client, id: string): Promise<Audit> {
    return (await client.get(`/api/v1/audits/${id}`)).body as Audit;
  }

  describe('evidence belongs to the rating it was given for', () => {
    let lead: Client;
    let audit: Audit;
    let cell: ApplicableCell;
    const put = (ratings: unknown[]) =>
      lead
        .put(`/api/v1/audits/${audit.id}/ratings`, { version: audit.version, ratings })
        .then(async (res) => {
          if (res.status === 200) audit = await read(lead, audit.id);
          return res;
        });
    const stored = async () =>
      (await read(lead, audit.id)).ratings.find(
        (r) => r.protocolId === cell.protocolId && r.principleKey === cell.principleKey,
      );

    beforeAll(async () => {
      const c = await council();
      lead = c.lead;
      // A +2 with enabling evidence, submitted, then carried forward into the next audit.
      const first = await anAudit(lead, c.councilId);
      cell = (await applicableCells(lead, first))[0];
      const saved = await lead.put(`/api/v1/audits/${first.id}/ratings`, {
        version: first.version,
        ratings: [
          { ...cell, value: 2, evidence: { text: 'Workers choose their own visit times' } },
        ],
      });
      await lead.post(`/api/v1/audits/${first.id}/submit`, { version: saved.body.version });
      audit = await anAudit(lead, c.councilId, {
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
      });
      expect(await stored()).toMatchObject({ value: 2, carriedForward: true });
    });

    it('refuses a change across the sign, or to ±2, that keeps the old evidence', async () => {
      for (const value of [-2, -1]) {
        const res = await put([{ ...cell, value }]);
        expect(res.status).toBe(400);
        expect((res.body as ErrorBody).errors).toEqual([
          { field: 'ratings.0.evidence', messages: [expect.stringMatching(/new rating/)] },
        ]);
      }
      expect(await stored()).toMatchObject({ value: 2, carriedForward: true });
    });

    it('keeps evidence while the value keeps its direction, drops it at neutral', async () => {
      expect((await put([{ ...cell, value: 1 }])).status).toBe(200);
      expect(await stored()).toMatchObject({
        value: 1,
        evidence: { text: 'Workers choose their own visit times' },
      });
      expect((await put([{ ...cell, value: 0 }])).status).toBe(200);
      expect(await stored()).toMatchObject({ value: 0, evidence: null });
    });

    it('takes new evidence for a new ±2, and the trail says which evidence went with which value', async () => {
      expect((await put([{ ...cell, value: 1 }])).status).toBe(200);
      expect((await put([{ ...cell, value: 2 }])).status).toBe(400); // reaching +2 needs new evidence
      const res = await put([
        { ...cell, value: -2, evidence: { text: 'Visits are fixed by the rota system' } },
      ]);
      expect(res.status).toBe(200);
      expect(await stored()).toMatchObject({
        value: -2,
        evidence: { text: 'Visits are fixed by the rota system' },
      });
      const trail = (await lead.get(`/api/v1/audits/${audit.id}/trail`)).body as AuditTrailEntry[];
      const changes = trail
        .filter((e) => e.action === 'rating.changed')
        .map((e) => {
          const before = e.before as { value: number; evidence: { text: string } | null };
          const after = e.after as { value: number; evidence: { text: string } | null };
          return [
            before.value,
            before.evidence?.text ?? null,
            after.value,
            after.evidence?.text ?? null,
          ];
        });
      expect(changes).toEqual([
        [2, 'Workers choose their own visit times', 1, 'Workers choose their own visit times'],
        [1, 'Workers choose their own visit times', 0, null],
        [0, null, 1, null],
        [1, null, -2, 'Visits are fixed by the rota system'],
      ]);
    });
  });

  describe('writes merge cell by cell', () => {
    it('two editors on different cells both save; each learns of the other', async () => {
      const { councilId, lead } = await council();
      const second = await Client.signedIn(t, await aUser(t, 'lead', councilId));
      const audit = await anAudit(lead, councilId);
      const [a, b] = await applicableCells(lead, audit);
      const first = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...a, value: 1 }],
      });
      const late = await second.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...b, value: -1 }],
      });
      expect([first.status, late.status]).toEqual([200, 200]);
      const body = late.body as PutRatingsResponse;
      expect(body.version).toBe(audit.version + 2);
      expect(body.othersChanged).toEqual([
        expect.objectContaining({
          ...a,
          before: null,
          after: expect.objectContaining({ value: 1 }),
        }),
      ]);
      const saved = await read(lead, audit.id);
      expect(saved.ratings.map((r) => [r.principleKey, r.protocolId, r.value]).sort()).toEqual(
        [
          [a.principleKey, a.protocolId, 1],
          [b.principleKey, b.protocolId, -1],
        ].sort(),
      );
    });

    it('the same cell changed since gets 409 saying who, when, from what to what; nothing is written', async () => {
      const { councilId, lead, leadEmail } = await council();
      const second = await Client.signedIn(t, await aUser(t, 'lead', councilId));
      const audit = await anAudit(lead, councilId);
      const [a, b] = await applicableCells(lead, audit);
      await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...a, value: 1 }],
      });
      const refused = await second.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [
          { ...a, value: 0 },
          { ...b, value: -1 },
        ],
      });
      expect(refused.status).toBe(409);
      const error = refused.body as ErrorBody;
      expect(error.currentVersion).toBe(audit.version + 1);
      expect(error.conflicts).toEqual([
        expect.objectContaining({
          ...a,
          perspective: 'leadership',
          before: null,
          after: expect.objectContaining({ value: 1 }),
          changedBy: { name: expect.any(String), email: leadEmail },
          changedAt: expect.any(String),
          yours: expect.objectContaining({ value: 0 }),
        }),
      ]);
      const unchanged = await read(lead, audit.id);
      expect(unchanged.version).toBe(audit.version + 1);
      expect(unchanged.ratings.map((r) => r.value)).toEqual([1]);

      // "Keep mine": the same write, now based on the version that showed their change.
      const kept = await second.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [
          { ...a, value: 0, baseVersion: error.currentVersion },
          { ...b, value: -1 },
        ],
      });
      expect(kept.body).toMatchObject({ version: audit.version + 2 });
      expect((await read(lead, audit.id)).ratings.map((r) => r.value).sort()).toEqual([-1, 0]);
    });

    it('many writers at once: disjoint cells all land, overlapping ones conflict, nothing is lost', async () => {
      const { councilId, lead } = await council();
      const writers: Client[] = [];
      // One at a time: parallel sign-ins from one address would meet the sign-in limit.
      for (let i = 0; i < 10; i++)
        writers.push(await Client.signedIn(t, await aUser(t, 'lead', councilId)));
      const audit = await anAudit(lead, councilId);
      const cells = await applicableCells(lead, audit);
      for (let round = 0; round < 3; round++) {
        const version = (await read(lead, audit.id)).version;
        const shared = cells[round];
        // Writers 0–5 each write a cell of their own; writers 6–9 all write one shared cell, each
        // a different value (a write that finds the cell already as it wants is no conflict).
        const sharedValue = (i: number) => [-1, 0, 1, null][i - 6];
        const own = (i: number) => cells[10 + round * 6 + i];
        const results = await Promise.all(
          writers.map((w, i) =>
            w.put(`/api/v1/audits/${audit.id}/ratings`, {
              version,
              ratings: [
                i < 6 ? { ...own(i), value: (i % 3) - 1 } : { ...shared, value: sharedValue(i) },
              ],
            }),
          ),
        );
        const statuses = results.map((r) => r.status);
        expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
        expect(statuses.slice(6).sort()).toEqual([200, 409, 409, 409]);
        for (const refused of results.filter((r) => r.status === 409)) {
          const conflicts = (refused.body as ErrorBody).conflicts ?? [];
          expect(conflicts.map((c) => [c.protocolId, c.principleKey])).toEqual([
            [shared.protocolId, shared.principleKey],
          ]);
        }
        const winner = results.findIndex((r, i) => i >= 6 && r.status === 200);
        const saved = await read(lead, audit.id);
        const value = (c: ApplicableCell) =>
          saved.ratings.find(
            (r) => r.protocolId === c.protocolId && r.principleKey === c.principleKey,
          )?.value;
        for (let i = 0; i < 6; i++) expect(value(own(i))).toBe((i % 3) - 1);
        expect(value(shared)).toBe(sharedValue(winner));
        expect(saved.version).toBe(version + 7);
      }
    });
  });

  describe('starting an audit', () => {
    it('refuses a period that ends in the future with a field error', async () => {
      const { councilId, lead } = await council();
      const next = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      const res = await lead.post(`/api/v1/councils/${councilId}/audits`, {
        label: 'Next year',
        periodStart: '2026-01-01',
        periodEnd: next,
      });
      expect(res.status).toBe(400);
      expect((res.body as ErrorBody).errors).toEqual([
        { field: 'periodEnd', messages: [expect.stringMatching(/future/)] },
      ]);
      expect((await lead.get(`/api/v1/councils/${councilId}/audits`)).body).toEqual({
        items: [],
        total: 0,
      });
    });

    it('keeps one open draft per council: a second start, a racing start or a reopen gets 409', async () => {
      const { councilId, lead } = await council();
      const racing = await Promise.all(
        [0, 1, 2].map(() =>
          lead.post(`/api/v1/councils/${councilId}/audits`, {
            label: 'Racing start',
            periodStart: '2025-01-01',
            periodEnd: '2025-06-30',
          }),
        ),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(racing.find((r) => r.status === 409)?.body.message).toMatch(
        /already has an open draft/,
      );
      const draft = racing.find((r) => r.status === 201)?.body as Audit;
      const submitted = await lead.post(`/api/v1/audits/${draft.id}/submit`, {
        version: draft.version,
      });
      const second = await anAudit(lead, councilId, {
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
      });
      const reopen = await lead.post(`/api/v1/audits/${draft.id}/reopen`, {
        version: (submitted.body as AuditStatusChange).version,
        reason: 'A correction',
      });
      expect(reopen.status).toBe(409);
      expect(reopen.body.message).toMatch(/already has an open draft/);
      expect((await read(lead, draft.id)).status).toBe('submitted');
      expect((await read(lead, second.id)).status).toBe('draft');
    });
  });
});
