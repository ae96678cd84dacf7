import helmet from 'helmet';
import type { Request, Response } from 'express';
import { CONTENT_SECURITY_POLICY } from './configure-app';
import { securityHeaders } from './security-headers';

/** The headers a middleware leaves on a response that had X-Powered-By set. */
function headersAfter(middleware: (req: Request, res: Response, next: () => void) => void) {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let nextCalls = 0;
  middleware({} as Request, res as unknown as Response, () => nextCalls++);
  return { headers: Object.fromEntries(headers), nextCalls };
}

describe('security headers worked out once', () => {
  const options = { contentSecurityPolicy: CONTENT_SECURITY_POLICY };

  it('gives a response exactly the headers helmet gives it, and passes it on once', () => {
    const ours = headersAfter(securityHeaders(options));
    expect(ours).toEqual(headersAfter(helmet(options)));
    expect(ours.nextCalls).toBe(1);
    expect(Object.keys(ours.headers)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
        'cross-origin-opener-policy',
        'cross-origin-resource-policy',
      ]),
    );
    expect(ours.headers['x-powered-by']).toBeUndefined();
  });

  it('gives every response the same headers', () => {
    const middleware = securityHeaders(options);
    expect(headersAfter(middleware)).toEqual(headersAfter(middleware));
  });
});
