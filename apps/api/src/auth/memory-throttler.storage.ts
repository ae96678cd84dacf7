import type { ThrottlerStorage } from '@nestjs/throttler';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface Counter {
  hits: number;
  windowEndsAt: number;
  blockedUntil: number;
}

/** Ended counters are dropped at most this often, on the next hit after it. */
const SWEEP_EVERY_MS = 60_000;

/**
 * @nestjs/throttler counters in this process's memory, in fixed windows: the general rate limit
 * costs no database write per request. With several API processes each counts for itself, so an
 * address may make up to RATE_LIMIT_PER_MINUTE requests a minute on each (README "Sign-in
 * protection"). The sign-in limits stay in PostgreSQL, shared and exact (sign-in-throttle.ts).
 */
export class MemoryThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private nextSweepAt: number;

  constructor(private readonly now: () => number = Date.now) {
    this.nextSweepAt = now() + SWEEP_EVERY_MS;
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    if (now >= this.nextSweepAt) this.sweep(now);
    const fullKey = `${throttlerName}:${key}`;
    let counter = this.counters.get(fullKey);
    if (!counter || counter.windowEndsAt <= now) {
      counter = { hits: 0, windowEndsAt: now + ttl, blockedUntil: counter?.blockedUntil ?? 0 };
      this.counters.set(fullKey, counter);
    }
    counter.hits++;
    if (counter.blockedUntil <= now && counter.hits > limit)
      counter.blockedUntil = now + blockDuration;
    const blockedFor = Math.max(0, counter.blockedUntil - now);
    return Promise.resolve({
      totalHits: counter.hits,
      timeToExpire: Math.ceil((counter.windowEndsAt - now) / 1000),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: Math.ceil(blockedFor / 1000),
    });
  }

  /** How many addresses are being counted (tests). */
  get size(): number {
    return this.counters.size;
  }

  private sweep(now: number): void {
    this.nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [key, c] of this.counters)
      if (c.windowEndsAt <= now && c.blockedUntil <= now) this.counters.delete(key);
  }
}
