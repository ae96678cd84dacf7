import { BadRequestException, ValidationError } from '@nestjs/common';
import { FieldError } from '@rcp/api-contract';

/** Flattens class-validator's nested errors into `{ field: 'a.b.0.c', messages }` entries. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {}).map((m) =>
      m.replace(/^property (\S+) should not exist$/, 'is not an allowed field'),
    );
    if (messages.length > 0) result.push({ field, messages });
    if (error.children?.length) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}

export function validationException(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({
    message: 'The request has invalid fields.',
    errors: toFieldErrors(errors),
  });
}
