import pino from 'pino';

let destination: ReturnType<typeof pino.destination> | undefined;

/**
 * If whatever reads stdout stalls, unwritten lines stop growing here and are dropped instead
 * (security events are also in the audit trail, in PostgreSQL): the API keeps answering and its
 * memory stays bounded.
 */
const MAX_UNWRITTEN_BYTES = 16 * 1024 * 1024;

/**
 * Lines are gathered until this many bytes (about 15 request lines) or this long has passed:
 * one write per line was a fifth of a light request's CPU at low load (a thread-pool hand-off and
 * a system call each), and a line still reaches stdout within a quarter of a second.
 */
const GATHER_BYTES = 4096;
const GATHER_MS = 250;

/**
 * Where the logs go: stdout, written asynchronously, in batches (above). pino flushes what is
 * left when the process exits. One per process: every app instance in it (tests start many)
 * shares it.
 */
export function logDestination(): pino.DestinationStream {
  destination ??= pino.destination({
    dest: 1,
    sync: false,
    maxLength: MAX_UNWRITTEN_BYTES,
    minLength: GATHER_BYTES,
    periodicFlush: GATHER_MS,
  });
  return destination;
}

/** Sends gathered lines now (after start-up messages, which operators and scripts wait for). */
export function flushLogs(): void {
  destination?.flush();
}
