import type { SessionUser } from './sessions.repository';

/** How long a process trusts a session it has checked before asking PostgreSQL again. */
export const SESSION_CACHE_MS = 5_000;
/** At most this many sessions are remembered; the oldest is forgotten first. */
export const SESSION_CACHE_MAX = 10_000;

interface Entry {
  user: SessionUser;
  validUntil: number;
}

/**
 * Live sessions this process has checked in the last few seconds, so a burst of requests does
 * not read PostgreSQL for each. Ending sessions here forgets them at once; another process
 * notices within SESSION_CACHE_MS (README "Sessions").
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly ttlMs = SESSION_CACHE_MS,
    private readonly maxEntries = SESSION_CACHE_MAX,
    private readonly now: () => number = Date.now,
  ) {}

  get(tokenHash: string): SessionUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.validUntil > this.now()) return entry.user;
    this.entries.delete(tokenHash);
    return undefined;
  }

  /**
   * A mark to pass to `set`: a lookup that started before sessions were ended must not put back
   * what was just forgotten.
   */
  mark(): number {
    return this.generation;
  }

  set(user: SessionUser, mark: number): void {
    if (mark !== this.generation || this.ttlMs <= 0) return;
    const validUntil = Math.min(this.now() + this.ttlMs, user.expiresAt.getTime());
    this.entries.delete(user.sessionTokenHash);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(user.sessionTokenHash, { user, validUntil });
  }

  forget(tokenHash: string): void {
    this.generation++;
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.forgetWhere((u) => u.id === userId);
  }

  forgetCouncil(councilId: string): void {
    this.forgetWhere((u) => u.councilId === councilId);
  }

  /** Forgets everything (tests use it to stand for the cache's few seconds passing). */
  clear(): void {
    this.forgetWhere(() => true);
  }

  get size(): number {
    return this.entries.size;
  }

  private forgetWhere(match: (user: SessionUser) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (match(entry.user)) this.entries.delete(key);
  }
}
