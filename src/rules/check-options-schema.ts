import * as z from 'zod/mini';
import { InstantSchema } from '../_lib/instant.js';
import { LocaleSchema } from './locale.js';

/**
 * The options every rules check takes: `now` (nothing reads the clock), the zone of local times
 * (in messages, and the calendar days of a certification review; default `'Europe/Berlin'`) and
 * the language of messages (default `'en'`).
 */
export const CheckOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    now: InstantSchema,
    timeZone: z.optional(z.string()),
    locale: z.optional(LocaleSchema),
  }))();
export type CheckOptions = z.input<typeof CheckOptionsSchema>;
