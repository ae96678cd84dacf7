import { ArgumentsHost, BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';

/** Runs the filter on one error and returns what the client would receive. */
function respond(exception: unknown) {
  const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string> } =
    { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: Record<string, unknown>) => (sent.body = body),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  const filter = new AllExceptionsFilter();
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return sent;
}

describe('the error body for every failure', () => {
  it('turns an unreachable database into a 503 to retry, never a 500 or the socket detail', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        code: '57P01',
      },
    );
    const wrapped = { message: 'query failed', driverError: { code: '08006' } };
    for (const error of [
      refused,
      shutdown,
      wrapped,
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ]) {
      const sent = respond(error);
      expect(sent.status).toBe(503);
      expect(sent.headers['Retry-After']).toBe('5');
      expect(sent.body?.['message']).toBe(
        'The service cannot reach its database just now. Please try again in a moment.',
      );
      expect(JSON.stringify(sent.body)).not.toMatch(/ECONNREFUSED|5432|administrator|08006/);
    }
  });

  it('keeps any other unexpected error a generic 500', () => {
    const sent = respond(Object.assign(new Error('duplicate key value'), { code: '23505' }));
    expect(sent.status).toBe(500);
    expect(sent.headers['Retry-After']).toBeUndefined();
    expect(sent.body?.['message']).toBe('Something went wrong on our side. Please try again.');
  });

  it('names the health checks that are down, without their internal detail', () => {
    const sent = respond(
      new ServiceUnavailableException({
        status: 'error',
        details: { database: { status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:5432' } },
      }),
    );
    expect(sent.status).toBe(503);
    expect(sent.body?.['message']).toBe('The service is unavailable: database not answering.');
    expect(JSON.stringify(sent.body)).not.toContain('ECONNREFUSED');
  });

  it('passes field errors of a 400 through unchanged', () => {
    const errors = [{ field: 'name', messages: ['is required'] }];
    const sent = respond(new BadRequestException({ message: 'Invalid', errors }));
    expect(sent).toMatchObject({
      status: 400,
      body: { message: 'Invalid', errors, requestId: 'req-1' },
    });
  });
});
