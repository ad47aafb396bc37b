import { PolicyClockError, isPolicyClockError } from '../errors.js';

/**
 * Re-roots a `PolicyClockError` raised while reading one element (`severity`) under the element's
 * place in the caller's input (`tickets[3].severity`); anything else passes through unchanged.
 */
export function prefixErrorPath(error: unknown, prefix: readonly PropertyKey[]): unknown {
  if (!isPolicyClockError(error)) return error;
  return new PolicyClockError(error.code, error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
}
