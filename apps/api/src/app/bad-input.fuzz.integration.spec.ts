import type { FrameworkVersion } from '@rcp/api-contract';
import request from 'supertest';
import {
  BadRequest,
  badRequests,
  MIN_PER_OPERATION,
  OpenApiDocument,
  WriteOperation,
  writeOperations,
} from '../../test/bad-requests';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Generated bad input for every write operation of the API's own OpenAPI document: each request
 * must be refused (400 naming a field; 404 for an unknown path; 413 when too large), never a 5xx,
 * and no table may change. A new write operation is covered as soon as it is in the document; one
 * whose path parameters have no test value here, or whose schema leaves a field unbounded, fails.
 */

/** Tables that change on every request by design: sign-in sessions and rate-limit counters. */
const OPERATIONAL_TABLES = ['sessions', 'rate_limits', 'migrations'];
/** Rows written on bad input by design: the security log of a lead reaching for another council. */
const OPERATIONAL_ROWS: Record<string, string> = { audit_events: "action <> 'access.denied'" };
const SEED = 20_261_213;

interface Answer {
  status: number;
  body: { errors?: { field?: unknown }[] };
}

function related(named: string, field: string): boolean {
  return named === field || named.startsWith(`${field}.`) || field.startsWith(`${named}.`);
}

/** Why the answer is wrong for this bad request, or undefined when it is right. */
function fault(c: BadRequest, res: Answer): string | undefined {
  if (c.expect === 'too-large') return res.status === 413 ? undefined : `${res.status}, not 413`;
  if (c.expect === 'field-or-not-found' && res.status === 404) return undefined;
  if (res.status !== 400) return `${res.status}, not 400`;
  const named = (res.body.errors ?? []).map((e) => e.field);
  if (named.length === 0 || named.some((f) => typeof f !== 'string' || f === ''))
    return 'a 400 without a field named';
  if (c.fields.includes('*')) return undefined;
  const names = named as string[];
  return names.some((n) => c.fields.some((f) => related(n, f)))
    ? undefined
    : `named ${JSON.stringify(names)}, not ${JSON.stringify(c.fields)}`;
}

describe('bad input to every write operation (generated from the OpenAPI document)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let clients: Client[];
  let params: Record<string, string>;
  let known: Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000000' });
    doc = (await t.http.get('/api/v1/openapi.json')).body as OpenApiDocument;
    const council = await aCouncil(t);
    const coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    const lead = await Client.signedIn(t, await aUser(t, 'lead', council.id));
    const managerUser = await aUser(t, 'manager', council.id);
    const manager = await Client.signedIn(t, managerUser);
    const viewer = await aUser(t, 'viewer', council.id);
    clients = [coordinator, lead, manager];

    const [protocol, unplanned] = await registerFromLibrary(lead, council.id);
    const audit = await anAudit(lead, council.id);
    const change = await manager.post(`/api/v1/councils/${council.id}/plan/changes`, {
      kind: 'amend',
      protocolId: protocol.id,
      title: 'Fuzz-tested change',
    });
    const draft = (await coordinator.post('/api/v1/frameworks/versions')).body as FrameworkVersion;
    const invitation = await coordinator.post('/api/v1/invitations', {
      email: 'invitee@test.example',
      displayName: 'Invitee',
      role: 'viewer',
      councilId: council.id,
    });
    if (change.status !== 201 || !draft.number || invitation.status !== 201)
      throw new Error('fixtures failed');
    const principle = draft.scoring.principles[0].key;
    params = {
      councilId: council.id,
      protocolId: protocol.id,
      auditId: audit.id,
      id: change.body.id,
      userId: viewer.id,
      number: String(draft.number),
      layer: 'principle',
      key: principle,
      token: new URL(invitation.body.acceptUrl).pathname.split('/').pop() as string,
      version: String(audit.version),
      revision: String(draft.revision),
      table: 'register',
    };
    known = {
      // A base body valid in every way, so a bad value that slipped through would be stored.
      protocolId: unplanned.id,
      role: 'viewer',
      principleKey: principle,
      category: protocol.category,
      councilId: council.id,
      ownerUserId: managerUser.id,
      'keys[]': protocol.libraryKey,
    };
  }, 60_000);
  afterAll(() => t.close());

  async function fingerprint(): Promise<Record<string, string>> {
    const tables = await t.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.filter((x) => !OPERATIONAL_TABLES.includes(x.name))) {
      const [row] = await t.sql<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h
           FROM "${name}" x WHERE ${OPERATIONAL_ROWS[name] ?? 'true'}`,
      );
      result[name] = `${row.n} rows, ${row.h}`;
    }
    return result;
  }

  function send(client: Client, method: string, c: BadRequest): Promise<Answer> {
    let req = request(t.app.getHttpServer())[method as 'post'](c.url);
    req = req.set(
      'Cookie',
      Object.entries(client.cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    );
    if (client.xsrf) req = req.set('X-XSRF-TOKEN', client.xsrf);
    const { body } = c;
    if (body.kind === 'json' || body.kind === 'raw') {
      const text = body.kind === 'json' ? JSON.stringify(body.value) : body.text;
      return req.set('Content-Type', 'application/json').send(text);
    }
    if (body.kind === 'form') {
      for (const [name, value] of Object.entries(body.fields)) req = req.field(name, value);
    }
    return req;
  }

  /** The first client the operation lets through (a field it does not take → 400, not 401/403). */
  async function privileged(op: WriteOperation, first: BadRequest): Promise<Client> {
    for (const client of clients) {
      const probe: BadRequest = { ...first, body: { kind: 'json', value: { zzProbe: 1 } } };
      const res = await send(client, op.method, probe);
      if (res.status !== 401 && res.status !== 403) return client;
    }
    throw new Error(`${op.method} ${op.path}: no test user may call it`);
  }

  it('covers every write operation in the document with at least 100 bad requests', () => {
    const operations = writeOperations(doc);
    expect(operations.length).toBeGreaterThan(25);
    const counts = operations.map((op, i) => ({
      operation: `${op.method.toUpperCase()} ${op.path}`,
      enough: badRequests(doc, op, params, known, SEED + i).length >= MIN_PER_OPERATION,
    }));
    expect(counts.filter((c) => !c.enough)).toEqual([]);
  });

  it('refuses every bad request with a field named, never a 5xx, and writes nothing', async () => {
    const faults: string[] = [];
    let sent = 0;
    for (const [i, op] of writeOperations(doc).entries()) {
      const name = `${op.method.toUpperCase()} ${op.path}`;
      const cases = badRequests(doc, op, params, known, SEED + i);
      const client = await privileged(op, cases[0]);
      const before = await fingerprint();
      let shown = 0;
      for (const c of cases) {
        const res = await send(client, op.method, c);
        sent++;
        const why = fault(c, res);
        // A few per operation: one broken rule tends to fail many requests the same way.
        if (why && shown++ < 4)
          faults.push(`${name} ${c.label}: ${why} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
      const after = await fingerprint();
      for (const table of Object.keys({ ...before, ...after }))
        if (before[table] !== after[table]) faults.push(`${name}: wrote to ${table}`);
      if ((await client.get('/api/v1/auth/me')).status !== 200)
        faults.push(`${name}: the user was signed out`);
    }
    expect(faults.slice(0, 40)).toEqual([]);
    expect(sent).toBeGreaterThan(2500);
  }, 180_000);
});
