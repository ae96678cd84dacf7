import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** The signed-in user behind a live session, as the API uses it on every request. */
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
  /** Set when the request came with a read-only API token rather than a session cookie. */
  apiTokenId?: string;
}

/** A live session joined with its user and council, as returned by `touchActive`. */
export interface SessionUserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  council_id: string | null;
  council_name: string | null;
  token_hash: string;
  csrf_token_hash: string;
  expires_at: Date;
}

export function toSessionUser(row: SessionUserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    councilId: row.council_id ?? null,
    councilName: row.council_name ?? null,
    sessionTokenHash: row.token_hash,
    csrfTokenHash: row.csrf_token_hash,
    expiresAt: new Date(row.expires_at),
  };
}

export interface NewSessionRow {
  tokenHash: string;
  userId: string;
  csrfTokenHash: string;
  expiresAt: Date;
}

/** Sessions live in PostgreSQL so any API instance can serve any request. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(session: NewSessionRow, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [session.tokenHash, session.userId, session.csrfTokenHash, session.expiresAt],
    );
  }

  /**
   * Returns a session with its user, only if it is live: not past its absolute expiry nor idle for
   * `idleMinutes`, its user active and its council (if any) not archived. Marks it as used only
   * when its last recorded use is `touchAfterSeconds` old or more, so most reads write nothing.
   */
  async touchActive(
    tokenHash: string,
    idleMinutes: number,
    touchAfterSeconds: number,
    m: EntityManager = this.db.manager,
  ): Promise<SessionUserRow | undefined> {
    const rows = (await m.query(
      `WITH live AS (
         SELECT u.id, u.email, u.display_name, u.role, u.council_id, c.name AS council_name,
                s.token_hash, s.csrf_token_hash, s.expires_at, s.last_seen_at
           FROM sessions s JOIN users u ON u.id = s.user_id
           LEFT JOIN councils c ON c.id = u.council_id
          WHERE s.token_hash = $1 AND u.status = 'active'
            AND c.archived_at IS NULL -- an archived council's people are signed out at once
            AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)
       ), touched AS ( -- runs whether or not the SELECT below reads it
         UPDATE sessions s SET last_seen_at = now() FROM live
          WHERE s.token_hash = live.token_hash
            AND live.last_seen_at <= now() - make_interval(secs => $3::float8)
       )
       SELECT id, email, display_name, role, council_id, council_name, token_hash, csrf_token_hash,
              expires_at
         FROM live`,
      [tokenHash, idleMinutes, touchAfterSeconds],
    )) as SessionUserRow[];
    return rows[0];
  }

  async deleteByTokenHash(tokenHash: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }

  async deleteByUser(userId: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }

  /** Ends the sessions of every person of a council. */
  async deleteByCouncil(councilId: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE council_id = $1)`,
      [councilId],
    );
  }
}
