import type { Role } from '@rcp/vocabulary';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

const view = {
  columns: ['owner', 'name', 'reviewDate'],
  sort: { column: 'reviewDate', direction: 'descending' },
};

describe('table views: each user’s own columns and sort (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  const signedIn = async (role: Role) =>
    Client.signedIn(t, await aUser(t, role, role === 'coordinator' ? null : councilId));

  it.each<Role>(['coordinator', 'lead', 'manager', 'viewer'])(
    'a %s saves a view, gets it back in table order with the name first, and can change it',
    async (role) => {
      const user = await signedIn(role);
      expect((await user.get('/api/v1/me/table-views')).body).toEqual({});

      const put = await user.put('/api/v1/me/table-views/register', view);
      expect(put.status).toBe(200);
      const saved = {
        columns: ['name', 'owner', 'reviewDate'],
        sort: { column: 'reviewDate', direction: 'descending' },
      };
      expect(put.body).toEqual(saved);
      expect((await user.get('/api/v1/me/table-views')).body).toEqual({ register: saved });

      const audits = { columns: ['status'], sort: { column: 'index', direction: 'ascending' } };
      expect((await user.put('/api/v1/me/table-views/audits', audits)).status).toBe(200);
      const changed = { columns: [], sort: { column: 'name', direction: 'ascending' } };
      expect((await user.put('/api/v1/me/table-views/register', changed)).status).toBe(200);
      expect((await user.get('/api/v1/me/table-views')).body).toEqual({
        register: { columns: ['name'], sort: changed.sort },
        audits: { columns: ['period', 'status'], sort: audits.sort },
      });
    },
  );

  it("one user's view is never another's", async () => {
    const lead = await signedIn('lead');
    const viewer = await signedIn('viewer');
    await lead.put('/api/v1/me/table-views/register', view);
    expect((await viewer.get('/api/v1/me/table-views')).body).toEqual({});
  });

  it('refuses signed-out callers', async () => {
    const anonymous = await Client.anonymous(t);
    expect((await anonymous.get('/api/v1/me/table-views')).status).toBe(401);
    expect((await anonymous.put('/api/v1/me/table-views/register', view)).status).toBe(401);
  });

  it('answers 404 for a table that has no views', async () => {
    const lead = await signedIn('lead');
    const res = await lead.put('/api/v1/me/table-views/passwords', view);
    expect(res.status).toBe(404);
  });

  it.each([
    ['a column the table does not have', { ...view, columns: ['name', 'salary'] }, 'columns.1'],
    [
      'a sort column the table does not have',
      { ...view, sort: { column: 'x', direction: 'ascending' } },
      'sort.column',
    ],
    [
      'a direction that is not one',
      { ...view, sort: { column: 'name', direction: 'up' } },
      'sort.direction',
    ],
    ['columns that are not a list', { ...view, columns: 'name' }, 'columns'],
    ['a column named twice', { ...view, columns: ['owner', 'owner'] }, 'columns'],
    ['no sort', { columns: ['name'] }, 'sort'],
    ['an extra field', { ...view, colour: 'red' }, 'colour'],
  ])('answers 400 with the field for %s, saving nothing', async (_, body, field) => {
    const manager = await signedIn('manager');
    const res = await manager.put('/api/v1/me/table-views/register', body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect((await manager.get('/api/v1/me/table-views')).body).toEqual({});
  });

  it('forgets a user’s views when the user is deleted', async () => {
    const user = await aUser(t, 'viewer', councilId);
    const viewer = await Client.signedIn(t, user);
    await viewer.put('/api/v1/me/table-views/audits', {
      ...view,
      columns: [],
      sort: { column: 'period', direction: 'ascending' },
    });
    await t.sql(`DELETE FROM sessions WHERE user_id = $1`, [user.id]);
    await t.sql(`DELETE FROM users WHERE id = $1`, [user.id]);
    const rows = await t.sql(`SELECT 1 FROM user_table_views WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(0);
  });
});
