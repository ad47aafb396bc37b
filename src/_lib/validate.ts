import type { z } from 'zod/mini';
import { PolicyClockError, type PolicyClockErrorCode } from '../errors.js';

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
  throw new PolicyClockError(
    code,
    result.error.issues.map((issue) => ({ code: issue.code, path: [...path, ...issue.path], message: issue.message })),
  );
}
