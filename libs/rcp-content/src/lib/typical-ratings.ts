import { DEFAULT_FRAMEWORK_V1, type DefaultPrincipleKey } from './framework';
import type { ContextNeed, RatingValue } from '@rcp/vocabulary';
import type { PrincipleRatings, TypicalRatings } from './types';

/** Ratings that differ from a version's base rating, keyed by default principle key. */
export type RatingOverrides = Partial<Record<DefaultPrincipleKey, RatingValue>>;

/** One version's ratings: a base rating for every applicable principle, plus exceptions. */
export type RatingSpec = readonly [base: RatingValue, overrides?: RatingOverrides];

/** Keys of the default principles that apply to a context need. */
export function defaultPrincipleKeysFor(need: ContextNeed): string[] {
  return DEFAULT_FRAMEWORK_V1.principles.filter((p) => p.contexts.includes(need)).map((p) => p.key);
}

function expand(need: ContextNeed, [base, overrides = {}]: RatingSpec): PrincipleRatings {
  const ratings: PrincipleRatings = {};
  for (const key of defaultPrincipleKeysFor(need)) {
    ratings[key] = base;
  }
  // Overrides are copied as given: an override for a principle that does not
  // apply to `need` is kept, so the integrity tests catch it instead of hiding it.
  for (const [key, value] of Object.entries(overrides)) {
    ratings[key] = value === undefined ? base : value;
  }
  return ratings;
}

/**
 * Expands compact rating specs into full typical ratings: one entry per default
 * principle that applies to the protocol's context need.
 */
export function typical(
  need: ContextNeed,
  inhibiting: RatingSpec,
  enabling: RatingSpec,
): TypicalRatings {
  return { inhibiting: expand(need, inhibiting), enabling: expand(need, enabling) };
}
