/**
 * Freezes a value and everything reachable from it, so shared content cannot be
 * changed by accident at run time. Clone first (e.g. `structuredClone`) to edit.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
