import type { Protocol } from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

const valid = {
  name: 'Fifteen-minute home care visits',
  description: 'Home care is commissioned in fixed 15-minute slots.',
  category: 'time-and-caseload',
  type: 'contract',
  owner: 'Adult social care commissioning',
  serviceArea: 'Adult social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  basis: 'local-practice',
  reviewDate: '2027-03-31',
  sourceLinks: ['https://www.nice.org.uk/guidance/ng21'],
};

describe('the protocol register (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let lead: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
  });
  afterAll(() => t.close());

  const registerNames = async () =>
    (
      (await viewer.get(`/api/v1/councils/${councilId}/protocols?status=all`)).body as Protocol[]
    ).map((p) => p.name);

  it('a lead adds a protocol with every register field; a viewer can read but not add', async () => {
    const res = await lead.post(`/api/v1/councils/${councilId}/protocols`, valid);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...valid, councilId, status: 'active', version: 1 });
    expect(
      (await viewer.get(`/api/v1/councils/${councilId}/protocols/${res.body.id}`)).body.name,
    ).toBe(valid.name);
    expect(
      (await viewer.post(`/api/v1/councils/${councilId}/protocols`, { ...valid, name: 'Other' }))
        .status,
    ).toBe(403);
  });

  it('explains bad fields, including a category the framework does not have and a scope that contradicts it', async () => {
    const res = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'Bad',
      category: 'nope',
      reach: 'huge',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['reach']);
    const category = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'Bad category',
      category: 'nope',
    });
    expect(category.body.errors).toEqual([
      { field: 'category', messages: ['must be a category of the current framework'] },
    ]);
    const scope = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'Bad scope',
      category: 'wider-environment',
    });
    expect(scope.body.errors).toEqual([
      { field: 'scope', messages: ['must be wider for a wider-environment category'] },
    ]);
  });

  it('library: at least 40 protocols with both exemplars, searchable, addable in one step', async () => {
    const all = (await viewer.get('/api/v1/protocol-library')).body;
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(
      all.every(
        (p: { inhibitingExemplar: string; enablingExemplar: string }) =>
          p.inhibitingExemplar && p.enablingExemplar,
      ),
    ).toBe(true);
    const found = (await viewer.get('/api/v1/protocol-library?q=caseload')).body;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    // A category's name finds its protocols.
    const byCategory = (await viewer.get('/api/v1/protocol-library?q=time%20and%20caseload'))
      .body as Array<{ key: string }>;
    expect(byCategory.length).toBeGreaterThan(0);
    expect(
      PROTOCOL_LIBRARY.filter((p) => p.category === 'time-and-caseload').every((p) =>
        byCategory.some((f) => f.key === p.key),
      ),
    ).toBe(true);
    const keys = PROTOCOL_LIBRARY.slice(0, 2).map((p) => p.key);
    const added = await lead.post(`/api/v1/councils/${councilId}/protocols/from-library`, { keys });
    expect(added.status).toBe(201);
    expect(added.body.map((p: Protocol) => p.libraryKey)).toEqual(keys);
    const again = await lead.post(`/api/v1/councils/${councilId}/protocols/from-library`, { keys });
    expect(again.body).toEqual([]);
  });

  it('two edits of one version: the second gets 409', async () => {
    const created = (
      await lead.post(`/api/v1/councils/${councilId}/protocols`, { ...valid, name: 'Edited twice' })
    ).body;
    const a = await lead.patch(`/api/v1/councils/${councilId}/protocols/${created.id}`, {
      reach: 'low',
      version: 1,
    });
    const b = await lead.patch(`/api/v1/councils/${councilId}/protocols/${created.id}`, {
      reach: 'medium',
      version: 1,
    });
    expect([a.status, b.status]).toEqual([200, 409]);
  });

  it('an edit that sets a required field to null is a 400 naming each field; null clears the review date', async () => {
    const created = (
      await lead.post(`/api/v1/councils/${councilId}/protocols`, { ...valid, name: 'Nulled' })
    ).body as Protocol;
    const url = `/api/v1/councils/${councilId}/protocols/${created.id}`;
    const res = await lead.patch(url, { name: null, type: null, serviceArea: null, version: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'name',
      'serviceArea',
      'type',
    ]);
    const unchanged = (await viewer.get(url)).body as Protocol;
    expect(unchanged).toMatchObject({ name: 'Nulled', version: 1 });

    const cleared = await lead.patch(url, { reviewDate: null, version: 1 });
    expect(cleared.status).toBe(200);
    expect(cleared.body.reviewDate).toBeNull();
  });

  it('a retired protocol keeps its name: a new one with that name is refused, saying why', async () => {
    const created = (
      await lead.post(`/api/v1/councils/${councilId}/protocols`, { ...valid, name: 'Old rule' })
    ).body as Protocol;
    await lead.post(`/api/v1/councils/${councilId}/protocols/${created.id}/retire`, {
      reason: 'Only assumed',
      version: created.version,
    });
    const again = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'old RULE',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([
      {
        field: 'name',
        messages: [
          'is the name of a retired protocol, which keeps it for its history: choose another name',
        ],
      },
    ]);
    const active = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'Current rule',
    });
    const clash = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
      ...valid,
      name: 'Current rule',
    });
    expect(active.status).toBe(201);
    expect(clash.body.errors[0].messages).toEqual(['is already in the register']);
  });

  it('retiring keeps the protocol and its history, with the reason', async () => {
    const created = (
      await lead.post(`/api/v1/councils/${councilId}/protocols`, { ...valid, name: 'To retire' })
    ).body;
    const res = await lead.post(`/api/v1/councils/${councilId}/protocols/${created.id}/retire`, {
      reason: 'Rule was only assumed',
      version: 1,
    });
    expect(res.body).toMatchObject({ status: 'retired', retiredReason: 'Rule was only assumed' });
    const active = (await viewer.get(`/api/v1/councils/${councilId}/protocols`)).body.map(
      (p: Protocol) => p.id,
    );
    expect(active).not.toContain(created.id);
    expect(
      (await viewer.get(`/api/v1/councils/${councilId}/protocols?status=retired`)).body.map(
        (p: Protocol) => p.id,
      ),
    ).toContain(created.id);
  });

  it('import: a preview lists every row error by line and column, and a file with errors changes nothing', async () => {
    const before = await registerNames();
    const csv = [
      'Name,Category,Type,Service area,Scope,Context need,Reach,Basis',
      'Duty rota,Continuity,Procedure,Housing,Organisational protocol,Relational,High,Local practice',
      'Broken row,Continuity,Spreadsheet,Housing,Organisational protocol,Relational,Enormous,Local practice',
    ].join('\r\n');
    const preview = await lead.upload(
      `/api/v1/councils/${councilId}/protocols/import/preview`,
      'register.csv',
      csv,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.canImport).toBe(false);
    expect(
      preview.body.rows[1].errors.map((e: { line: number; column: string }) => [e.line, e.column]),
    ).toEqual([
      [3, 'Type'],
      [3, 'Reach'],
    ]);
    const imported = await lead.upload(
      `/api/v1/councils/${councilId}/protocols/import`,
      'register.csv',
      csv,
    );
    expect(imported.status).toBe(400);
    expect(await registerNames()).toEqual(before);
  });

  it('import: a clean file is written all at once, and the export imports back', async () => {
    const csv = [
      'Name,Category,Type,Service area,Scope,Context need,Reach,Basis,Review date',
      'Named key worker,Continuity,Procedure,Housing,Organisational protocol,Relational,High,Council policy,31/03/2027',
      'Council tax direct debit,Systems and data,System or data,Revenues and benefits,Organisational protocol,Transactional,High,Statutory duty,',
    ].join('\r\n');
    const res = await lead.upload(
      `/api/v1/councils/${councilId}/protocols/import`,
      'register.csv',
      csv,
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 2 });
    const exported = await viewer.get(`/api/v1/councils/${councilId}/protocols/export.csv`);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.text.startsWith('\uFEFFName,Description,Category')).toBe(true);
    expect(exported.text).toContain('Named key worker');
    expect(exported.text).toContain('\r\n');

    // Re-importing the export into a fresh council recreates the same register.
    const other = (await aCouncil(t)).id;
    const otherLead = await Client.signedIn(t, await aUser(t, 'lead', other));
    const back = await otherLead.upload(
      `/api/v1/councils/${other}/protocols/import`,
      'export.csv',
      exported.text,
    );
    expect(back.status).toBe(201);
    const original = (await viewer.get(`/api/v1/councils/${councilId}/protocols`))
      .body as Protocol[];
    const copy = (await otherLead.get(`/api/v1/councils/${other}/protocols`)).body as Protocol[];
    const fields = (p: Protocol) => [
      p.name,
      p.category,
      p.type,
      p.serviceArea,
      p.scope,
      p.contextNeed,
      p.reach,
      p.basis,
      p.reviewDate,
      p.owner,
    ];
    expect(copy.map(fields)).toEqual(original.map(fields));
  });

  it("another council's lead cannot read or change this register", async () => {
    const otherLead = await Client.signedIn(t, await aUser(t, 'lead', (await aCouncil(t)).id));
    const [first] = (await viewer.get(`/api/v1/councils/${councilId}/protocols`))
      .body as Protocol[];
    expect((await otherLead.get(`/api/v1/councils/${councilId}/protocols`)).status).toBe(404);
    expect(
      (await otherLead.get(`/api/v1/councils/${councilId}/protocols/${first.id}`)).status,
    ).toBe(404);
    expect(
      (
        await otherLead.patch(`/api/v1/councils/${councilId}/protocols/${first.id}`, {
          reach: 'low',
          version: first.version,
        })
      ).status,
    ).toBe(404);
  });
});
