import * as z from 'zod/mini';
import { RULE_ID } from '../engine/custom-rule-schema.js';

const Text = /* @__PURE__ */ (() =>
  z.strictObject({ en: z.string().check(z.minLength(1)), de: z.string().check(z.minLength(1)) }))();

/**
 * One built-in vendor-access rule as stored in `rules/*.json`: its POLICIES.md id and version,
 * the SOP sentence it enforces (German original and English), its messages, and its
 * json-rules-engine conditions over the documented facts.
 */
export const BuiltinRuleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.regex(RULE_ID)),
    version: z.int().check(z.gte(1)),
    level: z.enum(['must', 'should']),
    /** The request field a finding points at. */
    path: z.string(),
    /** The fact whose value a finding shows as `actual`. */
    actual: z.string(),
    source: Text,
    message: Text,
    expected: Text,
    conditions: z.unknown(),
  }))();
export type BuiltinRule = Omit<z.output<typeof BuiltinRuleSchema>, 'conditions'>;

/** The exemption (`vendor.end-user-help`): no finding; when it holds, the rules it names do not apply. */
export const ExemptionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.literal('vendor.end-user-help'),
    version: z.int().check(z.gte(1)),
    level: z.literal('exempt'),
    source: Text,
    when: z.strictObject({ purpose: z.string(), targetKind: z.string() }),
    suspends: z.array(z.string().check(z.regex(RULE_ID))),
  }))();
export type Exemption = z.output<typeof ExemptionSchema>;
