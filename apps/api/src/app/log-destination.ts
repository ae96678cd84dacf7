import pino from 'pino';

let destination: pino.DestinationStream | undefined;

/**
 * If whatever reads stdout stalls, unwritten lines stop growing here and are dropped instead
 * (security events are also in the audit trail, in PostgreSQL): the API keeps answering and its
 * memory stays bounded.
 */
const MAX_UNWRITTEN_BYTES = 16 * 1024 * 1024;

/**
 * Where the logs go: stdout, written asynchronously. A synchronous write cost one system call per
 * request line; now lines that arrive while a write is under way go out together with the next
 * one, and each line still leaves as soon as the previous write is done (nothing waits for a
 * buffer to fill). pino flushes what is left when the process exits. One per process: every app
 * instance in it (tests start many) shares it.
 */
export function logDestination(): pino.DestinationStream {
  destination ??= pino.destination({ dest: 1, sync: false, maxLength: MAX_UNWRITTEN_BYTES });
  return destination;
}
