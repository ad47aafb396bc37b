import * as z from 'zod/mini';
import { InstantSchema } from '../../_lib/instant.js';

/** A vendor account and when it was actually enabled; an interval without `to` is still open. */
export const VendorAccountSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    enabled: z.array(z.strictObject({ from: InstantSchema, to: z.optional(InstantSchema) })),
  }))();
export type VendorAccount = z.input<typeof VendorAccountSchema>;

/** An approved session; it counts as supervised only with a (non-blank) supervisor. */
export const VendorSessionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    start: InstantSchema,
    end: InstantSchema,
    supervisor: z.optional(z.string().check(z.maxLength(200))),
  }))();
export type VendorSession = z.input<typeof VendorSessionSchema>;
