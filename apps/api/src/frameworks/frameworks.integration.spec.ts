import type { FrameworkVersion } from '@rcp/api-contract';
import { validateConfig } from '@rcp/scoring';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('the framework as versioned data (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    viewer = await Client.signedIn(t, await aUser(t, 'viewer', (await aCouncil(t)).id));
  });
  afterAll(() => t.close());

  async function freshDraft(): Promise<FrameworkVersion> {
    await t.sql(`DELETE FROM framework_versions WHERE status = 'draft'`);
    const res = await coordinator.post('/api/v1/frameworks/versions');
    expect(res.status).toBe(201);
    return res.body;
  }

  it('installs the default framework v1 on first start: published, with linked layers and a valid scoring set-up', async () => {
    const res = await viewer.get('/api/v1/frameworks/current');
    expect(res.status).toBe(200);
    const v1 = res.body as FrameworkVersion;
    expect(v1).toMatchObject({ number: 1, status: 'published' });
    const principles = v1.items.filter((i) => i.layer === 'principle');
    expect(principles.length).toBeGreaterThanOrEqual(12);
    expect(principles.length).toBeLessThanOrEqual(16);
    const keys = new Set(principles.map((p) => p.key));
    for (const linked of v1.items.filter((i) => i.layer !== 'principle')) {
      expect(linked.principleKeys.length).toBeGreaterThan(0);
      for (const key of linked.principleKeys) expect(keys).toContain(key);
    }
    expect(validateConfig(v1.scoring)).toEqual([]);
    expect(v1.ratingScale.map((r) => r.value)).toEqual([-2, -1, 0, 1, 2, null]);
    expect(v1.categories.some((c) => c.scope === 'wider')).toBe(true);
  });

  it('a new draft is a copy of the latest version, keeping every key', async () => {
    const v1 = (await viewer.get('/api/v1/frameworks/versions/1')).body as FrameworkVersion;
    const draft = await freshDraft();
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeGreaterThan(1);
    const keysOf = (v: FrameworkVersion) => v.items.map((i) => `${i.layer}/${i.key}`).sort();
    expect(keysOf(draft)).toEqual(keysOf(v1));
    expect(draft.scoring).toEqual(v1.scoring);
    const again = await coordinator.post('/api/v1/frameworks/versions');
    expect(again.status).toBe(409);
  });

  it('edits a draft, publishes it, and the comparison lists what was added, changed and retired', async () => {
    let draft = await freshDraft();
    const principle = draft.items.find(
      (i) => i.layer === 'principle',
    ) as FrameworkVersion['items'][number];
    const behaviour = draft.items.find(
      (i) => i.layer === 'behaviour',
    ) as FrameworkVersion['items'][number];
    const base = `/api/v1/frameworks/versions/${draft.number}`;

    let res = await coordinator.put(`${base}/items/principle/hope`, {
      title: 'Hope',
      description: 'Practice keeps a sense of possibility alive.',
      weight: 1,
      contexts: ['relational', 'mixed'],
      relational: true,
      revision: draft.revision,
    });
    expect(res.status).toBe(200);
    draft = res.body;
    res = await coordinator.put(`${base}/items/principle/${principle.key}`, {
      title: principle.title,
      description: 'A clearer description.',
      weight: 2,
      contexts: principle.contexts,
      relational: principle.relational,
      revision: draft.revision,
    });
    expect(res.status).toBe(200);
    draft = res.body;
    res = await coordinator.post(`${base}/items/behaviour/${behaviour.key}/retire`, {
      revision: draft.revision,
    });
    expect(res.status).toBe(200);
    draft = res.body;

    const published = await coordinator.post(`${base}/publish`, {
      revision: draft.revision,
      releaseNotes: '  Adds hope; clarifies a principle; retires a behaviour.  ',
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.releaseNotes).toBe(
      'Adds hope; clarifies a principle; retires a behaviour.',
    );
    // Every reader sees the release notes, with the version and in the version history.
    expect((await viewer.get('/api/v1/frameworks/current')).body.releaseNotes).toBe(
      'Adds hope; clarifies a principle; retires a behaviour.',
    );
    const history = (await viewer.get('/api/v1/frameworks/versions')).body as Array<{
      number: number;
      releaseNotes: string;
    }>;
    expect(history.find((v) => v.number === draft.number)?.releaseNotes).toBe(
      'Adds hope; clarifies a principle; retires a behaviour.',
    );
    expect((await viewer.get('/api/v1/frameworks/current')).body.number).toBe(draft.number);

    const comparison = (await viewer.get(`/api/v1/frameworks/compare?from=1&to=${draft.number}`))
      .body;
    expect(comparison.added).toEqual([{ layer: 'principle', key: 'hope', title: 'Hope' }]);
    expect(comparison.changed).toEqual([
      {
        layer: 'principle',
        key: principle.key,
        title: principle.title,
        fields: ['description', 'weight'],
        differences: [
          { field: 'description', before: principle.description, after: 'A clearer description.' },
          { field: 'weight', before: principle.weight, after: 2 },
        ],
      },
    ]);
    expect(comparison.settingsDifferences).toEqual([]);
    expect(comparison.retired).toEqual([
      { layer: 'behaviour', key: behaviour.key, title: behaviour.title },
    ]);

    // Version 1 is untouched.
    const v1 = (await viewer.get('/api/v1/frameworks/versions/1')).body as FrameworkVersion;
    expect(v1.items.find((i) => i.key === principle.key)?.weight).toBe(principle.weight);
    expect(v1.items.some((i) => i.key === 'hope')).toBe(false);
  });

  it('a published version is frozen: edits get 409, and the database itself refuses changes', async () => {
    const v1 = (await viewer.get('/api/v1/frameworks/versions/1')).body as FrameworkVersion;
    const res = await coordinator.put(
      '/api/v1/frameworks/versions/1/items/principle/anything-new',
      {
        title: 'Nope',
        description: 'Should not be added',
        weight: 1,
        contexts: ['mixed'],
        relational: false,
        revision: v1.revision,
      },
    );
    expect(res.status).toBe(409);
    expect(
      (
        await coordinator.post('/api/v1/frameworks/versions/1/publish', {
          revision: v1.revision,
          releaseNotes: 'Again.',
        })
      ).status,
    ).toBe(409);
    await expect(
      t.sql(
        `UPDATE framework_items SET weight = 9 WHERE version_id = (SELECT id FROM framework_versions WHERE number = 1)`,
      ),
    ).rejects.toThrow(/published/);
    await expect(
      t.sql(`UPDATE framework_versions SET name = 'x' WHERE number = 1`),
    ).rejects.toThrow(/published/);
  });

  it('two editors of one draft revision: the second gets 409 and nothing of theirs is written', async () => {
    const draft = await freshDraft();
    const body = (title: string) => ({
      title,
      description: 'Desc',
      principleKeys: [],
      revision: draft.revision,
    });
    const base = `/api/v1/frameworks/versions/${draft.number}/items/behaviour`;
    expect((await coordinator.put(`${base}/first-editor`, body('First'))).status).toBe(200);
    expect((await coordinator.put(`${base}/second-editor`, body('Second'))).status).toBe(409);
    const rows = await t.sql(`SELECT key FROM framework_items WHERE key = 'second-editor'`);
    expect(rows).toHaveLength(0);
  });

  it('discards a draft only at the revision last read: a stale discard gets 409 and keeps the draft', async () => {
    const draft = await freshDraft();
    const base = `/api/v1/frameworks/versions/${draft.number}`;
    // Someone else edits the draft after it was read.
    const edited = await coordinator.put(`${base}/items/behaviour/edited-meanwhile`, {
      title: 'Edited meanwhile',
      description: 'Added by a second coordinator.',
      principleKeys: [],
      revision: draft.revision,
    });
    expect(edited.status).toBe(200);

    const stale = await coordinator.send('DELETE', `${base}?revision=${draft.revision}`);
    expect(stale.status).toBe(409);
    expect((await coordinator.get(base)).body.items.map((i: { key: string }) => i.key)).toContain(
      'edited-meanwhile',
    );

    const missing = await coordinator.send('DELETE', base);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('revision');

    expect((await viewer.send('DELETE', `${base}?revision=${edited.body.revision}`)).status).toBe(
      403,
    );

    const current = await coordinator.send('DELETE', `${base}?revision=${edited.body.revision}`);
    expect(current.status).toBe(204);
    expect((await coordinator.get(base)).status).toBe(404);
    const [trail] = await t.sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [String(draft.number)],
    );
    expect(trail.action).toBe('framework.draft-discarded');
    // The published version is untouched.
    expect((await viewer.get('/api/v1/frameworks/current')).body.status).toBe('published');
  });

  it('checks scoring settings when they are saved, not only at publishing', async () => {
    const draft = await freshDraft();
    const url = `/api/v1/frameworks/versions/${draft.number}`;
    const res = await coordinator.patch(url, {
      thresholds: { enabling: 0, inhibiting: 0, mixedStrength: 2 },
      reachWeights: { low: 9, medium: 3, high: 1 },
      revision: draft.revision,
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field) as string[];
    expect(fields).toContain('reachWeights');
    expect(fields.some((f) => f.startsWith('thresholds'))).toBe(true);
    const unchanged = (await coordinator.get(url)).body as FrameworkVersion;
    expect(unchanged.revision).toBe(draft.revision);
    expect(unchanged.scoring).toEqual(draft.scoring);
  });

  it('explains invalid items field by field', async () => {
    const draft = await freshDraft();
    const res = await coordinator.put(
      `/api/v1/frameworks/versions/${draft.number}/items/behaviour/listening-well`,
      {
        title: 'Listening well',
        description: 'Listens',
        principleKeys: ['no-such-principle'],
        revision: draft.revision,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'principleKeys', messages: ['not principles of this version: no-such-principle'] },
    ]);
  });

  it('refuses to publish a draft whose scoring would not work', async () => {
    let draft = await freshDraft();
    // Retire every principle that applies to transactional services.
    for (const p of draft.items.filter(
      (i) => i.layer === 'principle' && i.contexts?.includes('transactional'),
    )) {
      draft = (
        await coordinator.post(
          `/api/v1/frameworks/versions/${draft.number}/items/principle/${p.key}/retire`,
          {
            revision: draft.revision,
          },
        )
      ).body;
    }
    const res = await coordinator.post(`/api/v1/frameworks/versions/${draft.number}/publish`, {
      revision: draft.revision,
      releaseNotes: 'Retires the transactional principles.',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain('transactional');
    expect((await viewer.get('/api/v1/frameworks/current')).body.status).toBe('published');
  });

  it('keeps drafts from everyone but coordinators', async () => {
    const draft = await freshDraft();
    expect((await viewer.get(`/api/v1/frameworks/versions/${draft.number}`)).status).toBe(404);
    const listed = (await viewer.get('/api/v1/frameworks/versions')).body as Array<{
      status: string;
    }>;
    expect(listed.every((v) => v.status === 'published')).toBe(true);
    expect((await coordinator.get(`/api/v1/frameworks/versions/${draft.number}`)).status).toBe(200);
    // Nor can a comparison show a draft to anyone but a coordinator.
    const compare = `/api/v1/frameworks/compare?from=1&to=${draft.number}`;
    expect((await viewer.get(compare)).status).toBe(404);
    expect((await coordinator.get(compare)).status).toBe(200);
  });

  it('answers a version number that cannot exist with 404 or a field error, never a 500', async () => {
    for (const path of ['/versions/99999999999', '/versions/0', '/versions/1e3', '/versions/-1'])
      expect((await coordinator.get(`/api/v1/frameworks${path}`)).status).toBe(404);
    const res = await coordinator.get('/api/v1/frameworks/compare?from=1&to=99999999999');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['to']);
  });
});
