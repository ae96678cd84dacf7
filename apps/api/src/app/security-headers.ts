import helmet, { HelmetOptions } from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Helmet's headers, worked out once at start-up and then set with one loop per request. Our
 * options make every header a constant (the CSP has no per-request nonce), so each answer gets
 * exactly what helmet would give it, without helmet's dozen middleware calls per request.
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  };
  let called = false;
  helmet(options)({} as Request, probe as unknown as Response, () => (called = true));
  if (!called) throw new Error('helmet did not finish synchronously; its headers are not constant');
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
