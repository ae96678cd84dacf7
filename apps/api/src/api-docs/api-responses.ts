import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiProduces, ApiResponse } from '@nestjs/swagger';
import contractSchemas from './contract-schemas.json';

/** A type of the shared contract lib (@rcp/api-contract), by name; see contract-schemas.json. */
export type ContractType = keyof typeof contractSchemas;

export const ERRORS_EXTENSION = 'x-rcp-errors';

export const contractRef = (type: ContractType) => ({ $ref: `#/components/schemas/${type}` });

/** A JSON response whose body is `type` from the shared contract lib (or an array of it). */
export function ApiContractResponse(
  status: number,
  type: ContractType,
  options: { isArray?: boolean; description?: string } = {},
): MethodDecorator {
  const schema = options.isArray ? { type: 'array', items: contractRef(type) } : contractRef(type);
  return ApiResponse({
    status,
    description: options.description ?? (options.isArray ? `${type}[]` : type),
    content: { 'application/json': { schema } },
  });
}

/** A file download: CSV (RFC 4180, UTF-8 with a byte-order mark) as an attachment. */
export function ApiCsvResponse(description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/csv'),
    ApiResponse({
      status: 200,
      description,
      content: { 'text/csv': { schema: { type: 'string' } } },
    }),
  );
}

/** Success without a body. */
export const ApiEmptyResponse = (description: string): MethodDecorator =>
  ApiResponse({ status: 204, description });

/**
 * Error statuses this operation answers beyond the ones completeDocument() derives (401, 403 and
 * 429 when signed-in, 400 with input, 404 with path parameters): e.g. 409 for a versioned write.
 */
export const ApiErrors = (...statuses: number[]): MethodDecorator =>
  // One extension per call (same-named extensions replace each other); read by completeOperation.
  ApiExtension(`${ERRORS_EXTENSION}-${statuses.join('-')}`, statuses);

/** Marks a @Public() operation: no security requirement (see completeDocument). */
export const ApiPublic = (): MethodDecorator & ClassDecorator => ApiExtension('x-rcp-public', true);

/** Marks a @SessionOnly() operation: a browser session only, never an API token. */
export const ApiSessionOnly = (): MethodDecorator & ClassDecorator =>
  ApiExtension('x-rcp-session-only', true);
