import pino from 'pino';

let destination: pino.DestinationStream | undefined;

/**
 * Where the logs go: stdout, written asynchronously. A synchronous write cost one system call per
 * request line; now lines that arrive while a write is under way go out together with the next
 * one, and each line still leaves as soon as the previous write is done (nothing waits for a
 * buffer to fill). pino flushes what is left when the process exits. One per process: every app
 * instance in it (tests start many) shares it.
 */
export function logDestination(): pino.DestinationStream {
  destination ??= pino.destination({ dest: 1, sync: false });
  return destination;
}
