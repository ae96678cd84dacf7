import { DataSource } from 'typeorm';
import { aCouncil } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { CouncilsRepository } from './councils.repository';

describe('the councils repository (real PostgreSQL)', () => {
  let t: TestApp;
  let councils: CouncilsRepository;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    councils = t.app.get(CouncilsRepository);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('changes a council and bumps its version only from the version the writer read', async () => {
    const { id } = await aCouncil(t, { region: 'North West' });
    expect(await councils.updateAtVersion(id, 1, { region: 'Wales' })).toBe(true);
    // A second writer who also read version 1 is refused and changes nothing.
    expect(await councils.updateAtVersion(id, 1, { region: 'London' })).toBe(false);
    const stored = await councils.findById(id);
    expect(stored).toMatchObject({ region: 'Wales', version: 2 });
  });

  it('holds a locked council until the transaction ends', async () => {
    const { id } = await aCouncil(t);
    await db.transaction(async (m) => {
      expect((await councils.lockById(id, m))?.id).toBe(id);
      // Another transaction cannot lock (or change) it meanwhile.
      await expect(
        db.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          await councils.lockById(id, other);
        }),
      ).rejects.toThrow(/lock timeout/);
    });
    await db.transaction(async (m) => expect((await councils.lockById(id, m))?.id).toBe(id));
  });

  it('lists active councils by name, or one council whether archived or not', async () => {
    const active = await aCouncil(t, { name: 'Aaa Active Council' });
    const archived = await aCouncil(t, { name: 'Aab Archived Council' });
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [archived.id]);

    const activeNames = (await councils.list({ activeOnly: true })).map((c) => c.name);
    expect(activeNames).toContain(active.name);
    expect(activeNames).not.toContain(archived.name);
    const all = (await councils.list({})).map((c) => c.name);
    expect(all.slice(0, 2)).toEqual([active.name, archived.name]);
    expect((await councils.list({ id: archived.id })).map((c) => c.id)).toEqual([archived.id]);
  });

  it('says whether a council exists and what it is called', async () => {
    const { id, name } = await aCouncil(t);
    expect(await councils.exists(id)).toBe(true);
    expect(await councils.findName(id)).toBe(name);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await councils.exists(missing)).toBe(false);
    expect(await councils.findName(missing)).toBeNull();
  });
});
