/**
 * Freezes `value` and everything reachable from it. Compiled rules are shared by every
 * evaluation, so json-rules-engine must not be able to change them: a write throws instead.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
