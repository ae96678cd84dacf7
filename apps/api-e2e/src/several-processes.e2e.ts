import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  aDataDir,
  aPort,
  ApiProcess,
  removeDataDirs,
  startApi,
  stop,
  waitForHealth,
  workspaceRoot,
} from './api-process';
import { call, Session, signIn } from './support/api-client';
import { StandalonePostgres } from './support/standalone-postgres';

// How the product scales past one machine: several API processes on one DATABASE_URL. Everything
// that must hold across them lives in PostgreSQL (schema version, sessions, sign-in counts, data).

const DEMO_PASSWORD = 'demo-password-1234';
/** LOGIN_FAILURE_LIMIT given to both processes: this many failures, then sign-in is refused. */
const FAILURE_LIMIT = 4;

/** The migrations the API ships, by timestamp (from their file names). */
function shippedMigrations(): string[] {
  return readdirSync(join(workspaceRoot, 'apps/api/src/database/migrations'))
    .map((file) => /^(\d+)-.+\.ts$/.exec(file)?.[1])
    .filter((timestamp): timestamp is string => timestamp !== undefined)
    .sort();
}

/** A value of the same direction that needs no evidence: 0 ↔ 1. */
function nudged(value: number | null): number {
  return value === 0 ? 1 : 0;
}

interface AuditPage {
  items: Array<{ id: string; status: string; headline: Record<string, unknown> }>;
  total: number;
}

