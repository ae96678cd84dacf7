import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitHitRow, RateLimitsRepository } from './rate-limits.repository';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * @nestjs/throttler counters kept in PostgreSQL, so limits hold across API instances (the API is
 * stateless). Also used directly to count failed sign-ins.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly rateLimits: RateLimitsRepository) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const fullKey = `${throttlerName}:${key}`;
    const row = await this.count(fullKey, ttl);
    let blockedFor = row.blocked_for;
    if (blockedFor <= 0 && row.hits > limit) {
      await this.rateLimits.block(fullKey, blockDuration);
      blockedFor = blockDuration / 1000;
    }
    if (Math.random() < 0.01) void this.sweep();
    return {
      totalHits: row.hits,
      timeToExpire: Math.ceil(row.expires_in),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: Math.ceil(blockedFor),
    };
  }

  /**
   * Counts one hit on a key in its current window (starting a new window when the last one has
   * ended), atomically. `window` identifies the window, for giveBack.
   */
  async count(fullKey: string, ttl: number): Promise<RateLimitHitRow> {
    return this.rateLimits.hit(fullKey, ttl);
  }

  /**
   * Takes back one hit (an attempt that turned out fine) from the window it was counted in; if
   * that window has ended meanwhile, there is nothing to take back.
   */
  async giveBack(fullKey: string, window: string): Promise<void> {
    await this.rateLimits.giveBack(fullKey, window);
  }

  private async sweep(): Promise<void> {
    await this.rateLimits.deleteExpired().catch(() => undefined);
  }
}
