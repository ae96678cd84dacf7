import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

type WithId = IncomingMessage & { id?: string | number };

/**
 * The request's id: the caller's X-Request-Id when it is sane (a proxy may have set it),
 * otherwise a new UUID; set once, echoed in the response header, and used by the logs.
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const request = req as WithId;
  if (request.id !== undefined) return String(request.id);
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Express middleware that gives every request its id first, before bodies are even read. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  requestId(req, res);
  next();
}
