import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitsRepository } from './rate-limits.repository';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * @nestjs/throttler counters kept in PostgreSQL, so limits hold across API instances (the API is
 * stateless). Also sweeps old counters, the sign-in throttle's among them.
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
    const row = await this.rateLimits.hit(fullKey, ttl);
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

  private async sweep(): Promise<void> {
    await this.rateLimits.deleteExpired().catch(() => undefined);
  }
}
