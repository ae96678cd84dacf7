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

/** What claimAttempt decided: go ahead (the attempt is counted), or wait this many seconds. */
export type AttemptClaim =
  | { admitted: true; attempts: number }
  | { admitted: false; waitSeconds: number };

/**
 * Counters per key, shared by all API instances: fixed windows (failed sign-ins per address) and attempts-in-a-row with a wait between them (failed sign-ins per account and address).
 */
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

  /**
   * Claims one attempt on a counter of attempts in a row, unless the wait set by the previous one
   * has not passed yet. An admitted attempt is counted at once (so a parallel burst cannot all slip
   * through), sets the wait before the next one to `waitAfter(attempts)` seconds, and keeps the
   * counter for `forgetAfterMs` more; after that it starts again from one. For this kind of
   * counter `window_ends_at` is when it is forgotten and `blocked_until` when the next attempt may
   * come. The row lock makes concurrent claims take turns, so the count is exact.
   */
  async claimAttempt(
    key: string,
    forgetAfterMs: number,
    waitAfter: (attempts: number) => number,
  ): Promise<AttemptClaim> {
    return this.db.transaction(async (m) => {
      // Creates the counter if need be and locks it until the transaction ends.
      const [row] = (await m.query(
        `INSERT INTO rate_limits AS r (key, hits, window_ends_at) VALUES ($1, 0, now())
         ON CONFLICT (key) DO UPDATE SET hits = r.hits
         RETURNING CASE WHEN window_ends_at <= now() THEN 0 ELSE hits END AS attempts,
           CASE WHEN window_ends_at <= now() THEN 0
                ELSE GREATEST(0, extract(epoch FROM blocked_until - now())) END::float8 AS wait`,
        [key],
      )) as Array<{ attempts: number; wait: number }>;
      if (row.wait > 0) return { admitted: false, waitSeconds: row.wait };
      const attempts = row.attempts + 1;
      await m.query(
        `UPDATE rate_limits SET hits = $2,
           window_ends_at = now() + make_interval(secs => $3::float8 / 1000),
           blocked_until = now() + make_interval(secs => $4::float8)
         WHERE key = $1`,
        [key, attempts, forgetAfterMs, waitAfter(attempts)],
      );
      return { admitted: true, attempts };
    });
  }

  /** Forgets one counter (a successful sign-in clears its failures in a row). */
  async forget(key: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  }

  /** Forgets counters whose window ended over an hour ago and that are not blocked. */
  async deleteExpired(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'
         AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
