import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ErrorBody, FieldError } from '@rcp/api-contract';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';

const GENERIC_SERVER_MESSAGE = 'Something went wrong on our side. Please try again.';
const DATABASE_UNAVAILABLE_MESSAGE =
  'The service cannot reach its database just now. Please try again in a moment.';
/** Seconds a client should wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

/** Socket errors and PostgreSQL states that mean "the database is unreachable", not "a bug". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']); // shutdown, crash, starting

function isDatabaseUnreachable(exception: unknown): boolean {
  const error = exception as {
    code?: unknown;
    message?: unknown;
    driverError?: { code?: unknown };
  };
  const code = error?.code ?? error?.driverError?.code;
  if (typeof code === 'string') {
    if (UNREACHABLE_CODES.has(code) || UNREACHABLE_SQLSTATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true; // SQLSTATE class 08: connection exception
  }
  return (
    typeof error?.message === 'string' &&
    // pg's own wording when a connection drops, and pg-pool's when none can be had in time.
    /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect)$/.test(
      error.message,
    )
  );
}

/** Names of the health checks a terminus 503 reports as down (names only, never their detail). */
function downChecks(payload: unknown): string[] {
  const details = (payload as { details?: unknown })?.details;
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, { status?: unknown }>)
    .filter(([, check]) => check?.status === 'down')
    .map(([name]) => name);
}

function statusOfLibraryError(exception: unknown): number | undefined {
  // body-parser and friends throw errors carrying an HTTP status for bad client input.
  const status =
    (exception as { status?: unknown; statusCode?: unknown })?.status ??
    (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Turns every error into the one ErrorBody shape; 5xx bodies never carry internal detail. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string | number }>();
    const response = http.getResponse<Response>();
    const requestId = request?.id !== undefined ? String(request.id) : undefined;

    let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let message = GENERIC_SERVER_MESSAGE;
    let errors: FieldError[] | undefined;
    let retryAfter: number | undefined;
    let conflict: Pick<ErrorBody, 'currentVersion' | 'conflicts'> = {};

    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') {
        message = payload;
      } else if (payload && typeof payload === 'object') {
        const body = payload as {
          message?: unknown;
          errors?: unknown;
          retryAfter?: unknown;
          currentVersion?: unknown;
          conflicts?: unknown;
        };
        if (status === HttpStatus.TOO_MANY_REQUESTS && typeof body.retryAfter === 'number')
          retryAfter = Math.max(1, Math.ceil(body.retryAfter));
        if (typeof body.message === 'string') message = body.message;
        else if (Array.isArray(body.message)) message = body.message.join('; ');
        else message = STATUS_CODES[status] ?? message;
        if (Array.isArray(body.errors)) errors = body.errors as FieldError[];
        if (status === HttpStatus.CONFLICT) {
          if (typeof body.currentVersion === 'number')
            conflict = { ...conflict, currentVersion: body.currentVersion };
          if (Array.isArray(body.conflicts))
            conflict = { ...conflict, conflicts: body.conflicts as ErrorBody['conflicts'] };
        }
      }
      if (status >= 500) {
        // Server-side failures may carry internal wording (e.g. a failed health detail).
        if (status === HttpStatus.SERVICE_UNAVAILABLE) {
          const down = downChecks(payload);
          message = down.length
            ? `The service is unavailable: ${down.join(' and ')} not answering.`
            : 'The service is unavailable.';
        } else message = GENERIC_SERVER_MESSAGE;
      }
    } else if (isDatabaseUnreachable(exception)) {
      status = HttpStatus.SERVICE_UNAVAILABLE;
      message = DATABASE_UNAVAILABLE_MESSAGE;
      retryAfter = RETRY_AFTER_SECONDS;
    } else {
      const clientStatus = statusOfLibraryError(exception);
      if (clientStatus) {
        status = clientStatus;
        message =
          clientStatus === 400
            ? 'The request body could not be read.'
            : (STATUS_CODES[clientStatus] ?? 'Bad request');
      }
    }

    if (status >= 500) {
      this.logger.error({ err: exception, requestId }, 'Request failed');
    }

    const body: ErrorBody = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message,
      ...(errors ? { errors } : {}),
      ...conflict,
      ...(requestId ? { requestId } : {}),
    };
    if (response.headersSent) return;
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json(body);
  }
}
