import * as z from 'zod/mini';
import { InstantSchema } from '../../_lib/instant.js';
import { CERTIFICATION_EVENT_TYPES } from './certification-transitions.js';

/** One event of a certification case; `findings` (the open points) only on `review-completed`. */
export const CertificationEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.enum(CERTIFICATION_EVENT_TYPES),
    at: InstantSchema,
    findings: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.maxLength(200))),
  }))();
export type CertificationEvent = z.input<typeof CertificationEventSchema>;
