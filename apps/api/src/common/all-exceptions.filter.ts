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

    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') {
        message = payload;
      } else if (payload && typeof payload === 'object') {
        const body = payload as { message?: unknown; errors?: unknown };
        if (typeof body.message === 'string') message = body.message;
        else if (Array.isArray(body.message)) message = body.message.join('; ');
        else message = STATUS_CODES[status] ?? message;
        if (Array.isArray(body.errors)) errors = body.errors as FieldError[];
      }
      if (status >= 500) {
        // Server-side failures may carry internal wording (e.g. a failed health detail).
        if (status === HttpStatus.SERVICE_UNAVAILABLE) message = 'The service is unavailable.';
        else message = GENERIC_SERVER_MESSAGE;
      }
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
      ...(requestId ? { requestId } : {}),
    };
    if (!response.headersSent) response.status(status).json(body);
  }
}
