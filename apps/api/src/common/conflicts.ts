import { ConflictException } from '@nestjs/common';

/**
 * The one 409 for "you edited an old copy": every versioned record answers a stale write the same
 * way, naming what changed so the reader knows what to reload.
 */
export function staleVersion(what: string): ConflictException {
  return new ConflictException(
    `Someone else changed ${what} since you loaded it. Reload and try again.`,
  );
}
