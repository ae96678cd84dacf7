import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('councils (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
  });
  afterAll(() => t.close());

  const valid = (name: string) => ({
    name,
    type: 'london-borough',
    region: 'London',
    populationBand: '300k-500k',
  });

  it('a coordinator adds a council, anonymised by default', async () => {
    const res = await coordinator.post('/api/v1/councils', valid('Riverside London Borough'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Riverside London Borough',
      sharing: 'anonymised',
      archived: false,
      version: 1,
    });
  });

  it('explains every bad field at once and writes nothing', async () => {
    const res = await coordinator.post('/api/v1/councils', {
      name: 'X',
      type: 'parish',
      region: 'Mars',
      populationBand: 'huge',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'name',
      'populationBand',
      'region',
      'type',
    ]);
    expect(await t.sql(`SELECT 1 FROM councils WHERE name = 'X'`)).toHaveLength(0);
  });

  it('refuses a second council with the same name, whatever its case', async () => {
    await coordinator.post('/api/v1/councils', valid('Eastbrook Council'));
    const res = await coordinator.post('/api/v1/councils', valid('EASTBROOK council'));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([
      { field: 'name', messages: ['is already used by another council'] },
    ]);
  });

  it('refuses null for a council’s name or type with field errors, not a server error', async () => {
    const council = await aCouncil(t);
    const res = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      name: null,
      type: null,
      sharing: null,
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'name',
      'sharing',
      'type',
    ]);
    // Left out, sharing stays as it was; given, it changes.
    const named = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      sharing: 'named',
      version: 1,
    });
    expect(named.body).toMatchObject({ sharing: 'named', version: 2 });
  });

  it('two editors of one version: the first wins, the second gets 409 and changes nothing', async () => {
    const council = await aCouncil(t);
    const a = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      region: 'Wales',
      version: 1,
    });
    const b = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      region: 'Scotland',
      version: 1,
    });
    expect(a.status).toBe(200);
    expect(a.body.version).toBe(2);
    expect(b.status).toBe(409);
    const [row] = await t.sql<{ region: string }>(`SELECT region FROM councils WHERE id = $1`, [
      council.id,
    ]);
    expect(row.region).toBe('Wales');
  });

  it('archiving hides a council from the list but keeps it; restoring brings it back', async () => {
    const council = await aCouncil(t);
    expect((await coordinator.post(`/api/v1/councils/${council.id}/archive`)).body.archived).toBe(
      true,
    );
    const listed = (await coordinator.get('/api/v1/councils')).body.map(
      (c: { id: string }) => c.id,
    );
    expect(listed).not.toContain(council.id);
    const all = (await coordinator.get('/api/v1/councils?includeArchived=true')).body.map(
      (c: { id: string }) => c.id,
    );
    expect(all).toContain(council.id);
    expect((await coordinator.post(`/api/v1/councils/${council.id}/restore`)).body.archived).toBe(
      false,
    );
  });

  it('refuses fields sent to actions that take none, and a page offset past any list', async () => {
    const council = await aCouncil(t);
    const res = await coordinator.post(`/api/v1/councils/${council.id}/archive`, {
      archived: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'archived', messages: ['is not an allowed field'] }]);
    expect(
      (await coordinator.get(`/api/v1/councils?includeArchived=true`)).body.find(
        (c: { id: string }) => c.id === council.id,
      ).archived,
    ).toBe(false);
    // A council that does not exist is not found, even for a coordinator.
    for (const list of ['protocols', 'audits', 'dashboard'])
      expect(
        (await coordinator.get(`/api/v1/councils/00000000-0000-4000-8000-000000000000/${list}`))
          .status,
      ).toBe(404);
    const far = await coordinator.get('/api/v1/audit-events?offset=99999999999999999999');
    expect(far.status).toBe(400);
    expect(far.body.errors.map((e: { field: string }) => e.field)).toEqual(['offset']);
  });

  it('archiving signs the council’s people out and keeps them out until it is restored', async () => {
    const council = await aCouncil(t);
    const { email, password } = await aUser(t, 'lead', council.id);
    const leadAccount = { email, password };
    const lead = await Client.signedIn(t, leadAccount);
    const invited = await coordinator.post('/api/v1/invitations', {
      email: `late-${council.id.slice(0, 8)}@test.example`,
      displayName: 'Late',
      role: 'viewer',
      councilId: council.id,
    });
    const token = new URL(invited.body.acceptUrl).pathname.split('/').pop() as string;
    expect((await lead.get(`/api/v1/councils/${council.id}/protocols`)).status).toBe(200);

    expect((await coordinator.post(`/api/v1/councils/${council.id}/archive`)).status).toBe(200);
    expect((await lead.get('/api/v1/auth/me')).status).toBe(401);
    const again = await (await Client.anonymous(t)).post('/api/v1/auth/login', leadAccount);
    expect(again.status).toBe(401);
    expect((await (await Client.anonymous(t)).get(`/api/v1/invitations/${token}`)).status).toBe(
      404,
    );

    expect((await coordinator.post(`/api/v1/councils/${council.id}/restore`)).status).toBe(200);
    // The old session stays ended; signing in again works.
    expect((await lead.get('/api/v1/auth/me')).status).toBe(401);
    expect((await (await Client.anonymous(t)).post('/api/v1/auth/login', leadAccount)).status).toBe(
      200,
    );
  });

  it('a lead sees only their own council and may set its sharing choice, but nothing else', async () => {
    const own = await aCouncil(t);
    await aCouncil(t);
    const lead = await Client.signedIn(t, await aUser(t, 'lead', own.id));
    const list = await lead.get('/api/v1/councils');
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([own.id]);
    const shared = await lead.put(`/api/v1/councils/${own.id}/sharing`, {
      sharing: 'named',
      version: 1,
    });
    expect(shared.status).toBe(200);
    expect(shared.body.sharing).toBe('named');
    const smuggled = await lead.put(`/api/v1/councils/${own.id}/sharing`, {
      sharing: 'anonymised',
      version: 2,
      name: 'Renamed',
    });
    expect(smuggled.status).toBe(400);
  });

  it('an edit may not set fields outside the council, and a partial edit keeps the rest', async () => {
    const council = await aCouncil(t);
    const smuggled = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      region: 'Wales',
      archived: false,
      version: 1,
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors).toEqual([
      { field: 'archived', messages: ['is not an allowed field'] },
    ]);
    const edited = await coordinator.patch(`/api/v1/councils/${council.id}`, {
      populationBand: 'over-500k',
      version: 1,
    });
    expect(edited.body).toMatchObject({
      name: council.name,
      region: 'North West',
      populationBand: 'over-500k',
      version: 2,
    });
  });
});
