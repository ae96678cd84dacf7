import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { Role } from '@rcp/vocabulary';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { CouncilsRepository } from '../councils/councils.repository';
import { BearerTokens, bearerOf } from '../api-tokens/bearer-tokens';
import {
  callerOf,
  PUBLIC_KEY,
  RequestWithSession,
  ROLES_KEY,
  SESSION_ONLY_KEY,
} from './access.decorators';
import { readCookie, SESSION_COOKIE, XSRF_COOKIE, XSRF_HEADER } from './cookies';
import { SessionsService } from './sessions.service';
import { hashToken, sameSecret } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** More than a national network has: the set is only cleared to bound memory. */
const MAX_KNOWN_COUNCILS = 10_000;

/**
 * The one gate in front of every endpoint, deny by default:
 * 1. resolves an `Authorization: Bearer` API token, or else the session cookie, to an active user;
 *    a token is read-only (any write is a 403, before anything else) and cannot reach
 *    @SessionOnly() endpoints; it needs no CSRF header, as no browser sends it on its own;
 *    every denial is recorded in the audit trail, with the API token when one was used;
 * 2. checks CSRF on every state-changing request (double-submit cookie, bound to the session);
 * 3. lets @Public() endpoints through, requires a session and one of the @Roles() otherwise;
 *    an endpoint that declares neither is refused;
 * 4. on routes with a `:councilId`, refuses other councils' callers with 404, as if the council
 *    did not exist, so IDs of other councils cannot be probed; for a coordinator, a council that
 *    does not exist is a 404 too.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  /**
   * Councils found to exist. None is deleted while the app runs (archiving keeps the row, and a
   * restore refuses while the app is up), so a coordinator's next request for one needs no query.
   */
  private readonly knownCouncils = new Set<string>();

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrailService,
    private readonly councils: CouncilsRepository,
    private readonly bearerTokens: BearerTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<RequestWithSession>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const bearer = bearerOf(req.headers.authorization);
    if (bearer !== undefined) {
      // The cookie is ignored: a request is either a tool's (token) or a browser's (session).
      // A write or a session-only endpoint is refused whatever the token; a live token's attempt
      // is recorded, with the token, so the trail shows who tried what through which tool.
      const write = !SAFE_METHODS.has(req.method);
      if (write || this.reflector.getAllAndOverride<boolean>(SESSION_ONLY_KEY, targets) === true) {
        req.sessionUser = await this.bearerTokens.resolve(bearer);
        if (req.sessionUser) await this.deny(req, write ? 'read-only' : 'session-only', 403);
        throw new ForbiddenException(
          write
            ? 'API tokens are read-only: sign in to make changes.'
            : 'API tokens cannot be used here: sign in instead.',
        );
      }
      // A public read needs nobody (health checks skip the rate limit): the token is not looked up.
      if (isPublic) return true;
      req.sessionUser = await this.bearerTokens.resolve(bearer);
      if (!req.sessionUser) {
        context
          .switchToHttp()
          .getResponse<Response>()
          .setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        throw new UnauthorizedException(
          'This API token is not valid: it is unknown, expired or revoked, or its owner can no longer use it.',
        );
      }
    } else {
      const token = readCookie(req, SESSION_COOKIE);
      if (token) req.sessionUser = await this.sessions.resolve(token);
      if (!SAFE_METHODS.has(req.method)) this.checkCsrf(req);
    }

    if (isPublic) return true;
    if (!roles) {
      this.logger.error(`${req.method} ${req.route?.path} declares no access rule; refused`);
      throw new ForbiddenException('You do not have access to this.');
    }
    const user = req.sessionUser;
    if (!user) throw new UnauthorizedException('Sign in to continue.');

    if (!roles.includes(user.role)) {
      await this.deny(req, 'role', 403);
      throw new ForbiddenException('You do not have access to this.');
    }

    const councilId = (req.params as Record<string, string | undefined>)['councilId'];
    if (councilId !== undefined) {
      const malformed = !UUID.test(councilId);
      if (malformed || (user.role !== 'coordinator' && user.councilId !== councilId)) {
        if (!malformed) await this.deny(req, 'council', 404);
        throw new NotFoundException('Council not found.');
      }
      // A coordinator may reach any council, but only one that exists.
      if (user.role === 'coordinator' && !(await this.councilExists(councilId)))
        throw new NotFoundException('Council not found.');
    }
    return true;
  }

  private async councilExists(id: string): Promise<boolean> {
    if (this.knownCouncils.has(id)) return true;
    if (!(await this.councils.exists(id))) return false;
    if (this.knownCouncils.size >= MAX_KNOWN_COUNCILS) this.knownCouncils.clear();
    this.knownCouncils.add(id);
    return true;
  }

  private checkCsrf(req: RequestWithSession): void {
    const header = req.headers[XSRF_HEADER];
    const sent = typeof header === 'string' ? header : undefined;
    const cookie = readCookie(req, XSRF_COOKIE);
    const valid =
      !!sent &&
      !!cookie &&
      sameSecret(sent, cookie) &&
      (!req.sessionUser || sameSecret(hashToken(sent), req.sessionUser.csrfTokenHash));
    if (!valid) {
      throw new ForbiddenException(
        'This request is missing its security token. Reload the page and try again.',
      );
    }
  }

  private async deny(
    req: RequestWithSession,
    reason: 'role' | 'council' | 'read-only' | 'session-only',
    status: number,
  ): Promise<void> {
    const user = req.sessionUser;
    await this.audit
      .record(
        { ...callerOf(req), userId: user?.id ?? null, email: user?.email ?? null },
        {
          action: 'access.denied',
          councilId: user?.councilId ?? null,
          after: { method: req.method, path: req.originalUrl.split('?')[0], reason, status },
        },
      )
      .catch((error: unknown) => this.logger.error(`Could not record a denial: ${String(error)}`));
  }
}
