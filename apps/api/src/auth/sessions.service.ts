import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { ApiTokenCache } from '../api-tokens/api-token-cache';
import { ApiTokensRepository } from '../api-tokens/api-tokens.repository';
import { AppConfig } from '../config/app-config';
import { SessionCache } from './session-cache';
import { SessionsRepository, SessionUser, toSessionUser } from './sessions.repository';
import { hashToken, newToken } from './tokens';

export type { SessionUser } from './sessions.repository';

/** A session's last use is written at most this often (less often than every request). */
export const LAST_SEEN_EVERY_SECONDS = 60;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Sessions live in PostgreSQL so any API instance can serve any request; each process remembers
 * the ones it checked for a few seconds (SessionCache), so most requests neither read nor write.
 */
@Injectable()
export class SessionsService {
  private readonly idleMinutes: number;
  private readonly absoluteHours: number;
  private readonly touchAfterSeconds: number;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionCache,
    // API tokens act for their creator: whatever ends or changes a person's sessions does theirs.
    private readonly tokenCache: ApiTokenCache,
    private readonly apiTokens: ApiTokensRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleMinutes = config.get('sessionIdleMinutes', { infer: true });
    this.absoluteHours = config.get('sessionAbsoluteHours', { infer: true });
    // A short idle timeout needs its last use written more often, or sessions in use would end.
    this.touchAfterSeconds = Math.min(LAST_SEEN_EVERY_SECONDS, (this.idleMinutes * 60) / 4);
  }

  async create(userId: string, manager?: EntityManager): Promise<NewSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.absoluteHours * 3600_000);
    await this.sessions.insert(
      { tokenHash: hashToken(token), userId, csrfTokenHash: hashToken(csrfToken), expiresAt },
      manager,
    );
    return { token, csrfToken, expiresAt };
  }

  /**
   * The active user behind a session cookie, or undefined when the session is unknown, past its
   * idle or absolute timeout, or its user is no longer active. Records its use at most once per
   * `touchAfterSeconds`, so the idle timeout may end a session up to about a minute early, never late.
   */
  async resolve(token: string): Promise<SessionUser | undefined> {
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const mark = this.cache.mark();
    const row = await this.sessions.touchActive(
      tokenHash,
      this.idleMinutes,
      this.touchAfterSeconds,
    );
    if (!row) return undefined;
    const user = toSessionUser(row);
    this.cache.set(user, mark);
    return user;
  }

  async end(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.cache.forget(tokenHash);
    await this.sessions.deleteByTokenHash(tokenHash);
    this.cache.forget(tokenHash);
  }

  /** Ends every session and API token of a user at once (deactivation). */
  async endAllFor(userId: string, manager?: EntityManager): Promise<void> {
    this.cache.forgetUser(userId);
    this.tokenCache.forgetUser(userId);
    await this.sessions.deleteByUser(userId, manager);
    await this.apiTokens.revokeAllOf({ createdBy: userId }, manager);
    this.cache.forgetUser(userId);
    this.tokenCache.forgetUser(userId);
  }

  /** Revokes the API tokens a lead made, as they stop being the lead (in the role change). */
  async endApiTokensOf(userId: string, manager: EntityManager): Promise<void> {
    this.tokenCache.forgetUser(userId);
    await this.apiTokens.revokeAllOf({ createdBy: userId }, manager);
  }

  /**
   * Makes this process read the person's sessions afresh on their next request (after a change of
   * role or status has committed). Other processes notice within SESSION_CACHE_MS.
   */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
    this.tokenCache.forgetUser(userId);
  }

  /**
   * Ends the sessions and API tokens of everyone in a council (archiving it signs its people out
   * for good).
   */
  async endAllForCouncil(councilId: string, manager?: EntityManager): Promise<void> {
    this.cache.forgetCouncil(councilId);
    this.tokenCache.forgetCouncil(councilId);
    await this.sessions.deleteByCouncil(councilId, manager);
    await this.apiTokens.revokeAllOf({ councilId }, manager);
    this.cache.forgetCouncil(councilId);
    this.tokenCache.forgetCouncil(councilId);
  }
}
