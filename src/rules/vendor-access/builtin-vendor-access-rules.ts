import { PolicyClockError, type PolicyClockIssue } from '../../errors.js';
import { parseInput } from '../../_lib/validate.js';
import { compileConditions } from '../engine/compile-conditions.js';
import type { CompiledRule } from '../engine/compiled-rule.js';
import { deepFreeze } from '../engine/deep-freeze.js';
import { BuiltinRuleSchema, ExemptionSchema, type BuiltinRule, type Exemption } from './builtin-rule-schema.js';
import { VENDOR_ACCESS_FACTS } from './vendor-access-facts-catalogue.js';
import accountDisabled from './rules/account-disabled.json' with { type: 'json' };
import advanceNotice from './rules/advance-notice.json' with { type: 'json' };
import endUserHelp from './rules/end-user-help.json' with { type: 'json' };
import licensing from './rules/licensing.json' with { type: 'json' };
import noAdmin from './rules/no-admin.json' with { type: 'json' };
import scheduled from './rules/scheduled.json' with { type: 'json' };
import walkthrough from './rules/walkthrough.json' with { type: 'json' };
import writtenAgreement from './rules/written-agreement.json' with { type: 'json' };

export interface BuiltinVendorAccessRules {
  readonly rules: readonly CompiledRule<BuiltinRule>[];
  /** The rules that still apply to exempt end-user help: those the exemption does not suspend. */
  readonly exemptRules: readonly CompiledRule<BuiltinRule>[];
  readonly exemption: Exemption;
}

let compiled: BuiltinVendorAccessRules | undefined;

/**
 * The SOP of seed 001 as compiled rules, one per POLICIES.md id. The data files go through the
 * same validation as a caller's rules, once, on first use (a memo, frozen: shared by every
 * evaluation).
 */
export function builtinVendorAccessRules(): BuiltinVendorAccessRules {
  compiled ??= compile();
  return compiled;
}

function compile(): BuiltinVendorAccessRules {
  const files = [writtenAgreement, noAdmin, accountDisabled, walkthrough, scheduled, advanceNotice, licensing];
  const issues: PolicyClockIssue[] = [];
  const rules: CompiledRule<BuiltinRule>[] = [];
  files.forEach((file, i) => {
    const { conditions, ...meta } = parseInput(BuiltinRuleSchema, file, ['builtin', i], 'INVALID_RULE');
    const body = compileConditions(conditions, VENDOR_ACCESS_FACTS, ['builtin', i, 'conditions'], issues);
    if (body) {
      rules.push({ key: meta.id, properties: { name: meta.id, priority: 1, conditions: body.conditions, event: { type: 'finding' } }, leaves: body.leaves, facts: body.facts, meta });
    }
  });
  const exemption = parseInput(ExemptionSchema, endUserHelp, ['builtin', 'end-user-help'], 'INVALID_RULE');
  exemption.suspends.forEach((id, i) => {
    if (!rules.some((r) => r.key === id)) issues.push({ code: 'invalid_rule', path: ['builtin', 'end-user-help', 'suspends', i], message: `no built-in rule "${id}"` });
  });
  if (issues.length > 0) throw new PolicyClockError('INVALID_RULE', issues);
  const exemptRules = rules.filter((r) => !exemption.suspends.includes(r.key));
  return deepFreeze({ rules, exemptRules, exemption });
}
