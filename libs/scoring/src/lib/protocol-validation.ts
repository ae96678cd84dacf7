import { compileConfig, isContextNeed, type CompiledConfig } from './config';
import { ErrorList, ScoringInputError, describe, isPlainObject } from './errors';
import { type ProtocolInput, type ScoringConfig, type ValidationError } from './types';
import { CONTEXT_NEEDS, PROTOCOL_SCOPES, type RatingValue, REACHES } from '@rcp/vocabulary';

const MAX_TEXT_LENGTH = 200;

/** True for −2, −1, 0, +1, +2 and null (N/A). */
export function isRatingValue(value: unknown): value is RatingValue {
  return (
    value === null || value === 0 || value === 1 || value === 2 || value === -1 || value === -2
  );
}

function checkText(errors: ErrorList, path: string, value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.add(path, `must be a non-empty text, got ${describe(value)}`);
    return false;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    errors.add(path, `must be at most ${MAX_TEXT_LENGTH} characters`);
    return false;
  }
  return true;
}

/**
 * Checks a ratings record: a plain object whose keys are principle keys of the config and whose
 * values are ratings, null (N/A) or undefined (not rated).
 */
export function collectRatingsErrors(
  errors: ErrorList,
  compiled: CompiledConfig,
  path: string,
  ratings: unknown,
): void {
  if (!isPlainObject(ratings)) {
    errors.add(path, `must be an object, got ${describe(ratings)}`);
    return;
  }
  for (const key in ratings) {
    const value = ratings[key];
    if (value !== undefined && !isRatingValue(value)) {
      errors.add(
        `${path}.${key}`,
        `must be −2, −1, 0, 1, 2 or null (not applicable), got ${describe(value)}`,
      );
    }
    if (!compiled.keyIndex.has(key)) {
      errors.add(`${path}.${key}`, 'is not a principle of this framework version');
    }
  }
}

/** Checks one protocol; `ids` collects ids to detect duplicates. */
export function collectProtocolErrors(
  errors: ErrorList,
  compiled: CompiledConfig,
  path: string,
  protocol: unknown,
  ids: Set<string>,
): void {
  if (!isPlainObject(protocol)) {
    errors.add(path, `must be an object, got ${describe(protocol)}`);
    return;
  }
  const id = protocol['id'];
  if (checkText(errors, `${path}.id`, id)) {
    if (ids.has(id)) {
      errors.add(`${path}.id`, `duplicate protocol id "${id}"`);
    }
    ids.add(id);
  }
  checkText(errors, `${path}.category`, protocol['category']);
  checkText(errors, `${path}.serviceArea`, protocol['serviceArea']);
  const scope = protocol['scope'];
  if (scope !== 'organisational' && scope !== 'wider') {
    errors.add(
      `${path}.scope`,
      `must be one of ${PROTOCOL_SCOPES.join(', ')}, got ${describe(scope)}`,
    );
  }
  if (!isContextNeed(protocol['contextNeed'])) {
    errors.add(
      `${path}.contextNeed`,
      `must be one of ${CONTEXT_NEEDS.join(', ')}, got ${describe(protocol['contextNeed'])}`,
    );
  }
  const reach = protocol['reach'];
  if (reach !== 'low' && reach !== 'medium' && reach !== 'high') {
    errors.add(`${path}.reach`, `must be one of ${REACHES.join(', ')}, got ${describe(reach)}`);
  }
  collectRatingsErrors(errors, compiled, `${path}.ratings`, protocol['ratings']);
}

export function collectProtocolListErrors(
  errors: ErrorList,
  compiled: CompiledConfig,
  path: string,
  protocols: unknown,
): void {
  if (!Array.isArray(protocols)) {
    errors.add(path, `must be a list, got ${describe(protocols)}`);
    return;
  }
  const ids = new Set<string>();
  for (let i = 0; i < protocols.length; i++) {
    collectProtocolErrors(errors, compiled, `${path}[${i}]`, protocols[i], ids);
  }
}

/**
 * Every problem with a list of protocols scored against a config, config included; an empty
 * list means valid. Paths start with `config.` or `protocols[i]`.
 */
export function validateProtocols(
  config: ScoringConfig,
  protocols: readonly ProtocolInput[],
): ValidationError[] {
  const errors = new ErrorList();
  const compiled = compileConfig(errors, config);
  if (compiled) {
    collectProtocolListErrors(errors, compiled, 'protocols', protocols);
  }
  return errors.result();
}

/** Compiles the config and checks the protocols, throwing ScoringInputError on any error. */
export function compileAndCheck(
  config: ScoringConfig,
  protocols: readonly ProtocolInput[],
  path = 'protocols',
): CompiledConfig {
  const errors = new ErrorList();
  const compiled = compileConfig(errors, config);
  if (!compiled) throw new ScoringInputError(errors.result());
  collectProtocolListErrors(errors, compiled, path, protocols);
  errors.throwIfAny();
  return compiled;
}
