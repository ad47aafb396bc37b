import * as z from 'zod/mini';
import { PolicyClockError, type PolicyClockIssue } from '../../errors.js';
import { toIssue } from '../../_lib/validate.js';
import { compileConditions } from './compile-conditions.js';
import type { CompiledRule, CustomFindingSpec } from './compiled-rule.js';
import { CustomRuleSchema } from './custom-rule-schema.js';
import { deepFreeze } from './deep-freeze.js';
import type { FactCatalogue } from './fact-catalogue.js';

const MAX_RULES = 1000;
const RulesSchema = /* @__PURE__ */ (() =>
  z.array(z.unknown()).check(z.maxLength(MAX_RULES)))();

/**
 * Validates caller-supplied rules (untrusted JSON welcome) against `catalogue`. Every problem is
 * reported at once, each with the rule's index and field (`rules[3].conditions.all[0].operator`),
 * in one `PolicyClockError` with code `INVALID_RULE`.
 */
export function compileCustomRules(input: unknown, catalogue: FactCatalogue): CompiledRule<CustomFindingSpec>[] {
  const issues: PolicyClockIssue[] = [];
  const list = RulesSchema.safeParse(input);
  if (!list.success) {
    throw new PolicyClockError('INVALID_RULE', list.error.issues.map((i) => toIssue(i, ['rules'])));
  }
  const compiled: CompiledRule<CustomFindingSpec>[] = [];
  list.data.forEach((raw, index) => {
    const path = ['rules', index];
    const envelope = CustomRuleSchema.safeParse(raw);
    if (!envelope.success) {
      for (const i of envelope.error.issues) issues.push(toIssue(i, path));
      // Still check the conditions, so one pass reports everything wrong with the rule.
      if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'conditions')) {
        compileConditions((raw as { conditions: unknown }).conditions, catalogue, [...path, 'conditions'], issues);
      }
      return;
    }
    const rule = envelope.data;
    const body = compileConditions(rule.conditions, catalogue, [...path, 'conditions'], issues);
    if (!body) return;
    const key = `custom:${index}`;
    compiled.push(deepFreeze({
      key,
      properties: { name: key, priority: rule.priority ?? 1, conditions: body.conditions, event: { type: 'finding' } },
      leaves: body.leaves,
      facts: body.facts,
      meta: findingSpec(rule.event.params),
    }));
  });
  if (issues.length > 0) throw new PolicyClockError('INVALID_RULE', issues);
  return compiled;
}

function findingSpec({ rule, level, message, path, source }: z.output<typeof CustomRuleSchema>['event']['params']): CustomFindingSpec {
  return { rule, level, message, ...(path !== undefined && { path }), ...(source !== undefined && { source }) };
}
