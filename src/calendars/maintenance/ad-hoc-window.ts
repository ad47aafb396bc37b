import * as z from 'zod/mini';
import { DurationSchema } from '../../_lib/duration.js';
import { InstantSchema, toMs } from '../../_lib/instant.js';
import { fail } from '../../errors.js';

/** An ad-hoc window: when it starts and ends, and (optionally) when it was announced. */
export const AdHocWindowSchema = /* @__PURE__ */ (() =>
  z.object({
    start: InstantSchema,
    end: InstantSchema,
    announcedAt: z.optional(InstantSchema),
  }))();
export type AdHocWindow = z.infer<typeof AdHocWindowSchema>;

/** Options of the ad-hoc validators: the local zone (default `'Europe/Oslo'`, seed 002) and the notice (default 24 h). */
export const AdHocOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    timeZone: z.optional(z.string()),
    notice: z.optional(DurationSchema),
  }))();
export type AdHocOptions = z.infer<typeof AdHocOptionsSchema>;

/** The verdict on an ad-hoc window: `ok` iff there are no findings; each finding names its POLICIES.md rule. */
export interface AdHocCheck {
  readonly ok: boolean;
  readonly findings: readonly { readonly rule: string; readonly message: string }[];
}

/** `[startMs, endMs]` of a window, with `end` after `start`. */
export function windowBounds(w: AdHocWindow): [number, number] {
  const startMs = toMs(w.start, ['w', 'start']);
  const endMs = toMs(w.end, ['w', 'end']);
  if (endMs <= startMs) fail('INVALID_INPUT', ['w', 'end'], 'expected the end after the start');
  return [startMs, endMs];
}
