import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsOmittable } from './is-omittable';

/**
 * Versions and revisions are PostgreSQL `integer`s: a larger number can never match one, and
 * sending it must be a 400 on the field, not a database error.
 */
export const MAX_VERSION = 2_147_483_647;

const MESSAGE = 'must be the version you read (a whole number from 1)';

/**
 * A version (or revision) the client read, for optimistic concurrency: the validation and its
 * OpenAPI description in one place, so they cannot drift apart.
 */
export function VersionField(
  options: { description?: string; optional?: boolean; fromQuery?: boolean } = {},
): PropertyDecorator {
  const doc = {
    type: 'integer' as const,
    minimum: 1,
    maximum: MAX_VERSION,
    ...(options.description ? { description: options.description } : {}),
  };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOmittable()] : []),
    // Query strings carry text: "7" → 7 (anything else stays invalid).
    ...(options.fromQuery ? [Type(() => Number)] : []),
    IsInt({ message: MESSAGE }),
    Min(1, { message: MESSAGE }),
    Max(MAX_VERSION, { message: MESSAGE }),
  );
}
