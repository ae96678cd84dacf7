import type { AuditListItem, AuditListPage, PutRatingsResponse } from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, applicableCells, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';

describe("a council's audits list (real PostgreSQL)", () => {
  let t: TestApp;
  let councilId: string;
  let lead: Client;
  let draftId: string;
  let draftHeadline: PutRatingsResponse['headline'];
  /** Every audit of the council, in the order the list promises. */
  let expectedOrder: string[];

  const list = (query = '') => lead.get(`/api/v1/councils/${councilId}/audits${query}`);
  const ids = (page: AuditListPage) => page.items.map((a: AuditListItem) => a.id);

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    await registerFromLibrary(lead, councilId);
    // A rated draft, through the API…
    const draft = await anAudit(lead, councilId, {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const [cell] = await applicableCells(lead, draft);
    const put = await lead.put(`/api/v1/audits/${draft.id}/ratings`, {
      version: draft.version,
      ratings: [{ ...cell, value: 1 }],
    });
    draftId = draft.id;
    draftHeadline = (put.body as PutRatingsResponse).headline;
    // …and 24 submitted half-years before it, three of them sharing a period end (ties are
    // broken by the most recently started, then by id, so pages never overlap or skip).
    const framework = (await t.sql<{ id: string }>(`SELECT id FROM framework_versions LIMIT 1`))[0];
    await t.sql(
      `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id,
                           status, submitted_at, index_score, coverage, provisional, created_at)
       SELECT $1::uuid, 'Past ' || n, make_date(2014 + n / 2, 1 + (n % 2) * 6, 1),
              (make_date(2014 + n / 2, 1 + (n % 2) * 6, 1) + interval '6 months - 1 day')::date,
              $2::uuid, 'submitted', now(), n / 10.0, 1, false, now() - n * interval '1 minute'
         FROM generate_series(0, 20) AS n
       UNION ALL
       SELECT $1::uuid, 'Same period ' || n, '2024-07-01'::date, '2024-12-31'::date, $2::uuid, 'submitted', now(), 0, 1,
              false, now() - interval '1 day'
         FROM generate_series(1, 3) AS n`,
      [councilId, framework.id],
    );
    expectedOrder = (
      await t.sql<{ id: string }>(
        `SELECT id FROM audits WHERE council_id = $1
          ORDER BY period_end DESC, created_at DESC, id DESC`,
        [councilId],
      )
    ).map((r) => r.id);
  });
  afterAll(() => t.close());

  it('gives the first 20 audits by default, newest period first, with the total', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    const page = res.body as AuditListPage;
    expect(page.total).toBe(25);
    expect(ids(page)).toEqual(expectedOrder.slice(0, 20));
    expect(page.items[0]).toMatchObject({ id: draftId, status: 'draft', periodEnd: '2026-06-30' });
  });

  it('pages through every audit once, in one stable order, at any page size', async () => {
    for (const limit of [1, 7, 100]) {
      const seen: string[] = [];
      for (let offset = 0; offset < 25; offset += limit) {
        const page = (await list(`?limit=${limit}&offset=${offset}`)).body as AuditListPage;
        expect(page.total).toBe(25);
        expect(page.items.length).toBe(Math.min(limit, 25 - offset));
        seen.push(...ids(page));
      }
      expect(seen).toEqual(expectedOrder);
    }
    expect((await list('?offset=25')).body).toEqual({ items: [], total: 25 });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=2.5', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
    ['page=2', 'page'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const res = await list(`?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it("shows a draft's headline as stored at its version, and scores it again once it is stale", async () => {
    const headlineOf = async () =>
      ((await list()).body as AuditListPage).items.find((a) => a.id === draftId)?.headline;
    expect(await headlineOf()).toEqual(draftHeadline);

    // The list reads the stored figures: it does not score the draft on every read.
    await t.sql(
      `UPDATE audits SET draft_headline = jsonb_set(draft_headline, '{coverage}', '0.5') WHERE id = $1`,
      [draftId],
    );
    expect(await headlineOf()).toEqual({ ...draftHeadline, coverage: 0.5 });

    // A change that did not store new figures (the version moved on): scored again, and stored.
    await t.sql(`UPDATE audits SET version = version + 1 WHERE id = $1`, [draftId]);
    expect(await headlineOf()).toEqual(draftHeadline);
    const [row] = await t.sql<{ stored: number; version: number }>(
      `SELECT draft_headline_version AS stored, version FROM audits WHERE id = $1`,
      [draftId],
    );
    expect(row.stored).toBe(row.version);
  });
});
