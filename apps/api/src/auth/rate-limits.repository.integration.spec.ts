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
});
