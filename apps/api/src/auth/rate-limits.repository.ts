import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A key's counter right after a hit. */
export interface RateLimitHitRow {
  hits: number;
  /** The end of the window the hit was counted in, as text: identifies the window for giveBack. */
  window: string;
  /** Seconds until the window ends. */
  expires_in: number;
  /** Seconds until a block ends; 0 when not blocked (GREATEST ignores a NULL blocked_until). */
  blocked_for: number;
}

/** Fixed-window counters per key (rate limits and failed sign-ins), shared by all API instances. */
@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts one hit on a key in its current window (starting a new window of `ttlMs` when the last
   * one has ended), atomically, in one upsert.
   */
  async hit(
    key: string,
    ttlMs: number,
    m: EntityManager = this.db.manager,
  ): Promise<RateLimitHitRow> {
    const [row] = (await m.query(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at)
       VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                               ELSE r.window_ends_at END
       RETURNING hits, window_ends_at::text AS window,
         GREATEST(0, extract(epoch FROM window_ends_at - now()))::float8 AS expires_in,
         GREATEST(0, extract(epoch FROM blocked_until - now()))::float8 AS blocked_for`,
      [key, ttlMs],
    )) as RateLimitHitRow[];
    return row;
  }

  /** Blocks a key for `durationMs` from now. */
  async block(key: string, durationMs: number, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE rate_limits SET blocked_until = now() + make_interval(secs => $2::float8 / 1000) WHERE key = $1`,
      [key, durationMs],
    );
  }

  /** Takes one hit back from the window that ends at `window`; nothing if that window is over. */
  async giveBack(key: string, window: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE rate_limits SET hits = GREATEST(hits - 1, 0)
        WHERE key = $1 AND window_ends_at = $2::timestamptz`,
      [key, window],
    );
  }

  /** Forgets counters whose window ended over an hour ago and that are not blocked. */
  async deleteExpired(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'
         AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
