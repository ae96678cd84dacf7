import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../auth/sessions.repository';
import { hashToken } from '../auth/tokens';
import { ApiTokenCache } from './api-token-cache';
import { ApiTokensRepository } from './api-tokens.repository';

/** Every token starts with this, so secret scanners (and people) recognise one in a leak. */
export const API_TOKEN_PREFIX = 'rcp_';
/** How many characters of a token are kept, in the clear, to tell tokens apart in lists. */
const SHOWN_CHARACTERS = API_TOKEN_PREFIX.length + 8;
/** A token's last use is written at most this often, like a session's last_seen. */
export const LAST_USED_EVERY_SECONDS = 60;

const WELL_FORMED = /^rcp_[A-Za-z0-9_-]{43}$/;

export interface NewBearerToken {
  token: string;
  /**
   * SHA-256, not a password hash (argon2): the secret is 256 random bits, so nobody can guess it
   * from its hash and a slow hash would only make every API request slower. Passwords are chosen
   * by people and need the slow hash; random tokens do not (the field standard, as for sessions).
   */
  tokenHash: string;
  prefix: string;
}

export function newBearerToken(): NewBearerToken {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

/** The token of an `Authorization: Bearer …` header; undefined without one (other schemes too). */
export function bearerOf(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * Resolves a bearer token to the person it acts for, as a read-only SessionUser carrying the
 * token's id, checked like a session: cached for a few seconds, forgotten at once on revocation.
 */
@Injectable()
export class BearerTokens {
  constructor(
    private readonly tokens: ApiTokensRepository,
    private readonly cache: ApiTokenCache,
  ) {}

  async resolve(token: string): Promise<SessionUser | undefined> {
    if (!WELL_FORMED.test(token)) return undefined;
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const mark = this.cache.mark();
    const row = await this.tokens.touchLive(tokenHash, LAST_USED_EVERY_SECONDS);
    if (!row) return undefined;
    const user: SessionUser = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      councilId: row.council_id,
      councilName: row.council_name,
      sessionTokenHash: row.token_hash,
      // No CSRF with a bearer token: it is never sent by a browser on its own, and it cannot write.
      csrfTokenHash: '',
      expiresAt: new Date(row.expires_at),
      apiTokenId: row.token_id,
    };
    this.cache.set(user, mark);
    return user;
  }

  forget(tokenHash: string): void {
    this.cache.forget(tokenHash);
  }
}
