import * as z from 'zod/mini';
import type { TopLevelConditions } from './condition-schema.js';

/** A rule id: dotted lowercase words, like the POLICIES.md ids (`acme.night-access`). */
export const RULE_ID = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*$/;

/**
 * The event of a custom rule: the finding to report when the conditions hold. `path` names the
 * offending field for the reader; `source` the policy sentence the rule enforces.
 */
export const CustomRuleEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('finding'),
    params: z.strictObject({
      rule: z.string().check(z.maxLength(100), z.regex(RULE_ID, 'expected a dotted rule id such as "acme.night-access"')),
      level: z.enum(['must', 'should']),
      message: z.string().check(z.minLength(1), z.maxLength(1000)),
      path: z.optional(z.string().check(z.maxLength(200))),
      source: z.optional(z.string().check(z.maxLength(2000))),
    }),
  }))();

/** The envelope of a custom rule; `conditions` are checked node by node against the fact catalogue. */
export const CustomRuleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.optional(z.string().check(z.maxLength(100))),
    priority: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    conditions: z.unknown(),
    event: CustomRuleEventSchema,
  }))();

/**
 * A json-rules-engine rule a caller adds to a check. It may come from untrusted JSON: it is
 * validated against the documented facts and can neither run code nor reach prototypes.
 *
 * @example
 * const nightAccess: CustomRule = {
 *   conditions: { all: [{ fact: 'startWeekday', operator: 'in', value: ['sat', 'sun'] }] },
 *   event: { type: 'finding', params: { rule: 'acme.weekend', level: 'should', message: 'Weekend access' } },
 * };
 */
export type CustomRule = Omit<z.input<typeof CustomRuleSchema>, 'conditions'> & { conditions: TopLevelConditions };
