import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Role } from '@rcp/vocabulary';
import { ApiPublic, ApiSessionOnly } from '../api-docs/api-responses';
import type { Request } from 'express';
import { Actor, Caller } from './actor';
import type { SessionUser } from './sessions.service';

export const PUBLIC_KEY = 'rcp:public';
export const ROLES_KEY = 'rcp:roles';
export const SESSION_ONLY_KEY = 'rcp:session-only';

/** Anyone may call this endpoint, signed in or not (the OpenAPI document says so too). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiPublic());

/**
 * The roles that may call this endpoint. Every endpoint must declare either @Public() or @Roles():
 * the access guard refuses anything undeclared (deny by default). When the route has a
 * `:councilId` parameter, callers other than coordinators must belong to that council.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Only with a signed-in session, never with an API token (403): sign-in and session endpoints,
 * and managing tokens themselves, so a leaked token cannot mint or revoke others.
 */
export const SessionOnly = () =>
  applyDecorators(SetMetadata(SESSION_ONLY_KEY, true), ApiSessionOnly());

export const ALL_ROLES: Role[] = ['coordinator', 'lead', 'manager', 'viewer'];

/** Express's request (pino-http has given it an `id`) with the session's user once resolved. */
export interface RequestWithSession extends Request {
  sessionUser?: SessionUser;
}

export function callerOf(req: RequestWithSession): Caller {
  return {
    ip: req.ip ?? null,
    requestId: req.id !== undefined ? String(req.id) : null,
    apiTokenId: req.sessionUser?.apiTokenId ?? null,
  };
}

/** The signed-in actor of a @Roles() endpoint. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<RequestWithSession>();
  const user = req.sessionUser;
  if (!user) throw new Error('CurrentActor used on an endpoint without @Roles()');
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    councilId: user.councilId,
    ...callerOf(req),
  };
});

/** IP and request id of any caller, for @Public() endpoints. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Caller =>
    callerOf(ctx.switchToHttp().getRequest<RequestWithSession>()),
);
