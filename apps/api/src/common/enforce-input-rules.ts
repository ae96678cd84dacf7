import { ArgumentMetadata, BadRequestException, PipeTransform } from '@nestjs/common';
import type { FieldError } from '@rcp/api-contract';
import type { NextFunction, Request, Response } from 'express';
import { inputProblems } from './input-rules';

function refuse(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ message: 'The request has invalid fields.', errors });
}

/** A path segment that is not percent-encoded UTF-8 (say `%ED%A0%80`, half a surrogate pair). */
function pathProblems(path: string): FieldError[] {
  for (const segment of path.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return [{ field: 'path', messages: ['is not valid percent-encoded UTF-8'] }];
    }
  }
  return [];
}

/**
 * Middleware right after body parsing, before routing and validation: the body and query string of
 * every request meet the input rules (see input-rules.ts), or the request is a 400 naming the field.
 */
export function enforceInputRules(req: Request, _res: Response, next: NextFunction): void {
  const errors = [
    ...pathProblems(req.path),
    ...inputProblems(req.query, 'query'),
    ...inputProblems(req.body, 'body'),
  ];
  next(errors.length > 0 ? refuse(errors) : undefined);
}

/**
 * Path parameters are only known once a route matched, so a global pipe applies the same rules to
 * them (it runs before each parameter's own pipe), naming the parameter: `/frameworks/…/items/x%00`
 * is a 400 on `key`.
 */
export class PathParameterRulesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param') return value;
    const errors = inputProblems(value, metadata.data ?? 'path');
    if (errors.length > 0) throw refuse(errors);
    return value;
  }
}
