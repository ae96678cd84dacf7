import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SessionsRepository, SessionUser, toSessionUser } from './sessions.repository';
import { hashToken, newToken } from './tokens';

export type { SessionUser } from './sessions.repository';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Sessions live in PostgreSQL so any API instance can serve any request. */
@Injectable()
export class SessionsService {
  private readonly idleMinutes: number;
  private readonly absoluteHours: number;

  constructor(
    private readonly sessions: SessionsRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleMinutes = config.get('sessionIdleMinutes', { infer: true });
    this.absoluteHours = config.get('sessionAbsoluteHours', { infer: true });
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
   * idle or absolute timeout, or its user is no longer active. Marks the session as used.
   */
  async resolve(token: string): Promise<SessionUser | undefined> {
    const row = await this.sessions.touchActive(hashToken(token), this.idleMinutes);
    return row ? toSessionUser(row) : undefined;
  }

  async end(token: string): Promise<void> {
    await this.sessions.deleteByTokenHash(hashToken(token));
  }

  /** Ends every session of a user at once (deactivation, password change). */
  async endAllFor(userId: string, manager?: EntityManager): Promise<void> {
    await this.sessions.deleteByUser(userId, manager);
  }

  /** Ends the sessions of everyone in a council (archiving it signs its people out for good). */
  async endAllForCouncil(councilId: string, manager?: EntityManager): Promise<void> {
    await this.sessions.deleteByCouncil(councilId, manager);
  }
}
