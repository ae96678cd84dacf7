import type { ValidationError } from './types';

/** The most errors listed in one report; the rest are summarised in a final entry. */
export const MAX_LISTED_ERRORS = 100;

/** Thrown by every scoring function when its input is invalid. Never thrown for an empty audit. */
export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';

  constructor(readonly errors: readonly ValidationError[]) {
    super(
      `Invalid scoring input: ${errors
        .slice(0, 3)
        .map((e) => `${e.path || '(input)'}: ${e.message}`)
        .join('; ')}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}`,
    );
  }
}

/** Collects validation errors, keeping at most MAX_LISTED_ERRORS of them. */
export class ErrorList {
  readonly errors: ValidationError[] = [];
  private omitted = 0;

  add(path: string, message: string): void {
    if (this.errors.length < MAX_LISTED_ERRORS) {
      this.errors.push({ path, message });
    } else {
      this.omitted++;
    }
  }

  /** Errors added so far, listed or not. */
  get count(): number {
    return this.errors.length + this.omitted;
  }

  result(): ValidationError[] {
    return this.omitted === 0
      ? this.errors
      : [
          ...this.errors,
          {
            path: '',
            message: `${this.omitted} further error(s) not listed`,
          },
        ];
  }

  throwIfAny(): void {
    if (this.count > 0) {
      throw new ScoringInputError(this.result());
    }
  }
}

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
