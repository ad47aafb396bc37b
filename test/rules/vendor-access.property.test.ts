import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding } from '../../src/rules/finding.js';
import { checkVendorAccess } from '../../src/rules/vendor-access/check-vendor-access.js';
import { numRuns } from '../_support/fc.js';
import { customRule, vendorCase } from './support/vendor-arbitraries.js';

const all = (v: { violations: readonly Finding[]; warnings: readonly Finding[] }): Finding[] => [...v.violations, ...v.warnings];
// Indeterminate findings name the rule's position; a reordering moves it.
const withoutPosition = (f: Finding): Finding => ({ ...f, message: f.message.replace(/rules\[\d+\]/, 'rules[#]') });

describe('checkVendorAccess properties', () => {
  it("decision is 'deny' exactly when a must finding exists; violations are must, warnings should", async () => {
    await fc.assert(
      fc.asyncProperty(vendorCase, fc.array(customRule, { maxLength: 3 }), async ({ request, now }, rules) => {
        const v = await checkVendorAccess(request, { now, rules });
        expect(v.decision === 'deny').toBe(all(v).some((f) => f.level === 'must'));
        expect(v.violations.every((f) => f.level === 'must')).toBe(true);
        expect(v.warnings.every((f) => f.level === 'should')).toBe(true);
        expect(v.billable).toBe(v.warnings.some((f) => f.rule === 'vendor.licensing' && f.origin === undefined));
        if (v.exempt) expect(all(v).filter((f) => f.origin === undefined).map((f) => f.rule)).toEqual(v.billable ? ['vendor.licensing'] : []);
      }),
      { numRuns },
    );
  });

  it('adding a custom rule never removes a built-in finding', async () => {
    await fc.assert(
      fc.asyncProperty(vendorCase, fc.array(customRule, { minLength: 1, maxLength: 3 }), async ({ request, now }, rules) => {
        const builtin = all(await checkVendorAccess(request, { now })).filter((f) => f.origin === undefined);
        const withCustom = all(await checkVendorAccess(request, { now, rules }));
        expect(withCustom.filter((f) => f.origin === undefined)).toEqual(builtin);
      }),
      { numRuns },
    );
  });

  it('findings do not depend on the order of the custom rules', async () => {
    await fc.assert(
      fc.asyncProperty(
        vendorCase,
        fc.array(customRule, { maxLength: 4 }).chain((rules) => fc.tuple(fc.constant(rules), fc.shuffledSubarray(rules, { minLength: rules.length, maxLength: rules.length }))),
        async ({ request, now }, [rules, shuffled]) => {
          const a = await checkVendorAccess(request, { now, rules });
          const b = await checkVendorAccess(request, { now, rules: shuffled });
          const set = (v: typeof a): Finding[] => all(v).map(withoutPosition).sort(compareFindings);
          expect(set(b)).toEqual(set(a));
          expect(b.decision).toBe(a.decision);
        },
      ),
      { numRuns },
    );
  });

  it('the form of an instant (Date, epoch ms, ISO with Z or offset) does not change the verdict', async () => {
    await fc.assert(
      fc.asyncProperty(vendorCase, async ({ request, now }) => {
        const ms = (t: unknown): number => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t as string));
        const asDates = { ...request, requestedAt: new Date(ms(request.requestedAt)), start: new Date(ms(request.start)), end: new Date(ms(request.end)) };
        const a = await checkVendorAccess(request, { now });
        const b = await checkVendorAccess(asDates, { now: ms(now) });
        expect(b).toEqual(a);
      }),
      { numRuns },
    );
  });
});
