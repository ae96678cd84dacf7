import { aCouncil, aUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { InvitationsRepository } from './invitations.repository';

describe('the invitations repository (real PostgreSQL)', () => {
  let t: TestApp;
  let invitations: InvitationsRepository;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp();
    invitations = t.app.get(InvitationsRepository);
  });
  afterAll(() => t.close());

  async function anInvitation(userId: string, expiresInHours = 24) {
    const tokenHash = `invitation-${++n}`;
    const id = await invitations.insert({
      tokenHash,
      userId,
      invitedBy: (await aUser(t, 'coordinator', null)).id,
      expiresAt: new Date(Date.now() + expiresInHours * 3600_000),
    });
    return { id, tokenHash };
  }

  it('finds a usable invitation with its person and council', async () => {
    const council = await aCouncil(t);
    const invitee = await aUser(t, 'manager', council.id, { status: 'invited' });
    const { id, tokenHash } = await anInvitation(invitee.id);
    expect(await invitations.findPendingByTokenHash(tokenHash)).toMatchObject({
      id,
      user_id: invitee.id,
      email: invitee.email,
      role: 'manager',
      council_name: council.name,
    });
  });

  it('does not find an invitation that is expired, revoked, or for an archived council', async () => {
    const council = await aCouncil(t);
    const invitee = await aUser(t, 'viewer', council.id, { status: 'invited' });
    const expired = await anInvitation(invitee.id, -1);
    expect(await invitations.findPendingByTokenHash(expired.tokenHash)).toBeUndefined();

    const revoked = await anInvitation(invitee.id);
    await invitations.revokePendingForUser(invitee.id);
    expect(await invitations.findPendingByTokenHash(revoked.tokenHash)).toBeUndefined();

    const fresh = await anInvitation(invitee.id);
    expect(await invitations.findPendingByTokenHash(fresh.tokenHash)).toBeDefined();
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [council.id]);
    expect(await invitations.findPendingByTokenHash(fresh.tokenHash)).toBeUndefined();
  });

  it('uses an invitation up once, even when two acceptances race', async () => {
    const invitee = await aUser(t, 'coordinator', null, { status: 'invited' });
    const { id, tokenHash } = await anInvitation(invitee.id);
    const results = await Promise.all([invitations.markUsed(id), invitations.markUsed(id)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await invitations.findPendingByTokenHash(tokenHash)).toBeUndefined();

    const expired = await anInvitation(invitee.id, -1);
    expect(await invitations.markUsed(expired.id)).toBe(false);
  });

  it('revoking leaves used invitations as they were', async () => {
    const invitee = await aUser(t, 'coordinator', null, { status: 'invited' });
    const used = await anInvitation(invitee.id);
    await invitations.markUsed(used.id);
    const pending = await anInvitation(invitee.id);
    await invitations.revokePendingForUser(invitee.id);
    const rows = await t.sql<{ id: string; revoked: boolean }>(
      `SELECT id, revoked_at IS NOT NULL AS revoked FROM invitations WHERE user_id = $1`,
      [invitee.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revoked]))).toEqual({
      [used.id]: false,
      [pending.id]: true,
    });
  });
});
