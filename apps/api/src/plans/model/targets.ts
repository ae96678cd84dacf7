import { type Rating } from '@rcp/vocabulary';
import type { FrameworkScoring, TargetRatings } from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import type { ProtocolRatings } from '@rcp/scoring';

export type ContextNeed = 'relational' | 'transactional' | 'mixed';

/** Keys of the principles of a framework version that apply to a context need, in order. */
export function applicableKeys(scoring: FrameworkScoring, need: ContextNeed): string[] {
  return scoring.principles.filter((p) => p.contexts.includes(need)).map((p) => p.key);
}

export function libraryTemplate(key: string | null | undefined) {
  return key ? PROTOCOL_LIBRARY.find((p) => p.key === key) : undefined;
}

export interface SuggestedTargetRatings {
  source: 'library' | 'plus-one';
  targetRatings: TargetRatings;
  enablingExemplar: string | null;
}

/**
 * The targets a change to a protocol would aim for: for a protocol from the library, the library's
 * enabling version (`typicalRatings.enabling`), on every principle of the framework that applies
 * to the protocol's context need (+1 where the library has no rating for a principle); otherwise
 * +1 on every applicable principle, or the current rating where it is already higher.
 */
export function suggestedTargets(
  scoring: FrameworkScoring,
  protocol: { contextNeed: ContextNeed; libraryKey: string | null },
  current: ProtocolRatings = {},
): SuggestedTargetRatings {
  const template = libraryTemplate(protocol.libraryKey);
  const targetRatings: TargetRatings = {};
  for (const key of applicableKeys(scoring, protocol.contextNeed)) {
    if (template) {
      const value = template.typicalRatings.enabling[key];
      targetRatings[key] = (value ?? 1) as Rating;
    } else {
      const now = current[key];
      targetRatings[key] = typeof now === 'number' && now > 1 ? (now as Rating) : 1;
    }
  }
  return {
    source: template ? 'library' : 'plus-one',
    targetRatings,
    enablingExemplar: template?.enablingExemplar ?? null,
  };
}

/**
 * Field errors of target ratings: every key must be a principle of the framework that applies to
 * the context need, every value −2…2 (an integer) or null. Paths are `<prefix>.<key>`.
 */
export function targetRatingErrors(
  scoring: FrameworkScoring,
  need: ContextNeed,
  targets: Record<string, unknown>,
  prefix = 'targetRatings',
): Array<{ field: string; messages: string[] }> {
  const applicable = new Set(applicableKeys(scoring, need));
  const known = new Set(scoring.principles.map((p) => p.key));
  const errors: Array<{ field: string; messages: string[] }> = [];
  for (const [key, value] of Object.entries(targets)) {
    const messages: string[] = [];
    if (!known.has(key)) messages.push('is not a principle of the current framework');
    else if (!applicable.has(key))
      messages.push(`does not apply to a ${need} context in the current framework`);
    if (
      value !== null &&
      !(Number.isInteger(value) && (value as number) >= -2 && (value as number) <= 2)
    )
      messages.push('must be a whole number from -2 to 2, or null for not applicable');
    if (messages.length) errors.push({ field: `${prefix}.${key}`, messages });
  }
  return errors;
}
