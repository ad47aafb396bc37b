import * as z from 'zod/mini';

/** A comparison: `fact` (read at `path` for the request) `operator` `value`. */
export interface FactCondition {
  readonly fact: string;
  readonly operator: string;
  readonly value: string | number | boolean | readonly string[];
  readonly path?: string;
}
export interface AllConditions { readonly all: readonly RuleCondition[] }
export interface AnyConditions { readonly any: readonly RuleCondition[] }
export interface NotCondition { readonly not: RuleCondition }
/** The json-rules-engine condition forms a rule may use (no named `condition` references). */
export type RuleCondition = FactCondition | AllConditions | AnyConditions | NotCondition;
/** A rule's root: `all`, `any` or `not`. */
export type TopLevelConditions = AllConditions | AnyConditions | NotCondition;

const MAX_BRANCHES = 100;
const Text = /* @__PURE__ */ (() =>
  z.string().check(z.maxLength(1000)))();

// One schema per node kind, chosen by the key a node has: a union would report "no variant
// matched" at the node instead of naming the offending field.
export const FactConditionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    fact: z.string().check(z.minLength(1), z.maxLength(100)),
    operator: z.string().check(z.minLength(1), z.maxLength(100)),
    value: z.union([Text, z.number(), z.boolean(), z.array(Text).check(z.maxLength(1000))], {
      error: 'expected a string, number, boolean or array of strings (fact references are not supported)',
    }),
    path: z.optional(z.string().check(z.minLength(1))),
  }))();
export const AllConditionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ all: z.array(z.unknown()).check(z.maxLength(MAX_BRANCHES)) }))();
export const AnyConditionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ any: z.array(z.unknown()).check(z.maxLength(MAX_BRANCHES)) }))();
export const NotConditionSchema = /* @__PURE__ */ (() =>
  z.strictObject({ not: z.unknown() }))();
