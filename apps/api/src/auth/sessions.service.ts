import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { hashToken, newToken } from './tokens';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  sessionTokenHash: string;
  csrfTokenHash: string;
  expiresAt: Date;
}

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
    @InjectDataSource() private readonly db: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleMinutes = config.get('sessionIdleMinutes', { infer: true });
    this.absoluteHours = config.get('sessionAbsoluteHours', { infer: true });
  }

  async create(userId: string, manager: EntityManager = this.db.manager): Promise<NewSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.absoluteHours * 3600_000);
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [hashToken(token), userId, hashToken(csrfToken), expiresAt],
    );
    return { token, csrfToken, expiresAt };
  }

  /**
   * The active user behind a session cookie, or undefined when the session is unknown, past its
   * idle or absolute timeout, or its user is no longer active. Marks the session as used.
   */
  async resolve(token: string): Promise<SessionUser | undefined> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `UPDATE sessions s SET last_seen_at = now()
         FROM users u LEFT JOIN councils c ON c.id = u.council_id
        WHERE s.token_hash = $1 AND u.id = s.user_id AND u.status = 'active'
          AND c.archived_at IS NULL -- an archived council's people are signed out at once
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
        RETURNING u.id, u.email, u.display_name, u.role, u.council_id, c.name AS council_name,
                  s.token_hash, s.csrf_token_hash, s.expires_at`,
      [hashToken(token), this.idleMinutes],
    );
    // node-postgres returns [rows, count] for UPDATE … RETURNING through TypeORM's query().
    const row = (Array.isArray(rows[0]) ? (rows[0] as unknown[])[0] : rows[0]) as
      | Record<string, unknown>
      | undefined;
    if (!row) return undefined;
    return {
      id: row['id'] as string,
      email: row['email'] as string,
      displayName: row['display_name'] as string,
      role: row['role'] as Role,
      councilId: (row['council_id'] as string | null) ?? null,
      councilName: (row['council_name'] as string | null) ?? null,
      sessionTokenHash: row['token_hash'] as string,
      csrfTokenHash: row['csrf_token_hash'] as string,
      expiresAt: new Date(row['expires_at'] as string),
    };
  }

  async end(token: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
  }

  /** Ends every session of a user at once (deactivation, password change). */
  async endAllFor(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }
}
