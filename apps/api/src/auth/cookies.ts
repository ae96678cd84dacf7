import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'rcp_session';
/** The name Angular's HttpClient reads and echoes as the X-XSRF-TOKEN header. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

export type CookieSecure = 'auto' | 'true' | 'false';

function base(req: Request, secure: CookieSecure): CookieOptions {
  return {
    path: '/',
    sameSite: 'lax',
    secure: secure === 'auto' ? req.secure : secure === 'true',
  };
}

export function setSessionCookies(
  req: Request,
  res: Response,
  secure: CookieSecure,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  res.cookie(SESSION_COOKIE, session.token, {
    ...base(req, secure),
    httpOnly: true,
    expires: session.expiresAt,
  });
  res.cookie(XSRF_COOKIE, session.csrfToken, { ...base(req, secure), httpOnly: false });
}

export function setXsrfCookie(
  req: Request,
  res: Response,
  secure: CookieSecure,
  token: string,
): void {
  res.cookie(XSRF_COOKIE, token, { ...base(req, secure), httpOnly: false });
}

export function clearSessionCookie(req: Request, res: Response, secure: CookieSecure): void {
  res.clearCookie(SESSION_COOKIE, { ...base(req, secure), httpOnly: true });
}

export function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined;
}
