import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const fullKey = `${throttlerName}:${key}`;
    const row = await this.count(fullKey, ttl);
    let blockedFor = row.blocked_for ?? 0;
    if (blockedFor <= 0 && row.hits > limit) {
      await this.db.query(
        `UPDATE rate_limits SET blocked_until = now() + make_interval(secs => $2::float8 / 1000) WHERE key = $1`,
        [fullKey, blockDuration],
      );
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
  async count(
    fullKey: string,
    ttl: number,
  ): Promise<{ hits: number; expires_in: number; blocked_for: number | null; window: string }> {
    const [row] = (await this.db.query(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at)
       VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                               ELSE r.window_ends_at END
       RETURNING hits, window_ends_at::text AS window,
         GREATEST(0, extract(epoch FROM window_ends_at - now()))::float8 AS expires_in,
         GREATEST(0, extract(epoch FROM blocked_until - now()))::float8 AS blocked_for`,
      [fullKey, ttl],
    )) as Array<{ hits: number; expires_in: number; blocked_for: number | null; window: string }>;
    return row;
  }

  /**
   * Takes back one hit (an attempt that turned out fine) from the window it was counted in; if
   * that window has ended meanwhile, there is nothing to take back.
   */
  async giveBack(fullKey: string, window: string): Promise<void> {
    await this.db.query(
      `UPDATE rate_limits SET hits = GREATEST(hits - 1, 0)
        WHERE key = $1 AND window_ends_at = $2::timestamptz`,
      [fullKey, window],
    );
  }

  private async sweep(): Promise<void> {
    await this.db
      .query(
        `DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'
           AND (blocked_until IS NULL OR blocked_until < now())`,
      )
      .catch(() => undefined);
  }
}
