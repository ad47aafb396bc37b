import * as z from 'zod/mini';
import { describe } from './instant.js';
import { fail } from '../errors.js';

/** Milliseconds, or an object of parts that add up: `{ hours: 4 }`, `{ minutes: 90 }`. */
// Built inside a pure call so a bundle that never validates a duration drops it (and zod with it).
export const DurationSchema = /* @__PURE__ */ (() =>
  z.union([
    z.number(),
    z.strictObject({
      hours: z.optional(z.number()),
      minutes: z.optional(z.number()),
      seconds: z.optional(z.number()),
      milliseconds: z.optional(z.number()),
    }),
  ]))();
export type Duration = z.infer<typeof DurationSchema>;

const UNIT_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1_000, milliseconds: 1 } as const;

/**
 * Whole milliseconds of `value`, or a `PolicyClockError` (`INVALID_INPUT`) naming `path`.
 * Durations are exact elapsed (or business) time, so a fraction of a millisecond is an error,
 * not a rounding.
 */
export function toDurationMs(value: unknown, path: readonly PropertyKey[]): number {
  let ms = 0;
  if (typeof value === 'number') {
    ms = value;
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
    const parts = value as Record<string, unknown>;
    for (const key of Object.keys(parts)) {
      if (!(key in UNIT_MS)) fail('INVALID_INPUT', [...path, key], `unknown duration unit "${key}" (use hours, minutes, seconds, milliseconds)`);
      const part = parts[key];
      if (typeof part !== 'number' || !Number.isFinite(part)) {
        fail('INVALID_INPUT', [...path, key], `expected a finite number, got ${describe(part)}`);
      }
      ms += part * UNIT_MS[key as keyof typeof UNIT_MS];
    }
    ms = Math.round(ms * 1e6) / 1e6; // 0.1 h + 0.2 h must not fail on binary fractions
  } else {
    return fail('INVALID_INPUT', path, `expected a duration (milliseconds or { hours, minutes, seconds, milliseconds }), got ${describe(value)}`);
  }
  if (!Number.isFinite(ms)) return fail('INVALID_INPUT', path, `expected a finite duration, got ${ms}`);
  if (!Number.isInteger(ms)) return fail('INVALID_INPUT', path, `expected whole milliseconds, got ${ms}`);
  return ms;
}

/** Like `toDurationMs`, but the duration must be greater than zero (targets, window lengths). */
export function toPositiveDurationMs(value: unknown, path: readonly PropertyKey[]): number {
  const ms = toDurationMs(value, path);
  if (ms <= 0) fail('INVALID_INPUT', path, `expected a duration greater than zero, got ${ms} ms`);
  return ms;
}
