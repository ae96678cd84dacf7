import type { RatingConflict } from './audits';

/** One field's problems, as returned in a 400 response. `field` is a dotted path, e.g. `ratings.0.value`. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The one body shape of every 4xx and 5xx response from the API. */
export interface ErrorBody {
  statusCode: number;
  /** Short name of the status, e.g. "Bad Request". */
  error: string;
  /** A sentence a person can read; never a stack trace or an internal detail. */
  message: string;
  /** Present on validation failures: what is wrong with each field. */
  errors?: FieldError[];
  /** Quote this when reporting a problem; it matches the server's log line. */
  requestId?: string;
  /** On a 409 for a stale write: the record's version now. */
  currentVersion?: number;
  /** On a 409 for ratings: each cell someone else changed, who, when, and from what to what. */
  conflicts?: RatingConflict[];
}

export type HealthStatus = 'ok' | 'error' | 'shutting_down';

export interface HealthCheckBody {
  status: HealthStatus;
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
  details?: Record<string, { status: string; message?: string }>;
}
