import * as z from 'zod/mini';
import { InstantSchema } from '../../_lib/instant.js';

const Name = /* @__PURE__ */ (() =>
  z.string().check(z.minLength(1), z.maxLength(200)))();

/** What a vendor-access target is; everything but a workstation counts as infrastructure. */
export const TARGET_KINDS = ['server', 'workstation', 'network', 'other'] as const;
/** How the planning talk was agreed; only the first two satisfy `vendor.written-agreement`. */
export const AGREEMENT_FORMS = ['recording', 'signed-protocol', 'email', 'verbal'] as const;

/**
 * A request for a vendor (LoB software maker) to access a managed system, as the SOP of seed 001
 * describes it. Unknown keys are rejected, so a misspelt field cannot pass silently. Instants
 * need an offset (`'2026-06-08T10:00:00+02:00'`).
 */
export const VendorAccessRequestSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    vendor: Name,
    /** `'end-user-help'` on a workstation is exempt from the SOP; anything else is support work. */
    purpose: Name,
    target: z.strictObject({ kind: z.enum(TARGET_KINDS), host: Name }),
    account: z.strictObject({
      name: Name,
      admin: z.boolean(),
      adminJustification: z.optional(z.string().check(z.maxLength(2000))),
    }),
    requestedAt: InstantSchema,
    start: InstantSchema,
    end: InstantSchema,
    /** The provider's person who supervises the session. */
    supervisor: z.optional(Name),
    /** Has the vendor walked the provider through the work? Absent means no. */
    walkthrough: z.optional(z.boolean()),
    agreement: z.strictObject({ form: z.enum(AGREEMENT_FORMS), reference: z.optional(Name) }),
    /** When the e-mails confirming the enabled account went to the client and to the vendor. */
    confirmations: z.optional(z.strictObject({ client: z.optional(InstantSchema), vendor: z.optional(InstantSchema) })),
    /** Absent means standard software: licensed and vendor-supported. */
    software: z.optional(z.strictObject({ licensed: z.boolean(), vendorSupported: z.boolean() })),
    /** Free labels for custom rules (`contains` / `doesNotContain`). */
    tags: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
  }))();
export type VendorAccessRequest = z.input<typeof VendorAccessRequestSchema>;
