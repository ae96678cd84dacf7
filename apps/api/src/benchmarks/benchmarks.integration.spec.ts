import type { Benchmarks } from '@rcp/api-contract';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DEMO_DEFAULTS } from '../demo/demo-plan';
import { DemoSeedService } from '../demo/demo-seed.service';

const signIn = (t: TestApp, email: string) =>
  Client.signedIn(t, { email, password: DEMO_PASSWORD });

describe('benchmarks across a generated network (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app
      .get(DemoSeedService)
      .seedIfEmpty({ ...DEMO_DEFAULTS, councils: 30, auditsPerCouncil: 4, seed: 7 });
    coordinator = await signIn(t, 'coordinator@demo.example');
  });
  afterAll(() => t.close());

  it('quartiles, medians and ranks equal PostgreSQL’s own percentile_cont and rank()', async () => {
    const b = (await coordinator.get('/api/v1/benchmarks')).body as Benchmarks;
    const [reference] = await t.sql<{
      n: number;
      min: number;
      q1: number;
      median: number;
      q3: number;
      max: number;
    }>(
      `WITH latest AS (
         SELECT DISTINCT ON (council_id) council_id, index_score FROM audits
          WHERE status = 'submitted' AND index_score IS NOT NULL ORDER BY council_id, period_end DESC, submitted_at DESC)
       SELECT count(*)::int AS n, min(index_score) AS min,
              percentile_cont(0.25) WITHIN GROUP (ORDER BY index_score) AS q1,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY index_score) AS median,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY index_score) AS q3, max(index_score) AS max FROM latest`,
    );
    expect(b.groupSize).toBe(30);
    expect(b.distribution?.count).toBe(reference.n);
    for (const k of ['min', 'q1', 'median', 'q3', 'max'] as const)
      expect(b.distribution?.[k]).toBeCloseTo(reference[k], 9);

    const ranks = await t.sql<{ council_id: string; rank: number }>(
      `WITH latest AS (
         SELECT DISTINCT ON (council_id) council_id, index_score FROM audits
          WHERE status = 'submitted' AND index_score IS NOT NULL ORDER BY council_id, period_end DESC, submitted_at DESC)
       SELECT council_id, (rank() OVER (ORDER BY index_score DESC))::int AS rank FROM latest`,
    );
    for (const r of ranks)
      expect(b.councils.find((c) => c.councilId === r.council_id)?.rank).toBe(r.rank);

    const principle = b.principles[0];
    const [p] = await t.sql<{ median: number }>(
      `WITH latest AS (
         SELECT DISTINCT ON (council_id) id FROM audits WHERE status = 'submitted' AND index_score IS NOT NULL
          ORDER BY council_id, period_end DESC, submitted_at DESC)
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s.index_score) AS median
         FROM audit_principle_scores s JOIN latest l ON l.id = s.audit_id
        WHERE s.perspective = 'leadership' AND s.principle_key = $1 AND s.index_score IS NOT NULL`,
      [principle.key],
    );
    expect(principle.distribution?.median).toBeCloseTo(p.median, 9);

    const [trend] = await t.sql<{ period_end: string; median: number }>(
      `SELECT to_char(period_end, 'YYYY-MM-DD') AS period_end,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY index_score) AS median
         FROM audits WHERE status = 'submitted' AND index_score IS NOT NULL GROUP BY period_end ORDER BY period_end LIMIT 1`,
    );
    expect(b.trend[0].periodEnd).toBe(trend.period_end);
    expect(b.trend[0].median).toBeCloseTo(trend.median, 9);
  });

  it('never gives a council user another council’s name or id without its consent, across many sharing patterns', async () => {
    const councils = await t.sql<{ id: string; name: string; lead: string }>(
      `SELECT c.id, c.name, u.email AS lead FROM councils c JOIN users u ON u.council_id = c.id AND u.role = 'lead' ORDER BY c.name`,
    );
    for (let pattern = 0; pattern < 6; pattern++) {
      // A different mix of named and anonymised councils each time.
      await t.sql(
        `UPDATE councils SET sharing = CASE WHEN (abs(hashtext(id::text || $1)) % 3) = 0 THEN 'named' ELSE 'anonymised' END, version = version + 1`,
        [String(pattern)],
      );
      const consent = new Map(
        (await t.sql<{ id: string; sharing: string }>(`SELECT id, sharing FROM councils`)).map(
          (c) => [c.id, c.sharing],
        ),
      );
      for (const caller of [councils[pattern], councils[councils.length - 1 - pattern]]) {
        const lead = await signIn(t, caller.lead);
        for (const query of ['', '?type=unitary', `?principle=mutual-trust`, '?asAt=2025-12-31']) {
          const raw = (await lead.get(`/api/v1/benchmarks${query}`)).text;
          for (const other of councils) {
            if (other.id === caller.id || consent.get(other.id) === 'named') continue;
            expect(raw).not.toContain(other.id);
            expect(raw).not.toContain(other.name);
          }
        }
        const who = (await lead.get('/api/v1/benchmarks/who-made-it-work?category=continuity'))
          .text;
        for (const other of councils) {
          if (other.id === caller.id || consent.get(other.id) === 'named') continue;
          expect(who).not.toContain(other.id);
          expect(who).not.toContain(other.name);
        }
      }
    }
  });

  it('withholds aggregates for a group smaller than the minimum, and says why', async () => {
    const [{ region }] = await t.sql<{ region: string }>(
      `SELECT region FROM councils GROUP BY region HAVING count(*) BETWEEN 1 AND 4 ORDER BY count(*) LIMIT 1`,
    );
    const [member] = await t.sql<{ lead: string; id: string }>(
      `SELECT u.email AS lead, c.id FROM councils c JOIN users u ON u.council_id = c.id AND u.role = 'lead' WHERE c.region = $1 LIMIT 1`,
      [region],
    );
    const lead = await signIn(t, member.lead);
    const b = (await lead.get(`/api/v1/benchmarks?region=${encodeURIComponent(region)}`))
      .body as Benchmarks;
    expect(b.groupSize).toBeLessThan(5);
    expect(b.distribution).toBeNull();
    expect(b.suppressedReason).toMatch(/at least 5/);
    expect(b.principles.every((p) => p.distribution === null)).toBe(true);
    expect(b.trend.every((p) => p.suppressed && p.median === null)).toBe(true);
    expect(b.councils.every((c) => c.isYou)).toBe(true);
    // Not even a rank: in a group of two, "1st" would tell the other council where it stands.
    expect(b.you?.rank).toBeNull();
    expect(b.councils.every((c) => c.rank === null)).toBe(true);
  });

  it('gives anonymous councils’ figures to whole points, without dates, so one council is harder to match across views', async () => {
    await t.sql(`UPDATE councils SET sharing = 'anonymised'`);
    const [caller] = await t.sql<{ lead: string; id: string }>(
      `SELECT email AS lead, council_id AS id FROM users WHERE role = 'lead' ORDER BY email LIMIT 1`,
    );
    const lead = await signIn(t, caller.lead);
    const b = (await lead.get('/api/v1/benchmarks')).body as Benchmarks;
    const exact = (await coordinator.get('/api/v1/benchmarks')).body as Benchmarks;
    const others = b.councils.filter((c) => !c.isYou);
    expect(others.length).toBeGreaterThan(5);
    for (const c of others) {
      expect(Number.isInteger(c.index)).toBe(true);
      expect(c).toMatchObject({ provisional: null, periodEnd: null, type: null, region: null });
      expect(exact.councils.some((e) => Math.round(e.index) === c.index)).toBe(true);
    }
    // The caller's own figures stay exact, and ranks still come from the exact figures.
    const own = exact.councils.find((c) => c.councilId === caller.id);
    expect(b.you?.index).toBe(own?.index);
    expect(b.you?.rank).toBe(own?.rank);
    expect(b.councils.map((c) => c.rank)).toEqual(exact.councils.map((c) => c.rank));
  });

  it('refuses a principle the current framework does not have, naming the field', async () => {
    const res = await coordinator.get('/api/v1/benchmarks?principle=no-such-principle');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'principle',
        messages: ['is not a principle of the current framework: no-such-principle'],
      },
    ]);
  });

  it('anonymous labels stay put on a repeat view and are drawn afresh for another view or new figures', async () => {
    await t.sql(`UPDATE councils SET sharing = 'anonymised'`);
    const [caller] = await t.sql<{ lead: string; council: string; region: string }>(
      `SELECT u.email AS lead, c.id AS council, c.region FROM users u JOIN councils c ON c.id = u.council_id
        WHERE u.role = 'lead' LIMIT 1`,
    );
    const lead = await signIn(t, caller.lead);
    // Each anonymous entry as "rank:index:label".
    const entries = async (path: string) => {
      const res = await lead.get(path);
      expect(res.status).toBe(200);
      return ((res.body as Benchmarks).councils ?? [])
        .filter((c) => !c.isYou)
        .map((c) => `${c.rank}:${c.index}:${c.label}`);
    };
    const withoutLabels = (list: string[]) => list.map((e) => e.replace(/:[^:]*$/, ''));
    const first = await entries('/api/v1/benchmarks');
    expect(first.length).toBeGreaterThan(5);
    expect(await entries('/api/v1/benchmarks')).toEqual(first);
    // A display group changes nothing a council user sees, but it is another view.
    const other = await entries(
      `/api/v1/benchmarks?showRegion=${encodeURIComponent(caller.region)}`,
    );
    expect(withoutLabels(other)).toEqual(withoutLabels(first));
    expect(other).not.toEqual(first);
    // Another council's new name moves the model on: the same view, new labels.
    await t.sql(
      `UPDATE councils SET name = name || ' (renamed)'
        WHERE id = (SELECT id FROM councils WHERE id <> '${caller.council}' ORDER BY id LIMIT 1)`,
    );
    const later = await entries('/api/v1/benchmarks');
    expect(withoutLabels(later)).toEqual(withoutLabels(first));
    expect(later).not.toEqual(first);
  });

  it('a coordinator sees every name, and can look at a display group within the comparison group', async () => {
    const all = (await coordinator.get('/api/v1/benchmarks')).body as Benchmarks;
    expect(all.councils.every((c) => c.named && c.councilId)).toBe(true);
    const display = (await coordinator.get('/api/v1/benchmarks?showType=unitary'))
      .body as Benchmarks;
    expect(display.councils.every((c) => c.type === 'unitary')).toBe(true);
    expect(display.distribution).toEqual(all.distribution);
  });
});