describe('two API processes on one database', () => {
  let pg: StandalonePostgres;
  let a: ApiProcess;
  let b: ApiProcess;
  // Signed in up front: the failure test below uses up this address's sign-in attempts.
  let coordinator: Session;
  let lead: Session;

  beforeAll(async () => {
    pg = await StandalonePostgres.start();
    const env = async () => ({
      PORT: String(aPort()),
      DATA_DIR: await aDataDir(),
      DATABASE_URL: pg.url,
      DEMO: 'true',
      LOGIN_FAILURE_LIMIT: String(FAILURE_LIMIT),
    });
    const [envA, envB] = [await env(), await env()];
    // Started at the same moment on an empty database: both find migrations to run.
    [a, b] = [startApi(envA), startApi(envB)];
    await Promise.all([waitForHealth(a.port), waitForHealth(b.port)]);
    coordinator = await sessionOn(a, 'coordinator@demo.example');
    lead = await sessionOn(a, 'lead@northfield.demo.example');
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((api) => stop(api)));
    await pg?.exit();
    await removeDataDirs();
  });

  async function sessionOn(api: ApiProcess, email: string): Promise<Session> {
    const { status, session } = await signIn(api.port, email, DEMO_PASSWORD);
    if (status !== 200 || !session) throw new Error(`${email} could not sign in (${status})`);
    return session;
  }

  it('both start, having run every migration exactly once, and the demo network is seeded once', async () => {
    const applied = await pg.query<{ timestamp: string; times: number }>(
      `SELECT timestamp::text, count(*)::int AS times FROM migrations GROUP BY timestamp ORDER BY timestamp`,
    );
    expect(applied).toEqual(shippedMigrations().map((timestamp) => ({ timestamp, times: 1 })));
    // Neither process failed over the other's migration and only got up on a retry.
    expect(a.output() + b.output()).not.toMatch(/Unable to connect to the database|already exists/);

    const [councils] = await pg.query<{ all: number; names: number }>(
      `SELECT count(*)::int AS all, count(DISTINCT name)::int AS names FROM councils`,
    );
    expect(councils.all).toBeGreaterThan(0);
    expect(councils.names).toBe(councils.all);
    const [seeded] = await pg.query<{ times: number }>(
      `SELECT count(*)::int AS times FROM audit_events WHERE action = 'demo.seeded'`,
    );
    expect(seeded.times).toBe(1);
    const [coordinators] = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE email = 'coordinator@demo.example'`,
    );
    expect(coordinators.n).toBe(1);
  });

  it('a session started on one process works on the other, for reads and writes', async () => {
    const me = await call<{ email: string }>(b.port, coordinator, 'GET', '/auth/me');
    expect(me).toMatchObject({ status: 200, body: { email: 'coordinator@demo.example' } });

    // A write on B with the session (and XSRF token) A issued: signing out.
    const other = await sessionOn(a, 'viewer@northfield.demo.example');
    expect((await call(b.port, other, 'POST', '/auth/logout')).status).toBe(204);
    expect((await call(a.port, other, 'GET', '/auth/me')).status).toBe(401);
  });

  it('a write through one process is read through the other at once', async () => {
    const { body: me } = await call<{ councilId: string }>(a.port, lead, 'GET', '/auth/me');
    const councilId = me.councilId;

    const created = await call<{ id: string }>(
      a.port,
      lead,
      'POST',
      `/councils/${councilId}/protocols`,
      {
        name: 'Written on process A',
        category: 'time-and-caseload',
        type: 'procedure',
        serviceArea: 'Housing',
        scope: 'organisational',
        contextNeed: 'mixed',
        reach: 'low',
        basis: 'local-practice',
      },
    );
    expect(created).toMatchObject({ status: 201 });
    const onB = await call<{ name: string }>(
      b.port,
      lead,
      'GET',
      `/councils/${councilId}/protocols/${created.body.id}`,
    );
    expect(onB).toMatchObject({ status: 200, body: { name: 'Written on process A' } });

    // A rating changed through A: B's audit and B's audits list show it (no stale copy anywhere).
    const list = await call<AuditPage>(a.port, lead, 'GET', `/councils/${councilId}/audits`);
    const draft = list.body.items.find((item) => item.status === 'draft');
    const audit = await call<{
      version: number;
      ratings: Array<{
        protocolId: string;
        principleKey: string;
        perspective: string;
        value: number | null;
      }>;
    }>(a.port, lead, 'GET', `/audits/${draft?.id}`);
    const [cell] = audit.body.ratings;
    const put = await call<{ headline: Record<string, unknown> }>(
      a.port,
      lead,
      'PUT',
      `/audits/${draft?.id}/ratings`,
      {
        version: audit.body.version,
        ratings: [
          {
            protocolId: cell.protocolId,
            principleKey: cell.principleKey,
            perspective: cell.perspective,
            value: nudged(cell.value),
          },
        ],
      },
    );
    expect(put).toMatchObject({ status: 200 });

    const readOnB = await call<{ version: number; ratings: typeof audit.body.ratings }>(
      b.port,
      lead,
      'GET',
      `/audits/${draft?.id}`,
    );
    expect(readOnB.body.version).toBe(audit.body.version + 1);
    expect(readOnB.body.ratings).toContainEqual(
      expect.objectContaining({
        protocolId: cell.protocolId,
        principleKey: cell.principleKey,
        value: nudged(cell.value),
      }),
    );
    const listOnB = await call<AuditPage>(b.port, lead, 'GET', `/councils/${councilId}/audits`);
    expect(listOnB.body.items.find((item) => item.id === draft?.id)?.headline).toEqual(
      put.body.headline,
    );
  });

  it('failed sign-ins spread over both processes count as one, and the wait holds on both', async () => {
    const email = 'manager@northfield.demo.example';
    // Alternating processes: FAILURE_LIMIT wrong passwords, all from this test's one address.
    for (let i = 0; i < FAILURE_LIMIT; i++) {
      expect((await signIn([a, b][i % 2].port, email, 'wrong')).status).toBe(401);
    }

    // One counter for the account at this address, holding every failure from both processes
    // (per-process counters would hold FAILURE_LIMIT / 2 each, or nothing in the database). Read
    // from PostgreSQL rather than by racing the first wait, which is only a second long.
    const counters = await pg.query<{ hits: number }>(
      `SELECT hits FROM rate_limits WHERE key LIKE $1`,
      [`sign-in:account-at-address:% ${email}`],
    );
    expect(counters).toEqual([{ hits: FAILURE_LIMIT }]);

    // While the wait lasts, either process refuses even the right password. The wait is made
    // long here so the check does not race the clock on a busy machine.
    await pg.query(
      `UPDATE rate_limits SET blocked_until = now() + interval '5 minutes' WHERE key LIKE $1`,
      [`sign-in:account-at-address:% ${email}`],
    );
    expect((await signIn(a.port, email, DEMO_PASSWORD)).status).toBe(429);
    expect((await signIn(b.port, email, DEMO_PASSWORD)).status).toBe(429);
  });
});
