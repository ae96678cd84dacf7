import { SessionCache } from './session-cache';
import type { SessionUser } from './sessions.repository';

function aSessionUser(token: string, o: Partial<SessionUser> = {}): SessionUser {
  return {
    id: `user-${token}`,
    email: `${token}@test.example`,
    displayName: token,
    role: 'viewer',
    councilId: 'council-a',
    councilName: 'A',
    sessionTokenHash: token,
    csrfTokenHash: `csrf-${token}`,
    expiresAt: new Date(10_000_000),
    ...o,
  };
}

describe('SessionCache', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('trusts a checked session for its few seconds, then asks again', () => {
    const cache = new SessionCache(5_000, 10, clock);
    cache.set(aSessionUser('a'), cache.mark());
    now += 4_999;
    expect(cache.get('a')?.id).toBe('user-a');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('never trusts a session past its absolute expiry', () => {
    const cache = new SessionCache(5_000, 10, clock);
    cache.set(aSessionUser('a', { expiresAt: new Date(now + 1_000) }), cache.mark());
    now += 1_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a signed-out session, a user and a council at once', () => {
    const cache = new SessionCache(5_000, 10, clock);
    cache.set(aSessionUser('a'), cache.mark());
    cache.set(aSessionUser('b', { id: 'shared' }), cache.mark());
    cache.set(aSessionUser('c', { id: 'shared' }), cache.mark());
    cache.set(aSessionUser('d', { councilId: 'council-b' }), cache.mark());
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
    cache.forgetUser('shared');
    expect([cache.get('b'), cache.get('c')]).toEqual([undefined, undefined]);
    expect(cache.get('d')).toBeDefined();
    cache.forgetCouncil('council-b');
    expect(cache.get('d')).toBeUndefined();
  });

  it('does not keep what a lookup read before sessions were ended', () => {
    const cache = new SessionCache(5_000, 10, clock);
    const mark = cache.mark(); // a lookup starts…
    cache.forgetUser('user-a'); // …the user is deactivated meanwhile…
    cache.set(aSessionUser('a'), mark); // …and the lookup's stale answer arrives
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most its maximum, forgetting the oldest first', () => {
    const cache = new SessionCache(5_000, 2, clock);
    for (const token of ['a', 'b', 'c']) cache.set(aSessionUser(token), cache.mark());
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });
});
