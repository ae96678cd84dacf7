import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { signal } from '@angular/core';
import { ErrorBody } from '@rcp/api-contract';
import { ErrorItem } from './field-errors';

/**
 * True when the API refused a write with 409 Conflict: the record changed since the form read it
 * (or, where the API says so in field errors, a value clashes with another record's). Takes the
 * failed request's error (`HttpErrorResponse`) or the error body made of it (`toErrorBody`).
 */
export function isConflict(error: unknown): boolean {
  if (error instanceof HttpErrorResponse) return error.status === HttpStatusCode.Conflict;
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Partial<ErrorBody>).statusCode === HttpStatusCode.Conflict
  );
}

/**
 * The "someone else changed this" state of a form that saves with the version it read. When a save
 * comes back 409, the form keeps what the person typed on screen (nothing is lost), its error
 * summary says someone else changed it, and a Reload button (`<rcp-conflict-reload>`) offers their
 * version; only reloading replaces the person's edits.
 *
 * ```ts
 * protected readonly conflict = new EditConflict('Someone else changed this council. Reload…');
 * // on a failed save:
 * const items = this.conflict.recognise(error);
 * if (items) return this.errors.set(items);
 * ```
 */
export class EditConflict {
  private readonly raised = signal(false);
  /** Whether the form is showing the conflict (and its Reload button). */
  readonly shown = this.raised.asReadonly();

  /** @param message The error summary's sentence, e.g. "Someone else changed this council…". */
  constructor(readonly message: string) {}

  /** Shows the conflict; returns the error summary's items. */
  raise(): ErrorItem[] {
    this.raised.set(true);
    return [{ message: this.message }];
  }

  /** A failed save: when it is a 409, shows the conflict and returns the summary's items; else null. */
  recognise(error: unknown): ErrorItem[] | null {
    return isConflict(error) ? this.raise() : null;
  }

  /** Hides the conflict: on a new attempt, or once the latest version has been loaded. */
  clear(): void {
    this.raised.set(false);
  }
}
