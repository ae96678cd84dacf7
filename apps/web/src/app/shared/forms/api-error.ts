import { HttpErrorResponse } from '@angular/common/http';
import { ErrorBody } from '@rcp/api-contract';

/**
 * The API's error body from a failed request, or one made up from the status when the response
 * did not carry one (network failure, proxy error page). `fallback` is the sentence to show then.
 */
export function toErrorBody(error: unknown, fallback: string): ErrorBody {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isErrorBody(body)) return body;
    return { statusCode: error.status, error: error.statusText || 'Error', message: fallback };
  }
  return { statusCode: 0, error: 'Error', message: fallback };
}

/** The HTTP status of a failed request, 0 when there was no response. */
export function statusOf(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : 0;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).statusCode === 'number' &&
    typeof (value as ErrorBody).message === 'string'
  );
}
