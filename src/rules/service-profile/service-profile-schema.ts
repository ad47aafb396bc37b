import * as z from 'zod/mini';
import { DurationSchema } from '../../_lib/duration.js';
import { InstantSchema } from '../../_lib/instant.js';
import { WeekdaySchema } from '../../_lib/local-time.js';

/** The safeguards a sub-processor's governance can name. */
const SUBPROCESSOR_SAFEGUARDS = ['iso27001', 'scc', 'audit-report', 'gdpr-audit'] as const;

const CountryCode = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "DE"')))();

/** One entry of the sub-processor list (seed 002's transparency table). */
export const SubprocessorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.string().check(z.maxLength(200)),
    /** Where the entity is registered. */
    country: CountryCode,
    /** Where it processes the data. */
    processingCountry: CountryCode,
    service: z.string().check(z.maxLength(1000)),
    safeguards: z.array(z.enum(SUBPROCESSOR_SAFEGUARDS)),
  }))();

/**
 * What a certification review checks of a SaaS service (POLICIES.md §4–§6). Every field is
 * optional; docs/rules.md says which rules treat a missing field as a finding.
 */
export const ServiceProfileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** When backups were taken (cadence and retention are judged from these against `now`), and whether they go off-site. */
    backups: z.optional(z.strictObject({ taken: z.array(InstantSchema).check(z.maxLength(100_000)), offsite: z.boolean() })),
    /** Web-analytics tools inside the application. */
    analytics: z.optional(z.array(z.string().check(z.maxLength(200)))),
    transportEncryption: z.optional(z.boolean()),
    separateCustomerData: z.optional(z.boolean()),
    pseudonymisedAnalyses: z.optional(z.boolean()),
    subprocessors: z.optional(z.array(SubprocessorSchema).check(z.maxLength(1000))),
    statusPage: z.optional(z.string().check(z.maxLength(2000))),
    maintenanceNotice: z.optional(DurationSchema),
    /** Response targets by severity. */
    supportTargets: z.optional(z.record(z.string().check(z.maxLength(50)), DurationSchema)),
    /** When visitors may enter, per weekday (`'08:00-21:00'`). */
    visitorHours: z.optional(z.partialRecord(WeekdaySchema, z.string())),
  }))();
export type ServiceProfile = z.input<typeof ServiceProfileSchema>;
export type Subprocessor = z.output<typeof SubprocessorSchema>;
