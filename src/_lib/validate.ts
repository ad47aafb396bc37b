import type * as z from 'zod/mini';
import { PolicyClockError, type PolicyClockErrorCode, type PolicyClockIssue } from '../errors.js';

/**
 * The boundary: parses `input` with `schema`, or throws a `PolicyClockError` whose issues carry
 * zod's paths, prefixed by `path` (the argument's name), so the message names the exact field.
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  path: readonly PropertyKey[] = [],
  code: PolicyClockErrorCode = 'INVALID_INPUT',
): z.output<S> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(input);
  if (result.success) return result.data as z.output<S>;
  throw new PolicyClockError(code, result.error.issues.flatMap((issue) => toIssues(issue, path)));
}

// zod reports unknown keys of a strict object once, at the object; we name each key, so a typo
// such as `hours.fri2` is pointed at exactly.
function toIssues(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): PolicyClockIssue[] {
  const at = [...path, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ code: issue.code, path: [...at, key], message: `unknown key "${key}"` }));
  }
  return [{ code: issue.code, path: at, message: issue.message }];
}

/**
 * A zod issue as one policyclock issue at `path` followed by the issue's own path, for parsers
 * that report an unknown key at its object (not at the key, as `parseInput` does). zod's own
 * message there is a bare "Invalid input"; this one names the keys.
 */
export function toIssue(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): PolicyClockIssue {
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return { code: issue.code, path: [...path, ...issue.path], message };
}
