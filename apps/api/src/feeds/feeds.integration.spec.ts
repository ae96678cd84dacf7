import type { AuditFeedRow, FeedPage, RatingFeedRow } from '@rcp/api-contract';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'papaparse';
import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';

const demo = (email: string) => ({ email, password: DEMO_PASSWORD });

/** Every row of a JSON feed, following `nextCursor` page by page. */
async function allPages<T>(client: Client, path: string, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await client.get(`${path}?${query}`);
    expect(res.status).toBe(200);
    const page = res.body as FeedPage<T>;
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

/** A CSV feed as objects keyed by its header row (the JSON field names), without the BOM. */
function csvRows(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('data feeds for BI tools (real PostgreSQL, demo network)', () => {
  let t: TestApp;
  let coordinator: Client;
  let lead: Client;
  let viewer: Client;
  let northfieldId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    coordinator = await Client.signedIn(t, demo('coordinator@demo.example'));
    lead = await Client.signedIn(t, demo('lead@northfield.demo.example'));
    viewer = await Client.signedIn(t, demo('viewer@northfield.demo.example'));
    northfieldId = (await lead.get('/api/v1/auth/me')).body.councilId;
  });
  afterAll(() => t.close());

  it("gives a council's people every rating of its submitted audits, page by page, none twice", async () => {
    const pages = await allPages<RatingFeedRow>(
      viewer,
      `/api/v1/councils/${northfieldId}/feeds/ratings`,
      997,
    );
    const rows = pages.flat();
    const [{ count }] = await t.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM ratings r JOIN audits a ON a.id = r.audit_id
        WHERE a.council_id = $1 AND a.status = 'submitted'`,
      [northfieldId],
    );
    expect(count).toBeGreaterThan(997 * 2);
    expect(rows).toHaveLength(count);
    const keys = rows.map((r) => `${r.auditId}/${r.protocolId}/${r.principleKey}/${r.perspective}`);
    expect(new Set(keys).size).toBe(count);
    expect(pages.slice(0, -1).every((p) => p.length === 997)).toBe(true);
    expect(new Set(rows.map((r) => r.councilId))).toEqual(new Set([northfieldId]));

    // One row as stored, field by field.
    const [stored] = await t.sql<{ value: number | null; carried: boolean; name: string }>(
      `SELECT r.value, r.carried_forward AS carried, ap.name FROM ratings r
         JOIN audit_protocols ap USING (audit_id, protocol_id)
        WHERE r.audit_id = $1 AND r.protocol_id = $2 AND r.principle_key = $3 AND r.perspective = $4`,
      [rows[5].auditId, rows[5].protocolId, rows[5].principleKey, rows[5].perspective],
    );
    expect(rows[5]).toMatchObject({
      value: stored.value,
      carriedForward: stored.carried,
      protocolName: stored.name,
      councilName: 'Northfield Borough Council',
    });
  });

  it('leaves out draft audits', async () => {
    const [draft] = await t.sql<{ id: string }>(
      `SELECT a.id FROM audits a WHERE a.status = 'draft' AND EXISTS (SELECT 1 FROM ratings r WHERE r.audit_id = a.id) LIMIT 1`,
    );
    expect(draft).toBeDefined();
    const rows = (
      await allPages<RatingFeedRow>(coordinator, '/api/v1/network/feeds/ratings', 10_000)
    ).flat();
    expect(rows.some((r) => r.auditId === draft.id)).toBe(false);
    const audits = (
      await allPages<AuditFeedRow>(coordinator, '/api/v1/network/feeds/audits', 50)
    ).flat();
    expect(audits.some((a) => a.auditId === draft.id)).toBe(false);
  });

  it('streams the same rows as CSV, with the JSON field names as its header', async () => {
    const json = (
      await allPages<RatingFeedRow>(lead, `/api/v1/councils/${northfieldId}/feeds/ratings`, 5000)
    ).flat();
    const res = await lead.get(`/api/v1/councils/${northfieldId}/feeds/ratings.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ratings.csv"');
    const csv = csvRows(res.text);
    expect(Object.keys(csv[0])).toEqual(Object.keys(json[0]));
    expect(csv).toHaveLength(json.length);
    const asCsv = (r: RatingFeedRow) => ({
      ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])),
    });
    expect(csv[0]).toEqual(asCsv(json[0]));
    expect(csv.at(-1)).toEqual(asCsv(json.at(-1) as RatingFeedRow));
  });

  it("gives the network's submitted audits to coordinators, every active council, as JSON and CSV", async () => {
    const audits = (
      await allPages<AuditFeedRow>(coordinator, '/api/v1/network/feeds/audits', 40)
    ).flat();
    const [{ count, councils }] = await t.sql<{ count: number; councils: number }>(
      `SELECT count(*)::int AS count, count(DISTINCT a.council_id)::int AS councils
         FROM audits a JOIN councils c ON c.id = a.council_id
        WHERE a.status = 'submitted' AND c.archived_at IS NULL`,
    );
    expect(audits).toHaveLength(count);
    expect(new Set(audits.map((a) => a.councilId)).size).toBe(councils);
    const northfield = audits.filter((a) => a.councilId === northfieldId);
    expect(northfield).toHaveLength(6);
    for (const a of northfield) {
      expect(a.index).toEqual(expect.any(Number));
      expect(a.frameworkVersion).toBeGreaterThanOrEqual(1);
      expect(a.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }

    const csv = csvRows((await coordinator.get('/api/v1/network/feeds/audits.csv')).text);
    expect(csv).toHaveLength(count);
    const first = audits[0];
    expect(csv[0]).toMatchObject({
      auditId: first.auditId,
      councilName: first.councilName,
      perspectives: first.perspectives.join(';'),
    });
  });

  it('keeps each council to its own data, and the network to coordinators', async () => {
    const other = await aCouncil(t, { name: 'Feeds Elsewhere Council' });
    const otherLead = await aUser(t, 'lead', other.id);
    const otherClient = await Client.signedIn(t, {
      email: otherLead.email,
      password: TEST_PASSWORD,
    });

    for (const path of ['ratings', 'ratings.csv', 'audits', 'audits.csv']) {
      expect((await otherClient.get(`/api/v1/councils/${northfieldId}/feeds/${path}`)).status).toBe(
        404,
      );
      expect((await viewer.get(`/api/v1/network/feeds/${path}`)).status).toBe(403);
      expect((await coordinator.get(`/api/v1/councils/${northfieldId}/feeds/${path}`)).status).toBe(
        200,
      );
    }
    const own = await otherClient.get(`/api/v1/councils/${other.id}/feeds/audits`);
    expect(own.body).toEqual({ items: [], nextCursor: null });
  });

  it('leaves archived councils out of the network feed', async () => {
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT a.council_id AS id FROM audits a WHERE a.status = 'submitted' AND a.council_id <> $1 LIMIT 1`,
      [northfieldId],
    );
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [id]);
    try {
      const audits = (
        await allPages<AuditFeedRow>(coordinator, '/api/v1/network/feeds/audits', 500)
      ).flat();
      expect(audits.some((a) => a.councilId === id)).toBe(false);
      const csv = (await coordinator.get('/api/v1/network/feeds/ratings.csv')).text;
      expect(csv).not.toContain(id);
    } finally {
      await t.sql(`UPDATE councils SET archived_at = NULL WHERE id = $1`, [id]);
    }
  });

  it('guards CSV cells a spreadsheet would run as formulas, as the other exports do', async () => {
    const [audit] = await t.sql<{ id: string; label: string }>(
      `SELECT id, label FROM audits WHERE council_id = $1 AND status = 'submitted' LIMIT 1`,
      [northfieldId],
    );
    await t.sql(`UPDATE audits SET label = '=HYPERLINK(1)' WHERE id = $1`, [audit.id]);
    try {
      const csv = csvRows(
        (await lead.get(`/api/v1/councils/${northfieldId}/feeds/audits.csv`)).text,
      );
      expect(csv.find((r) => r['auditId'] === audit.id)?.['auditLabel']).toBe("'=HYPERLINK(1)");
      const json = await lead.get(`/api/v1/councils/${northfieldId}/feeds/audits`);
      const row = (json.body as FeedPage<AuditFeedRow>).items.find((a) => a.auditId === audit.id);
      expect(row?.auditLabel).toBe('=HYPERLINK(1)');
    } finally {
      await t.sql(`UPDATE audits SET label = $2 WHERE id = $1`, [audit.id, audit.label]);
    }
  });

  it('frees the database connection of a download cut short, and goes on serving', async () => {
    const copies = async () =>
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE query LIKE 'COPY (SELECT%' AND pid <> pg_backend_pid()`,
        )
      )[0].n;
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const cookie = Object.entries(coordinator.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');

    // A reader who takes the first bytes, then stops reading and goes away.
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/api/v1/network/feeds/ratings.csv',
      headers: { cookie },
    });
    const firstBytes = new Promise<void>((resolve, reject) => {
      req.on('response', (res) => res.once('data', () => (res.pause(), resolve())));
      req.on('error', reject);
    });
    req.end();
    await firstBytes;
    // The server waits on the paused reader: the COPY is still running.
    expect(await copies()).toBe(1);
    req.destroy();

    let left = 1;
    for (let i = 0; i < 50 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await copies();
    }
    expect(left).toBe(0);
    const again = await coordinator.get('/api/v1/network/feeds/audits.csv');
    expect(again.status).toBe(200);
  });

  it('streams at most two whole feeds at once per process, answering 429 to a third', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const cookie = Object.entries(coordinator.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    // Readers who take the first bytes, then stop reading: each keeps its stream open.
    const open = () => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/api/v1/network/feeds/ratings.csv',
        headers: { cookie },
      });
      const status = new Promise<number>((resolve, reject) => {
        req.on('response', (res) =>
          res.once('data', () => (res.pause(), resolve(res.statusCode ?? 0))),
        );
        req.on('error', reject);
      });
      req.end();
      return { req, status };
    };
    // A reader the test before cut off gives its slot back a moment after it goes: until both
    // readers get one, let them go and try again (a slot never given back still fails the test).
    let first = open();
    let second = open();
    let statuses = [await first.status, await second.status];
    for (let i = 0; i < 50 && statuses.some((status) => status !== 200); i++) {
      first.req.destroy();
      second.req.destroy();
      await new Promise((r) => setTimeout(r, 100));
      first = open();
      second = open();
      statuses = [await first.status, await second.status];
    }
    try {
      expect(statuses).toEqual([200, 200]);
      const third = await coordinator.get('/api/v1/network/feeds/audits.csv');
      expect(third.status).toBe(429);
      expect(third.headers['retry-after']).toBe('30');
      expect(third.body.message).toContain('Try again');
    } finally {
      first.req.destroy();
      second.req.destroy();
    }
    // Once they are gone, a download is served again.
    let again = 0;
    for (let i = 0; i < 50 && again !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      again = (await coordinator.get('/api/v1/network/feeds/audits.csv')).status;
    }
    expect(again).toBe(200);
  });

  it('refuses a cursor it did not give out, and page sizes out of range, naming the field', async () => {
    const base = `/api/v1/councils/${northfieldId}/feeds/ratings`;
    for (const cursor of [
      'nonsense',
      Buffer.from('["x"]').toString('base64url'),
      Buffer.from(`["${northfieldId}","${northfieldId}","a b","c"]`).toString('base64url'),
    ]) {
      const res = await lead.get(`${base}?cursor=${cursor}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'cursor', messages: [expect.stringContaining('cursor')] },
      ]);
    }
    // A key the framework allows (letters, digits, - and _) is a valid cursor part.
    const underscored = Buffer.from(
      `["${northfieldId}","${northfieldId}","time_and_care","leadership"]`,
    ).toString('base64url');
    expect((await lead.get(`${base}?cursor=${underscored}`)).status).toBe(200);
    for (const limit of ['0', '10001', 'ten']) {
      const res = await lead.get(`${base}?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('limit');
    }
  });
});
