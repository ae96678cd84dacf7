import { MemoryThrottlerStorage } from './memory-throttler.storage';

describe('MemoryThrottlerStorage (the general rate limit, per process)', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  const hit = (s: MemoryThrottlerStorage, key = 'address:192.0.2.1') =>
    s.increment(key, 60_000, 3, 60_000, 'default');

  it('counts hits per key in a fixed window and blocks past the limit until the block ends', async () => {
    const s = new MemoryThrottlerStorage(clock);
    for (let i = 1; i <= 3; i++)
      expect(await hit(s)).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await hit(s)).toEqual({
      totalHits: 4,
      timeToExpire: 60,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
    expect(await hit(s, 'address:192.0.2.2')).toMatchObject({ totalHits: 1, isBlocked: false });

    now += 30_000;
    expect(await hit(s)).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 30,
      timeToExpire: 30,
    });
    now += 30_000; // the window and the block end together
    expect(await hit(s)).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 60 });
  });

  it('forgets counters whose window and block have ended', async () => {
    const s = new MemoryThrottlerStorage(clock);
    await hit(s, 'address:a');
    await hit(s, 'address:b');
    now += 61_000;
    await hit(s, 'address:c');
    expect(s.size).toBe(1);
  });
});
