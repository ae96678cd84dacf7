import type { FieldError } from '@rcp/api-contract';

/**
 * Input rules every request meets before any validation or query runs: no text with a NUL
 * character (PostgreSQL cannot store U+0000) or half a UTF-16 surrogate pair (not Unicode at all),
 * and JSON no deeper than a real form needs (deeper bodies overflowed the validator's stack).
 */

/** Containers inside containers: the deepest real body ({ ratings: [{ evidence: {} }] }) uses 4. */
export const MAX_JSON_DEPTH = 32;

/** At most this many field errors per answer: enough to fix a form, too few to flood a log. */
const MAX_ERRORS = 20;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const NESTED_TOO_DEEPLY = 'is nested too deeply';

/** Why a piece of text breaks the rules, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text))
    return 'must not contain half a UTF-16 surrogate pair (it is not valid Unicode)';
  return undefined;
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/**
 * The fields of a parsed value (body, query or path parameter) that break the input rules, named
 * by their path (`ratings.3.evidence.text`; the value itself is `rootName`); object keys are
 * checked like values. Walks with its own stack, never recursion, so a hostile depth cannot
 * overflow anything; a value nested deeper than `maxDepth` is one error on `rootName`.
 */
export function inputProblems(
  value: unknown,
  rootName: string,
  maxDepth = MAX_JSON_DEPTH,
): FieldError[] {
  const problems: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number; key?: string }[] = [
    { value, path: '', depth: 0 },
  ];
  while (stack.length > 0 && problems.length < MAX_ERRORS) {
    const item = stack.pop() as (typeof stack)[number];
    const keyProblem = item.key === undefined ? undefined : textProblem(item.key);
    if (keyProblem) problems.push({ field: item.path, messages: [keyProblem] });
    if (typeof item.value === 'string') {
      const problem = textProblem(item.value);
      if (problem) problems.push({ field: item.path || rootName, messages: [problem] });
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > maxDepth) return [{ field: rootName, messages: [NESTED_TOO_DEEPLY] }];
    const isList = Array.isArray(item.value);
    const entries = Object.entries(item.value);
    // Pushed in reverse so errors come out in the order the fields were sent.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      stack.push({
        value: child,
        path: join(item.path, key),
        depth,
        key: isList ? undefined : key,
      });
    }
  }
  return problems.slice(0, MAX_ERRORS);
}
