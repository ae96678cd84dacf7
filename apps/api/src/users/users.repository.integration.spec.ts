import { aCouncil, aUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { UsersRepository } from './users.repository';

describe('the users repository (real PostgreSQL)', () => {
  let t: TestApp;
  let users: UsersRepository;
  beforeAll(async () => {
    t = await createTestApp();
    users = t.app.get(UsersRepository);
  });
  afterAll(() => t.close());

  it('activates an invited person once, with their password, and a new version', async () => {
    const invitee = await aUser(t, 'coordinator', null, { status: 'invited' });
    await users.activateInvited(invitee.id, 'hash-1');
    await users.activateInvited(invitee.id, 'hash-2');
    const [row] = await t.sql<{ status: string; password_hash: string; version: number }>(
      `SELECT status, password_hash, version FROM users WHERE id = $1`,
      [invitee.id],
    );
    expect(row).toEqual({ status: 'active', password_hash: 'hash-1', version: 2 });
  });

  it('finds the account to sign in to by email in any case, with its hash, unless its council is archived', async () => {
    const council = await aCouncil(t);
    const lead = await aUser(t, 'lead', council.id);
    const found = await users.findForSignIn(lead.email.toLowerCase());
    expect(found?.id).toBe(lead.id);
    expect(found?.passwordHash).toMatch(/\S/);
    // Without the sign-in query, the hash is never read.
    expect((await users.findById(lead.id))?.passwordHash).toBeUndefined();

    await t.sql(`UPDATE users SET email = upper(email) WHERE id = $1`, [lead.id]);
    expect((await users.findForSignIn(lead.email.toLowerCase()))?.id).toBe(lead.id);
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [council.id]);
    expect(await users.findForSignIn(lead.email.toLowerCase())).toBeNull();
  });

  it("lists users by name with their council's name", async () => {
    const council = await aCouncil(t);
    const b = await aUser(t, 'viewer', council.id);
    const a = await aUser(t, 'lead', council.id);
    await t.sql(`UPDATE users SET display_name = 'beta' WHERE id = $1`, [b.id]);
    await t.sql(`UPDATE users SET display_name = 'Alpha' WHERE id = $1`, [a.id]);
    const rows = await users.listWithCouncil(council.id);
    expect(rows.map((r) => [r.user.displayName, r.councilName])).toEqual([
      ['Alpha', council.name],
      ['beta', council.name],
    ]);
  });
});
