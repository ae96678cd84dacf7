import { createTestApp, TestApp } from '../../test/test-app';
import { RateLimitsRepository } from './rate-limits.repository';

describe('the rate-limit counters (real PostgreSQL)', () => {
  let t: TestApp;
  let limits: RateLimitsRepository;
  beforeAll(async () => {
    t = await createTestApp();
    limits = t.app.get(RateLimitsRepository);
  });
  afterAll(() => t.close());

  it('counts hits in one window, and starts again once the window has ended', async () => {
    const first = await limits.hit('test:a', 60_000);
    const second = await limits.hit('test:a', 60_000);
    expect([first.hits, second.hits]).toEqual([1, 2]);
    expect(second.window).toBe(first.window);
    expect(second.expires_in).toBeGreaterThan(50);
    expect(second.expires_in).toBeLessThanOrEqual(60);
    expect(second.blocked_for).toBe(0);

    await t.sql(
      `UPDATE rate_limits SET window_ends_at = now() - interval '1 second' WHERE key = 'test:a'`,
    );
    const fresh = await limits.hit('test:a', 60_000);
    expect(fresh.hits).toBe(1);
    expect(fresh.window).not.toBe(first.window);
  });

  it('counts parallel hits exactly once each', async () => {
    const rows = await Promise.all(
      Array.from({ length: 8 }, () => limits.hit('test:burst', 60_000)),
    );
    expect(rows.map((r) => r.hits).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives a hit back only to the window it was counted in, never below zero', async () => {
    const { window } = await limits.hit('test:b', 60_000);
    await limits.giveBack('test:b', window);
    await limits.giveBack('test:b', window);
    expect(
      (await t.sql<{ hits: number }>(`SELECT hits FROM rate_limits WHERE key = 'test:b'`))[0].hits,
    ).toBe(0);

    await limits.hit('test:b', 60_000);
    await limits.giveBack('test:b', '2000-01-01 00:00:00+00');
    expect(
      (await t.sql<{ hits: number }>(`SELECT hits FROM rate_limits WHERE key = 'test:b'`))[0].hits,
    ).toBe(1);
  });

  it('blocks a key for a while, and forgets only old unblocked counters', async () => {
    await limits.hit('test:blocked', 60_000);
    await limits.block('test:blocked', 30_000);
    const blocked = await limits.hit('test:blocked', 60_000);
    expect(blocked.blocked_for).toBeGreaterThan(25);

    await limits.hit('test:old', 60_000);
    await t.sql(
      `UPDATE rate_limits SET window_ends_at = now() - interval '2 hours' WHERE key IN ('test:old', 'test:blocked')`,
    );
    await limits.deleteExpired();
    const keys = (
      await t.sql<{ key: string }>(
        `SELECT key FROM rate_limits WHERE key IN ('test:old', 'test:blocked')`,
      )
    ).map((r) => r.key);
    expect(keys).toEqual(['test:blocked']);
  });

  describe('attempts in a row with a wait between them', () => {
    const waitAfter = (attempts: number) => (attempts >= 3 ? 30 : 0);

    it('admits and counts attempts until a wait is set, then refuses until it has passed', async () => {
      const claims = [];
      for (let i = 0; i < 4; i++)
        claims.push(await limits.claimAttempt('test:row', 3_600_000, waitAfter));
      expect(claims.slice(0, 3)).toEqual([
        { admitted: true, attempts: 1 },
        { admitted: true, attempts: 2 },
        { admitted: true, attempts: 3 },
      ]);
      expect(claims[3]).toMatchObject({ admitted: false });
      const refused = claims[3] as { waitSeconds: number };
      expect(refused.waitSeconds).toBeGreaterThan(29);
      expect(refused.waitSeconds).toBeLessThanOrEqual(30);

      await t.sql(`UPDATE rate_limits SET blocked_until = now() WHERE key = 'test:row'`);
      expect(await limits.claimAttempt('test:row', 3_600_000, waitAfter)).toEqual({
        admitted: true,
        attempts: 4,
      });
    });

    it('starts again from one once the counter is forgotten, or after forget()', async () => {
      await limits.claimAttempt('test:forgotten', 3_600_000, waitAfter);
      await limits.claimAttempt('test:forgotten', 3_600_000, waitAfter);
      await t.sql(
        `UPDATE rate_limits SET window_ends_at = now() - interval '1 second' WHERE key = 'test:forgotten'`,
      );
      expect(await limits.claimAttempt('test:forgotten', 3_600_000, waitAfter)).toEqual({
        admitted: true,
        attempts: 1,
      });
      await limits.claimAttempt('test:forgotten', 3_600_000, waitAfter);
      await limits.forget('test:forgotten');
      expect(await limits.claimAttempt('test:forgotten', 3_600_000, waitAfter)).toEqual({
        admitted: true,
        attempts: 1,
      });
    });

    it('lets exactly as many parallel claims through as the waits allow', async () => {
      const claims = await Promise.all(
        Array.from({ length: 12 }, () => limits.claimAttempt('test:race', 3_600_000, waitAfter)),
      );
      const admitted = claims
        .filter((c) => c.admitted)
        .map((c) => (c as { attempts: number }).attempts);
      expect(admitted.sort((x, y) => x - y)).toEqual([1, 2, 3]);
    });
  });
});
