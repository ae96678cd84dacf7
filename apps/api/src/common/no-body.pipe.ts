import { BadRequestException, Body, PipeTransform } from '@nestjs/common';

/**
 * For endpoints that take no body: a field sent anyway (say `role` to a deactivate call) is a 400
 * naming it, the same answer a body endpoint gives an unknown field, never silently ignored. Only
 * no body, or an empty object (what some clients send by default), is accepted; a list is refused.
 */
export class NoBodyPipe implements PipeTransform<unknown, undefined> {
  transform(body: unknown): undefined {
    if (Array.isArray(body)) {
      throw new BadRequestException({
        message: 'This action takes no request body.',
        errors: [{ field: 'body', messages: ['must be empty: this action takes no fields'] }],
      });
    }
    const fields = body && typeof body === 'object' ? Object.keys(body) : [];
    if (fields.length > 0) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: fields.map((field) => ({ field, messages: ['is not an allowed field'] })),
      });
    }
    return undefined;
  }
}

/** `@NoBody()` on a handler parameter: refuses any body fields (see NoBodyPipe). */
export const NoBody = (): ParameterDecorator => Body(new NoBodyPipe());
