import { DataSource } from 'typeorm';
import { aUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { FrameworkVersionsRepository, toItem, VersionRow } from './framework-versions.repository';

describe('the framework versions repository (real PostgreSQL)', () => {
  let t: TestApp;
  let versions: FrameworkVersionsRepository;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    versions = t.app.get(FrameworkVersionsRepository);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  async function theLatest(): Promise<VersionRow> {
    const latest = await versions.findLatest();
    if (!latest) throw new Error('the default framework was not installed');
    return latest;
  }
  // Only one draft may exist at a time: each test starts without one.
  afterEach(() => t.sql(`DELETE FROM framework_versions WHERE status = 'draft'`));

  it('copies the latest version into a numbered draft with every item, and blank notes', async () => {
    const coordinator = await aUser(t, 'coordinator', null);
    const latest = await theLatest();
    expect(latest.status).toBe('published');
    const draft = await db.transaction(async (m) => {
      const row = await versions.insertDraftCopy(latest, coordinator.id, m);
      await versions.copyItems(latest.id, row.id, m);
      return row;
    });
    expect(draft).toMatchObject({
      number: latest.number + 1,
      status: 'draft',
      notes: '',
      revision: 1,
    });
    expect(draft.scoring_parameters).toEqual(latest.scoring_parameters);
    const before = (await versions.listItems(latest.id)).map(toItem);
    const after = (await versions.listItems(draft.id)).map(toItem);
    expect(after).toEqual(before);
    expect(after.map((i) => i.layer).indexOf('behaviour')).toBeGreaterThan(
      after.map((i) => i.layer).lastIndexOf('principle'),
    );
    expect(await versions.findLatestPublishedNumber()).toBe(latest.number);
    expect((await versions.listAll()).map((v) => v.number)).toEqual([draft.number, latest.number]);

    await versions.delete(draft.id);
    expect(await versions.findByNumber(draft.number)).toBeUndefined();
    expect(await versions.listItems(draft.id)).toEqual([]);
  });

  it("retiring a principle's links touches only the draft's items that link to it", async () => {
    const coordinator = await aUser(t, 'coordinator', null);
    const latest = await theLatest();
    const draft = await versions.insertDraftCopy(latest, coordinator.id);
    await versions.copyItems(latest.id, draft.id);
    const items = (await versions.listItems(draft.id)).map(toItem);
    const linking = items.find((i) => i.principleKeys.length > 1);
    if (!linking) throw new Error('the default framework has no item linking two principles');
    const principle = linking.principleKeys[0];

    await versions.unlinkPrinciple(draft.id, principle);

    const changed = (await versions.listItems(draft.id)).map(toItem);
    expect(changed.some((i) => i.principleKeys.includes(principle))).toBe(false);
    expect(changed.find((i) => i.key === linking.key)?.principleKeys).toEqual(
      linking.principleKeys.slice(1),
    );
    // The published version keeps its links.
    const published = (await versions.listItems(latest.id)).map(toItem);
    expect(published.find((i) => i.key === linking.key)?.principleKeys).toEqual(
      linking.principleKeys,
    );
    await versions.delete(draft.id);
  });

  it('counts edits of a draft and holds a locked version until the transaction ends', async () => {
    const coordinator = await aUser(t, 'coordinator', null);
    const latest = await theLatest();
    const draft = await versions.insertDraftCopy(latest, coordinator.id);
    await versions.bumpRevision(draft.id);
    expect((await versions.findByNumber(draft.number))?.revision).toBe(2);

    await db.transaction(async (m) => {
      expect((await versions.lockByNumber(draft.number, m))?.id).toBe(draft.id);
      await expect(
        db.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          await versions.lockByNumber(draft.number, other);
        }),
      ).rejects.toThrow(/lock timeout/);
    });
    await versions.delete(draft.id);
  });
});
