import { randomUUID } from 'node:crypto';
import { aCouncil, aUser, Client, TEST_PASSWORD, TestUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Every operation in the OpenAPI document, called as each kind of caller, with the status each
 * must get. Another council's data is refused with 404, exactly like data that does not exist.
 * An operation missing from MATRIX fails the test: a new endpoint must say who may call it.
 */
const PERSONAS = ['anonymous', 'coordinator', 'leadA', 'managerA', 'viewerA', 'leadB'] as const;
type Persona = (typeof PERSONAS)[number];
type Expected = Record<Persona, number>;

interface World {
  t: TestApp;
  councilA: string;
  councilB: string;
  freshCouncil(): Promise<string>;
  freshUserOfA(): Promise<TestUser>;
  /** A viewer of council A invited (with an open invitation) or deactivated, at version 1. */
  personOfA(status: 'invited' | 'deactivated'): Promise<TestUser>;
  councilVersion(id: string): Promise<number>;
  /** A framework draft to edit (created if none exists). */
  draft(): Promise<{ number: number; revision: number; behaviourKey: string }>;
  /** Removes any framework draft, so a new one can be started. */
  noDraft(): Promise<void>;
  /** A protocol of council A's register. */
  protocolOfA(): Promise<{ id: string; version: number }>;
  /** A draft audit of council A with one applicable cell to rate. */
  noOpenAuditOfA(): Promise<void>;
  draftAuditOfA(): Promise<{
    id: string;
    version: number;
    protocolId: string;
    principleKey: string;
  }>;
  /** A submitted audit of council A. */
  submittedAuditOfA(): Promise<{ id: string; version: number }>;
  /** A proposed planned change (amend) of a fresh protocol of council A. */
  planChangeOfA(): Promise<{ id: string; version: number }>;
}

const CSV = [
  'Name,Category,Type,Service area,Scope,Context need,Reach,Basis',
  'Matrix import,Continuity,Procedure,Housing,Organisational protocol,Relational,High,Local practice',
].join('\r\n');

interface Case {
  call(w: World): Promise<{ path: string; body?: object; upload?: string }>;
  expect: Expected;
}

const everyone = (status: number): Expected => ({
  anonymous: status,
  coordinator: status,
  leadA: status,
  managerA: status,
  viewerA: status,
  leadB: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
const coordinatorOnly = (status: number): Expected => ({
  anonymous: 401,
  coordinator: status,
  leadA: 403,
  managerA: 403,
  viewerA: 403,
  leadB: 403,
});
/** Coordinators and council A's lead; other roles 403; council B's lead 404 (not their council). */
const coordinatorOrLeadOfA = (status: number): Expected => ({
  anonymous: 401,
  coordinator: status,
  leadA: status,
  managerA: 403,
  viewerA: 403,
  leadB: 404,
});

/** Council A's managers and lead; coordinators and viewers 403; council B's lead 404. */
const plannersOfA = (status: number): Expected => ({
  anonymous: 401,
  coordinator: 403,
  leadA: status,
  managerA: status,
  viewerA: 403,
  leadB: 404,
});
const readersOfA = (status: number): Expected => ({ ...signedIn(status), leadB: 404 });

/** Council A's lead only; other roles 403; council B's lead 404 (not their council). */
const leadOfAOnly = (status: number): Expected => ({
  anonymous: 401,
  coordinator: 403,
  leadA: status,
  managerA: 403,
  viewerA: 403,
  leadB: 404,
});

/** An API token row of a council (made by its lead) or of the network (by a coordinator). */
async function aTokenRow(w: World, councilId: string | null): Promise<string> {
  const [row] = await w.t.sql<{ id: string }>(
    `INSERT INTO api_tokens (name, token_hash, prefix, council_id, created_by, expires_at)
     SELECT $1, $2, 'rcp_matrix', $3::uuid, u.id, now() + interval '1 day' FROM users u
      WHERE u.council_id IS NOT DISTINCT FROM $3::uuid AND u.role IN ('lead', 'coordinator')
      LIMIT 1
     RETURNING id`,
    [`Matrix ${randomUUID()}`, randomUUID(), councilId],
  );
  return row.id;
}
const newToken = () => ({
  name: `Matrix ${randomUUID().slice(0, 8)}`,
  expiresOn: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
});

const MATRIX: Record<string, Case> = {
  'GET /api/v1/health': { call: async () => ({ path: '/api/v1/health' }), expect: everyone(200) },
  'GET /api/v1/auth/sign-in-options': {
    call: async () => ({ path: '/api/v1/auth/sign-in-options' }),
    expect: everyone(200),
  },
  'POST /api/v1/auth/login': {
    call: async (w) => {
      const user = await w.freshUserOfA();
      return { path: '/api/v1/auth/login', body: { email: user.email, password: TEST_PASSWORD } };
    },
    expect: everyone(200),
  },
  'POST /api/v1/auth/logout': {
    call: async () => ({ path: '/api/v1/auth/logout' }),
    expect: signedIn(204),
  },
  'GET /api/v1/auth/session': {
    call: async () => ({ path: '/api/v1/auth/session' }),
    expect: everyone(200),
  },
  'GET /api/v1/auth/me': { call: async () => ({ path: '/api/v1/auth/me' }), expect: signedIn(200) },
  'GET /api/v1/invitations/{token}': {
    call: async () => ({ path: `/api/v1/invitations/unknown-${randomUUID()}` }),
    expect: everyone(404),
  },
  'POST /api/v1/invitations/{token}/accept': {
    call: async () => ({
      path: `/api/v1/invitations/unknown-${randomUUID()}/accept`,
      body: { password: 'a perfectly fine passphrase' },
    }),
    expect: everyone(404),
  },
  'GET /api/v1/councils': {
    call: async () => ({ path: '/api/v1/councils' }),
    expect: signedIn(200),
  },
  'POST /api/v1/councils': {
    call: async () => ({
      path: '/api/v1/councils',
      body: {
        name: `Matrix ${randomUUID().slice(0, 8)} Council`,
        type: 'district',
        region: 'Wales',
        populationBand: 'under-150k',
      },
    }),
    expect: coordinatorOnly(201),
  },
  'GET /api/v1/councils/{councilId}': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'PATCH /api/v1/councils/{councilId}': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}`,
      body: { region: 'North West', version: await w.councilVersion(w.councilA) },
    }),
    expect: coordinatorOnly(200),
  },
  'PUT /api/v1/councils/{councilId}/sharing': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/sharing`,
      body: { sharing: 'named', version: await w.councilVersion(w.councilA) },
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'POST /api/v1/councils/{councilId}/archive': {
    call: async (w) => ({ path: `/api/v1/councils/${await w.freshCouncil()}/archive` }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/councils/{councilId}/restore': {
    call: async (w) => ({ path: `/api/v1/councils/${await w.freshCouncil()}/restore` }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/users': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/users` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/users': {
    call: async () => ({ path: '/api/v1/users' }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/invitations': {
    call: async (w) => ({
      path: '/api/v1/invitations',
      body: {
        email: `invitee-${randomUUID()}@test.example`,
        displayName: 'New Person',
        role: 'viewer',
        councilId: w.councilA,
      },
    }),
    expect: coordinatorOrLeadOfA(201),
  },
  'POST /api/v1/users/{userId}/deactivate': {
    call: async (w) => ({ path: `/api/v1/users/${(await w.freshUserOfA()).id}/deactivate` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/invitations': {
    call: async () => ({ path: '/api/v1/invitations' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/invitations': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/invitations` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'PUT /api/v1/users/{userId}/role': {
    call: async (w) => ({
      path: `/api/v1/users/${(await w.freshUserOfA()).id}/role`,
      body: { role: 'manager', version: 1 },
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'POST /api/v1/users/{userId}/reactivate': {
    call: async (w) => ({
      path: `/api/v1/users/${(await w.personOfA('deactivated')).id}/reactivate`,
      body: { version: 1 },
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'POST /api/v1/users/{userId}/invitation/resend': {
    call: async (w) => ({
      path: `/api/v1/users/${(await w.personOfA('invited')).id}/invitation/resend`,
      body: { version: 1 },
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'POST /api/v1/users/{userId}/invitation/revoke': {
    call: async (w) => ({
      path: `/api/v1/users/${(await w.personOfA('invited')).id}/invitation/revoke`,
      body: { version: 1 },
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/frameworks/current': {
    call: async () => ({ path: '/api/v1/frameworks/current' }),
    expect: signedIn(200),
  },
  'GET /api/v1/frameworks/versions': {
    call: async () => ({ path: '/api/v1/frameworks/versions' }),
    expect: signedIn(200),
  },
  'GET /api/v1/frameworks/compare': {
    call: async () => ({ path: '/api/v1/frameworks/compare?from=1&to=1' }),
    expect: signedIn(200),
  },
  'GET /api/v1/frameworks/versions/{number}': {
    call: async () => ({ path: '/api/v1/frameworks/versions/1' }),
    expect: signedIn(200),
  },
  'POST /api/v1/frameworks/versions': {
    call: async (w) => {
      await w.noDraft();
      return { path: '/api/v1/frameworks/versions' };
    },
    expect: coordinatorOnly(201),
  },
  'PATCH /api/v1/frameworks/versions/{number}': {
    call: async (w) => {
      const d = await w.draft();
      return {
        path: `/api/v1/frameworks/versions/${d.number}`,
        body: { notes: 'Matrix', revision: d.revision },
      };
    },
    expect: coordinatorOnly(200),
  },
  'DELETE /api/v1/frameworks/versions/{number}': {
    call: async (w) => {
      const d = await w.draft();
      return { path: `/api/v1/frameworks/versions/${d.number}?revision=${d.revision}` };
    },
    expect: coordinatorOnly(204),
  },
  'PUT /api/v1/frameworks/versions/{number}/items/{layer}/{key}': {
    call: async (w) => {
      const d = await w.draft();
      return {
        path: `/api/v1/frameworks/versions/${d.number}/items/principle/matrix-${randomUUID().slice(0, 8)}`,
        body: {
          title: 'Matrix',
          description: 'A principle',
          weight: 1,
          contexts: ['mixed'],
          relational: false,
          revision: d.revision,
        },
      };
    },
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/frameworks/versions/{number}/items/{layer}/{key}/retire': {
    call: async (w) => {
      const d = await w.draft();
      return {
        path: `/api/v1/frameworks/versions/${d.number}/items/behaviour/${d.behaviourKey}/retire`,
        body: { revision: d.revision },
      };
    },
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/frameworks/versions/{number}/publish': {
    call: async (w) => {
      const d = await w.draft();
      return {
        path: `/api/v1/frameworks/versions/${d.number}/publish`,
        body: { revision: d.revision, releaseNotes: 'What changed.' },
      };
    },
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/protocol-library': {
    call: async () => ({ path: '/api/v1/protocol-library?q=caseload' }),
    expect: signedIn(200),
  },
  'GET /api/v1/councils/{councilId}/protocols': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/protocols` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'POST /api/v1/councils/{councilId}/protocols': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/protocols`,
      body: {
        name: `Matrix ${randomUUID().slice(0, 8)}`,
        category: 'continuity',
        type: 'procedure',
        serviceArea: 'Housing',
        scope: 'organisational',
        contextNeed: 'relational',
        reach: 'high',
        basis: 'assumed',
      },
    }),
    expect: leadOfAOnly(201),
  },
  'POST /api/v1/councils/{councilId}/protocols/from-library': {
    call: async (w) => {
      await w.t.sql(
        `DELETE FROM audit_protocols WHERE protocol_id IN (SELECT id FROM protocols WHERE library_key = 'named-worker')`,
      );
      await w.t.sql(`DELETE FROM protocols WHERE library_key = 'named-worker'`);
      return {
        path: `/api/v1/councils/${w.councilA}/protocols/from-library`,
        body: { keys: ['named-worker'] },
      };
    },
    expect: leadOfAOnly(201),
  },
  'GET /api/v1/councils/{councilId}/protocols/export.csv': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/protocols/export.csv` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'POST /api/v1/councils/{councilId}/protocols/import/preview': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/protocols/import/preview`,
      upload: CSV,
    }),
    expect: leadOfAOnly(200),
  },
  'POST /api/v1/councils/{councilId}/protocols/import': {
    call: async (w) => {
      await w.t.sql(
        `DELETE FROM audit_protocols WHERE protocol_id IN (SELECT id FROM protocols WHERE name = 'Matrix import')`,
      );
      await w.t.sql(`DELETE FROM protocols WHERE name = 'Matrix import'`);
      return { path: `/api/v1/councils/${w.councilA}/protocols/import`, upload: CSV };
    },
    expect: leadOfAOnly(201),
  },
  'GET /api/v1/councils/{councilId}/protocols/{protocolId}': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/protocols/${(await w.protocolOfA()).id}`,
    }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'PATCH /api/v1/councils/{councilId}/protocols/{protocolId}': {
    call: async (w) => {
      const p = await w.protocolOfA();
      return {
        path: `/api/v1/councils/${w.councilA}/protocols/${p.id}`,
        body: { owner: 'Matrix', version: p.version },
      };
    },
    expect: leadOfAOnly(200),
  },
  'POST /api/v1/councils/{councilId}/protocols/{protocolId}/retire': {
    call: async (w) => {
      const p = await w.protocolOfA();
      return {
        path: `/api/v1/councils/${w.councilA}/protocols/${p.id}/retire`,
        body: { reason: 'Matrix', version: p.version },
      };
    },
    expect: leadOfAOnly(200),
  },
  'GET /api/v1/councils/{councilId}/protocols/{protocolId}/story': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/protocols/${(await w.protocolOfA()).id}/story`,
    }),
    expect: readersOfA(200),
  },
  'POST /api/v1/councils/{councilId}/protocols/{protocolId}/restore': {
    call: async (w) => {
      const p = await w.protocolOfA();
      await w.t.sql(
        `UPDATE protocols SET status = 'retired', retired_at = now(), retired_reason = 'Matrix' WHERE id = $1`,
        [p.id],
      );
      return {
        path: `/api/v1/councils/${w.councilA}/protocols/${p.id}/restore`,
        body: { reason: 'Matrix', version: p.version },
      };
    },
    expect: leadOfAOnly(200),
  },
  'GET /api/v1/councils/{councilId}/audits': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/audits` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'POST /api/v1/councils/{councilId}/audits': {
    call: async (w) => {
      await w.noOpenAuditOfA(); // a council has one open draft at a time
      return {
        path: `/api/v1/councils/${w.councilA}/audits`,
        body: { label: 'Matrix audit', periodStart: '2026-01-01', periodEnd: '2026-06-30' },
      };
    },
    expect: leadOfAOnly(201),
  },
  'DELETE /api/v1/audits/{auditId}': {
    call: async (w) => {
      const a = await w.draftAuditOfA();
      return { path: `/api/v1/audits/${a.id}?version=${a.version}` };
    },
    expect: leadOfAOnly(204),
  },
  'GET /api/v1/audits/{auditId}': {
    call: async (w) => ({ path: `/api/v1/audits/${(await w.draftAuditOfA()).id}` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'PUT /api/v1/audits/{auditId}/ratings': {
    call: async (w) => {
      const a = await w.draftAuditOfA();
      return {
        path: `/api/v1/audits/${a.id}/ratings`,
        body: {
          version: a.version,
          ratings: [{ protocolId: a.protocolId, principleKey: a.principleKey, value: 1 }],
        },
      };
    },
    expect: leadOfAOnly(200),
  },
  'POST /api/v1/audits/{auditId}/submit': {
    call: async (w) => {
      const a = await w.draftAuditOfA();
      return { path: `/api/v1/audits/${a.id}/submit`, body: { version: a.version } };
    },
    expect: leadOfAOnly(200),
  },
  'POST /api/v1/audits/{auditId}/reopen': {
    call: async (w) => {
      const a = await w.submittedAuditOfA();
      return {
        path: `/api/v1/audits/${a.id}/reopen`,
        body: { version: a.version, reason: 'Matrix' },
      };
    },
    expect: leadOfAOnly(200),
  },
  'GET /api/v1/audits/{auditId}/trail': {
    call: async (w) => ({ path: `/api/v1/audits/${(await w.draftAuditOfA()).id}/trail` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'GET /api/v1/councils/{councilId}/dashboard': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/dashboard` }),
    expect: { ...signedIn(200), leadB: 404 },
  },
  'GET /api/v1/councils/{councilId}/report': {
    call: async (w) => {
      await w.submittedAuditOfA();
      return { path: `/api/v1/councils/${w.councilA}/report` };
    },
    expect: readersOfA(200),
  },
  'GET /api/v1/councils/{councilId}/getting-started': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/getting-started` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/benchmarks': {
    call: async () => ({ path: '/api/v1/benchmarks' }),
    expect: signedIn(200),
  },
  'GET /api/v1/benchmarks/who-made-it-work': {
    call: async () => ({ path: '/api/v1/benchmarks/who-made-it-work?category=continuity' }),
    expect: signedIn(200),
  },
  'GET /api/v1/network/overview': {
    call: async () => ({ path: '/api/v1/network/overview' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/plan/changes': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/plan/changes` }),
    expect: readersOfA(200),
  },
  'POST /api/v1/councils/{councilId}/plan/changes': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/plan/changes`,
      body: { kind: 'amend', protocolId: (await w.protocolOfA()).id, title: 'Matrix change' },
    }),
    expect: plannersOfA(201),
  },
  'GET /api/v1/councils/{councilId}/plan/suggested-targets': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/plan/suggested-targets?protocolId=${(await w.protocolOfA()).id}`,
    }),
    expect: readersOfA(200),
  },
  'GET /api/v1/councils/{councilId}/plan/projection': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/plan/projection` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/councils/{councilId}/plan/achievement': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/plan/achievement` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/councils/{councilId}/plan/suggestions': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/plan/suggestions` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/councils/{councilId}/plan/export.csv': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/plan/export.csv` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/plan-changes/{id}': {
    call: async (w) => ({ path: `/api/v1/plan-changes/${(await w.planChangeOfA()).id}` }),
    expect: readersOfA(200),
  },
  'PATCH /api/v1/plan-changes/{id}': {
    call: async (w) => {
      const c = await w.planChangeOfA();
      return {
        path: `/api/v1/plan-changes/${c.id}`,
        body: { version: c.version, priority: 'high' },
      };
    },
    expect: plannersOfA(200),
  },
  'POST /api/v1/plan-changes/{id}/status': {
    call: async (w) => {
      const c = await w.planChangeOfA();
      return {
        path: `/api/v1/plan-changes/${c.id}/status`,
        body: { version: c.version, status: 'agreed' },
      };
    },
    expect: plannersOfA(200),
  },
  'POST /api/v1/plan-changes/{id}/notes': {
    call: async (w) => ({
      path: `/api/v1/plan-changes/${(await w.planChangeOfA()).id}/notes`,
      body: { text: 'Matrix note' },
    }),
    expect: plannersOfA(201),
  },
  'GET /api/v1/network/plans': {
    call: async () => ({ path: '/api/v1/network/plans' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/feeds/ratings': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/feeds/ratings` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/network/feeds/ratings': {
    call: async () => ({ path: '/api/v1/network/feeds/ratings' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/feeds/ratings.csv': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/feeds/ratings.csv` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/network/feeds/ratings.csv': {
    call: async () => ({ path: '/api/v1/network/feeds/ratings.csv' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/feeds/audits': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/feeds/audits` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/network/feeds/audits': {
    call: async () => ({ path: '/api/v1/network/feeds/audits' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/councils/{councilId}/feeds/audits.csv': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/feeds/audits.csv` }),
    expect: readersOfA(200),
  },
  'GET /api/v1/network/feeds/audits.csv': {
    call: async () => ({ path: '/api/v1/network/feeds/audits.csv' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/audit-events': {
    call: async (w) => ({ path: `/api/v1/audit-events?councilId=${w.councilA}` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/audit-events/actions': {
    call: async (w) => ({ path: `/api/v1/audit-events/actions?councilId=${w.councilA}` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/audit-events/export.csv': {
    call: async (w) => ({
      path: `/api/v1/audit-events/export.csv?councilId=${w.councilA}&action=user.invited`,
    }),
    expect: coordinatorOrLeadOfA(200),
  },
  'GET /api/v1/me/table-views': {
    call: async () => ({ path: '/api/v1/me/table-views' }),
    expect: signedIn(200),
  },
  'PUT /api/v1/me/table-views/{table}': {
    call: async () => ({
      path: '/api/v1/me/table-views/register',
      body: { columns: ['name', 'owner'], sort: { column: 'owner', direction: 'ascending' } },
    }),
    expect: signedIn(200),
  },
  'GET /api/v1/councils/{councilId}/api-tokens': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/api-tokens` }),
    expect: coordinatorOrLeadOfA(200),
  },
  'POST /api/v1/councils/{councilId}/api-tokens': {
    call: async (w) => ({ path: `/api/v1/councils/${w.councilA}/api-tokens`, body: newToken() }),
    expect: leadOfAOnly(201),
  },
  'DELETE /api/v1/councils/{councilId}/api-tokens/{id}': {
    call: async (w) => ({
      path: `/api/v1/councils/${w.councilA}/api-tokens/${await aTokenRow(w, w.councilA)}`,
    }),
    expect: coordinatorOrLeadOfA(204),
  },
  'GET /api/v1/network/api-tokens': {
    call: async () => ({ path: '/api/v1/network/api-tokens' }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/network/api-tokens': {
    call: async () => ({ path: '/api/v1/network/api-tokens', body: newToken() }),
    expect: coordinatorOnly(201),
  },
  'DELETE /api/v1/network/api-tokens/{id}': {
    call: async (w) => ({ path: `/api/v1/network/api-tokens/${await aTokenRow(w, null)}` }),
    expect: coordinatorOnly(204),
  },
};

describe('permission matrix: every operation × every kind of caller', () => {
  let t: TestApp;
  let world: World;
  let people: Record<Exclude<Persona, 'anonymous'>, TestUser>;
  let operations: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const councilA = (await aCouncil(t)).id;
    const councilB = (await aCouncil(t)).id;
    people = {
      coordinator: await aUser(t, 'coordinator', null),
      leadA: await aUser(t, 'lead', councilA),
      managerA: await aUser(t, 'manager', councilA),
      viewerA: await aUser(t, 'viewer', councilA),
      leadB: await aUser(t, 'lead', councilB),
    };
    world = {
      t,
      councilA,
      councilB,
      freshCouncil: async () => (await aCouncil(t)).id,
      freshUserOfA: () => aUser(t, 'viewer', councilA),
      personOfA: async (status) => {
        const person = await aUser(t, 'viewer', councilA, { status });
        if (status === 'invited') {
          await t.sql(
            `INSERT INTO invitations (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
            [`matrix-${randomUUID()}`, person.id],
          );
        }
        return person;
      },
      draft: async () => {
        const coordinator = await Client.signedIn(t, people.coordinator);
        const versions = (await coordinator.get('/api/v1/frameworks/versions')).body as Array<{
          number: number;
          status: string;
        }>;
        const existing = versions.find((v) => v.status === 'draft');
        const draftNumber = existing
          ? existing.number
          : ((await coordinator.post('/api/v1/frameworks/versions')).body as { number: number })
              .number;
        const full = (await coordinator.get(`/api/v1/frameworks/versions/${draftNumber}`)).body as {
          number: number;
          revision: number;
          items: Array<{ layer: string; key: string }>;
        };
        const behaviourKey = full.items.find((i) => i.layer === 'behaviour')?.key as string;
        return { number: full.number, revision: full.revision, behaviourKey };
      },
      protocolOfA: async () => {
        const [p] = await t.sql<{ id: string; version: number }>(
          `INSERT INTO protocols (council_id, name, category, type, service_area, scope, context_need, reach, basis)
           VALUES ($1, $2, 'continuity', 'procedure', 'Housing', 'organisational', 'relational', 'high', 'assumed')
           RETURNING id, version`,
          [councilA, `Matrix protocol ${randomUUID().slice(0, 8)}`],
        );
        return p;
      },
      noOpenAuditOfA: async () => {
        await t.sql(
          // With the figures a real submission stores (the dashboard sends them as they are).
          `UPDATE audits SET status = 'submitted', submitted_at = now(), provisional = true, coverage = 0
            WHERE council_id = $1 AND status = 'draft'`,
          [councilA],
        );
      },
      draftAuditOfA: async () => {
        const lead = await Client.signedIn(t, people.leadA);
        await world.protocolOfA();
        await world.noOpenAuditOfA();
        const audit = (
          await lead.post(`/api/v1/councils/${councilA}/audits`, {
            label: 'Matrix draft',
            periodStart: '2026-01-01',
            periodEnd: '2026-06-30',
          })
        ).body as {
          id: string;
          version: number;
          protocols: Array<{ id: string; contextNeed: string }>;
        };
        const framework = (await lead.get('/api/v1/frameworks/current')).body as {
          scoring: { principles: Array<{ key: string; contexts: string[] }> };
        };
        const protocol = audit.protocols[0];
        const principle = framework.scoring.principles.find((p) =>
          p.contexts.includes(protocol.contextNeed),
        );
        return {
          id: audit.id,
          version: audit.version,
          protocolId: protocol.id,
          principleKey: principle?.key as string,
        };
      },
      submittedAuditOfA: async () => {
        const lead = await Client.signedIn(t, people.leadA);
        const draft = await world.draftAuditOfA();
        const res = await lead.post(`/api/v1/audits/${draft.id}/submit`, {
          version: draft.version,
        });
        return { id: draft.id, version: res.body.version };
      },
      planChangeOfA: async () => {
        const protocol = await world.protocolOfA();
        const [c] = await t.sql<{ id: string; version: number }>(
          `INSERT INTO plan_changes (council_id, kind, protocol_id, title) VALUES ($1, 'amend', $2, 'Matrix plan')
           RETURNING id, version`,
          [councilA, protocol.id],
        );
        return c;
      },
      noDraft: async () => {
        await t.sql(`DELETE FROM framework_versions WHERE status = 'draft'`);
      },
      councilVersion: async (id) =>
        (await t.sql<{ version: number }>(`SELECT version FROM councils WHERE id = $1`, [id]))[0]
          .version,
    };
    const spec = (await (await Client.anonymous(t)).get('/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => t.close());

  it('has an entry for every operation in the OpenAPI document, and no stale entries', () => {
    expect([...operations].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.keys(MATRIX))('%s answers each caller as the matrix says', async (operation) => {
    const [method] = operation.split(' ');
    const actual: Partial<Expected> = {};
    for (const persona of PERSONAS) {
      // A fresh session per call, so sign-outs and sign-ins in the matrix do not leak between rows.
      const client =
        persona === 'anonymous'
          ? await Client.anonymous(t)
          : await Client.signedIn(t, people[persona]);
      const { path, body, upload } = await MATRIX[operation].call(world);
      const res =
        upload !== undefined
          ? await client.upload(path, 'register.csv', upload)
          : await client.send(method, path, body);
      actual[persona] = res.status;
    }
    expect(actual).toEqual(MATRIX[operation].expect);
  });

  it('refuses another council exactly as it refuses a council that does not exist', async () => {
    const lead = await Client.signedIn(t, people.leadA);
    const other = await lead.get(`/api/v1/councils/${world.councilB}`);
    const missing = await lead.get(`/api/v1/councils/${randomUUID()}`);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.message).toBe(missing.body.message);
  });
});
