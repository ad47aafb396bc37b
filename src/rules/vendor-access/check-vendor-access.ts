import * as z from 'zod/mini';
import { zoneTable } from '../../calendars/zone-table.js';
import { toMs } from '../../_lib/instant.js';
import { compileCustomRules } from '../engine/compile-custom-rules.js';
import type { CompiledRule, CustomFindingSpec } from '../engine/compiled-rule.js';
import type { CustomRule } from '../engine/custom-rule-schema.js';
import { findUnresolvedLeaf } from '../engine/find-unresolved-leaf.js';
import { runRules } from '../engine/run-rules.js';
import { readOptions } from '../read-options.js';
import { compareFindings, type Finding } from '../finding.js';
import { builtinVendorAccessRules } from './builtin-vendor-access-rules.js';
import { explainVendorFinding } from './explain-vendor-finding.js';
import { indeterminateFinding } from './indeterminate-finding.js';
import { readVendorAccessRequest } from './read-vendor-access-request.js';
import type { VendorAccessRequest } from './vendor-access-request-schema.js';
import { vendorAccessFacts } from './vendor-access-facts.js';
import { VENDOR_ACCESS_FACTS } from './vendor-access-facts-catalogue.js';
import { vendorAccessObligations } from './vendor-access-obligations.js';
import type { VendorAccessVerdict } from './vendor-access-verdict.js';
import { CheckOptionsSchema } from '../check-options-schema.js';

/**
 * Options of `checkVendorAccess`; `rules` are checked separately, against the fact catalogue.
 * `timeZone` is also the zone of the `startWeekday` and `startHour` facts.
 */
export const VendorAccessOptionsSchema = /* @__PURE__ */ (() =>
  z.extend(CheckOptionsSchema, { rules: z.optional(z.unknown()) }))();
export type VendorAccessOptions = Omit<z.input<typeof VendorAccessOptionsSchema>, 'rules'> & { rules?: readonly CustomRule[] };

/**
 * Checks a vendor-access request against the SOP of seed 001 (POLICIES.md §3) and any custom
 * rules. Every evaluation runs on its own json-rules-engine Engine object, so concurrent calls
 * cannot disturb each other. A custom rule whose fact or path has no value for this request fails
 * closed: a `must` finding naming the rule and the path.
 *
 * @example
 * const verdict = await checkVendorAccess({
 *   vendor: 'Acme ERP', purpose: 'update', target: { kind: 'server', host: 'srv-01' },
 *   account: { name: 'acme-support', admin: false },
 *   requestedAt: '2026-06-01T10:00:00+02:00', start: '2026-06-05T10:00:00+02:00', end: '2026-06-05T12:00:00+02:00',
 *   supervisor: 'J. Weber', walkthrough: true, agreement: { form: 'signed-protocol' },
 * }, { now: '2026-06-01T10:00:00+02:00' });
 * verdict.decision          //=> 'allow'
 * verdict.warnings[0].rule  //=> 'vendor.advance-notice'
 * verdict.warnings[0].fix   //=> 'earliest permissible session start: 2026-06-08 10:00 (Europe/Berlin)'
 */
export async function checkVendorAccess(request: VendorAccessRequest, options: VendorAccessOptions): Promise<VendorAccessVerdict> {
  const opts = readOptions(VendorAccessOptionsSchema, options);
  const nowMs = toMs(opts.now, ['now']);
  const zone = zoneTable(opts.timeZone ?? 'Europe/Berlin', ['timeZone']);
  const locale = opts.locale ?? 'en';
  const normalised = readVendorAccessRequest(request);
  const builtin = builtinVendorAccessRules();
  const custom = opts.rules === undefined ? [] : compileCustomRules(opts.rules, VENDOR_ACCESS_FACTS);
  const facts = vendorAccessFacts(normalised, nowMs, zone, builtin.exemption);

  const findings: Finding[] = [];
  const runnable: CompiledRule<CustomFindingSpec>[] = [];
  for (const rule of custom) {
    const unresolved = findUnresolvedLeaf(rule.leaves, facts);
    if (unresolved) findings.push(indeterminateFinding(rule.meta, unresolved, locale));
    else runnable.push(rule);
  }
  // Exempt end-user help: the rules the exemption names do not apply at all. The built-in rule
  // sets are fixed arrays, so their prepared Engine is reused; the rules only read constant
  // facts, so running the custom ones apart changes no result.
  const [heldBuiltin, heldCustom] = await Promise.all([
    runRules(facts.exempt ? builtin.exemptRules : builtin.rules, facts),
    runRules(runnable, facts),
  ]);
  for (const { meta } of heldBuiltin) findings.push(explainVendorFinding(meta, facts, zone, locale));
  for (const { meta } of heldCustom) findings.push({ ...meta, origin: 'custom' });
  findings.sort(compareFindings);

  const violations = findings.filter((f) => f.level === 'must');
  const billable = findings.some((f) => f.rule === 'vendor.licensing' && f.origin === undefined);
  return {
    decision: violations.length > 0 ? 'deny' : 'allow',
    exempt: facts.exempt,
    violations,
    warnings: findings.filter((f) => f.level === 'should'),
    obligations: vendorAccessObligations(facts, violations.length === 0, billable, zone, locale),
    billable,
  };
}
