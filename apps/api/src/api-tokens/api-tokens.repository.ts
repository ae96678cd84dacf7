import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiToken } from '@rcp/api-contract';
import type { Role } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** A live token with the person it acts for, as `touchLive` returns it. */
export interface LiveApiTokenRow {
  token_id: string;
  id: string;
  email: string;
  display_name: string;
  role: Role;
  council_id: string | null;
  council_name: string | null;
  token_hash: string;
  expires_at: Date;
}

export interface NewApiTokenRow {
  name: string;
  tokenHash: string;
  prefix: string;
  councilId: string | null;
  createdBy: string;
  /** The last day it works, YYYY-MM-DD in UK time. */
  expiresOn: string;
}

interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  council_id: string | null;
  council_name: string | null;
  created_by_name: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  expired: boolean;
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    councilId: row.council_id,
    councilName: row.council_name,
    createdByName: row.created_by_name,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    status: row.expired ? 'expired' : 'active',
  };
}

const SELECT_TOKENS = `
  SELECT t.id, t.name, t.prefix, t.council_id, c.name AS council_name,
         u.display_name AS created_by_name, t.created_at, t.expires_at, t.last_used_at,
         t.expires_at <= now() AS expired
    FROM api_tokens t JOIN users u ON u.id = t.created_by
    LEFT JOIN councils c ON c.id = t.council_id`;

/** Which tokens a list or a revocation may see: one council's, the network's, or every one. */
export type TokenScope = { councilId: string } | { network: true } | { all: true };

function scopeSql(scope: TokenScope, param: number): { sql: string; params: unknown[] } {
  if ('councilId' in scope) return { sql: `t.council_id = $${param}`, params: [scope.councilId] };
  if ('network' in scope) return { sql: `t.council_id IS NULL`, params: [] };
  return { sql: 'true', params: [] };
}

@Injectable()
export class ApiTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Stores a new token; it works until the end of `expiresOn` in UK time. An expired token of
   * the same scope and name is retired first (it is dead anyway), so only live tokens hold a name.
   */
  async insert(token: NewApiTokenRow, m: EntityManager = this.db.manager): Promise<ApiToken> {
    await m.query(
      `UPDATE api_tokens SET revoked_at = now()
        WHERE council_id IS NOT DISTINCT FROM $1 AND lower(name) = lower($2)
          AND revoked_at IS NULL AND expires_at <= now()`,
      [token.councilId, token.name],
    );
    const [row] = (await m.query(
      `INSERT INTO api_tokens (name, token_hash, prefix, council_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, (($6::date + 1)::timestamp AT TIME ZONE 'Europe/London'))
       RETURNING id`,
      [
        token.name,
        token.tokenHash,
        token.prefix,
        token.councilId,
        token.createdBy,
        token.expiresOn,
      ],
    )) as { id: string }[];
    const created = await this.find(row.id, { all: true }, m);
    if (!created) throw new Error('unreachable: the token was just inserted');
    return created;
  }

  /** Tokens not revoked (expired ones too, marked so), newest first. */
  async list(scope: TokenScope, m: EntityManager = this.db.manager): Promise<ApiToken[]> {
    const where = scopeSql(scope, 1);
    const rows = (await m.query(
      `${SELECT_TOKENS} WHERE t.revoked_at IS NULL AND ${where.sql}
        ORDER BY t.created_at DESC, t.id`,
      where.params,
    )) as ApiTokenRow[];
    return rows.map(toApiToken);
  }

  async find(
    id: string,
    scope: TokenScope,
    m: EntityManager = this.db.manager,
  ): Promise<ApiToken | undefined> {
    const where = scopeSql(scope, 2);
    const rows = (await m.query(
      `${SELECT_TOKENS} WHERE t.id = $1 AND t.revoked_at IS NULL AND ${where.sql}`,
      [id, ...where.params],
    )) as ApiTokenRow[];
    return rows[0] ? toApiToken(rows[0]) : undefined;
  }

  /**
   * Revokes for good every live token a person made (deactivated, or no longer a lead), or every
   * live token of a council (archived): bringing them back later must not revive a token that
   * may have leaked meanwhile, as it does not revive sessions.
   */
  async revokeAllOf(
    owner: { createdBy: string } | { councilId: string },
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    const [column, id] =
      'createdBy' in owner ? ['created_by', owner.createdBy] : ['council_id', owner.councilId];
    await m.query(
      `UPDATE api_tokens SET revoked_at = now() WHERE ${column} = $1 AND revoked_at IS NULL`,
      [id],
    );
  }

  /** Revokes a token of the scope; returns its hash, or undefined when there is none to revoke. */
  async revoke(
    id: string,
    scope: TokenScope,
    revokedBy: string,
    m: EntityManager = this.db.manager,
  ): Promise<string | undefined> {
    const where = scopeSql(scope, 3);
    const rows = (await m.query(
      `UPDATE api_tokens t SET revoked_at = now(), revoked_by = $2
        WHERE t.id = $1 AND t.revoked_at IS NULL AND ${where.sql}
        RETURNING t.token_hash`,
      [id, revokedBy, ...where.params],
    )) as [{ token_hash: string }[], number];
    return rows[0][0]?.token_hash;
  }

  /**
   * The token with the person it acts for, only while it is live: not revoked nor expired, its
   * creator active and still a lead of the same council (or still a coordinator for a network
   * token), the council not archived. Records its use at most every `touchAfterSeconds`.
   */
  async touchLive(
    tokenHash: string,
    touchAfterSeconds: number,
    m: EntityManager = this.db.manager,
  ): Promise<LiveApiTokenRow | undefined> {
    const rows = (await m.query(
      `WITH live AS (
         SELECT t.id AS token_id, u.id, u.email, u.display_name, u.role, t.council_id,
                c.name AS council_name, t.token_hash, t.expires_at, t.last_used_at
           FROM api_tokens t JOIN users u ON u.id = t.created_by
           LEFT JOIN councils c ON c.id = t.council_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
            AND u.status = 'active' AND u.role IN ('lead', 'coordinator')
            AND u.council_id IS NOT DISTINCT FROM t.council_id
            AND c.archived_at IS NULL
       ), touched AS ( -- runs whether or not the SELECT below reads it
         UPDATE api_tokens t SET last_used_at = now() FROM live
          WHERE t.id = live.token_id
            AND (live.last_used_at IS NULL
                 OR live.last_used_at <= now() - make_interval(secs => $2::float8))
       )
       SELECT token_id, id, email, display_name, role, council_id, council_name, token_hash,
              expires_at
         FROM live`,
      [tokenHash, touchAfterSeconds],
    )) as LiveApiTokenRow[];
    return rows[0];
  }
}
