import type { z } from 'zod/mini';
import { fail, PolicyClockError } from '../errors.js';
import { toIssue } from '../_lib/validate.js';

/**
 * Parses an options argument. Its fields are named as such in errors (`now`, `timeZone`,
 * `rules[3].…`), the argument itself as `options` (missing, not an object, unknown keys).
 */
export function readOptions<S extends z.ZodMiniType>(schema: S, options: unknown): z.output<S> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return fail('INVALID_INPUT', ['options'], 'expected an options object with at least `now`');
  }
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  throw new PolicyClockError('INVALID_INPUT', result.error.issues.map((i) => toIssue(i, i.path.length > 0 ? [] : ['options'])));
}
