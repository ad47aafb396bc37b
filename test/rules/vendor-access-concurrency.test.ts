import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { checkVendorAccess } from '../../src/rules/vendor-access/check-vendor-access.js';
import type { CustomRule } from '../../src/rules/engine/custom-rule-schema.js';
import { vendorCase } from './support/vendor-arbitraries.js';
import { after } from '../_support/after.js';

describe('concurrency', () => {
  it('1,000 different requests under Promise.all get exactly the verdicts of a serial run', async () => {
    // Rules at two priority levels: the built-ins at 1, these at 10 and 5.
    const rules: CustomRule[] = [
      { priority: 10, conditions: { all: [{ fact: 'noticeHours', operator: 'lessThan', value: 24 }] }, event: { type: 'finding', params: { rule: 'acme.short-notice', level: 'should', message: 'under a day' } } },
      { priority: 5, conditions: { any: [{ fact: 'startWeekday', operator: 'in', value: ['sat', 'sun'] }] }, event: { type: 'finding', params: { rule: 'acme.weekend', level: 'should', message: 'weekend' } } },
    ];
    const cases = fc.sample(vendorCase, { numRuns: 1000, seed: 20260601 });
    const serial = [];
    for (const c of cases) serial.push(await checkVendorAccess(c.request, { now: c.now, rules }));
    const concurrent = await Promise.all(cases.map((c, i) => after(i % 200, () => checkVendorAccess(c.request, { now: c.now, rules }))));
    expect(concurrent).toEqual(serial);
    // The sample exercises both decisions and both priority levels.
    expect(new Set(serial.map((v) => v.decision))).toEqual(new Set(['allow', 'deny']));
    const fired = new Set(serial.flatMap((v) => [...v.violations, ...v.warnings].map((f) => f.rule)));
    for (const rule of ['acme.short-notice', 'acme.weekend', 'vendor.advance-notice', 'vendor.written-agreement', 'vendor.licensing']) expect(fired).toContain(rule);
  });
});

describe('the json-rules-engine 7.3.1 hazard that an Engine object per evaluation avoids', () => {
  // If one of these starts failing after an upgrade, json-rules-engine fixed its shared run
  // status: then say so in docs/rules.md (an Engine object per evaluation stays safe either way).
  const rules = [
    { priority: 2, conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 0 }] }, event: { type: 'high' } },
    { priority: 1, conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 0 }] }, event: { type: 'low' } },
  ];

  it('a run that finishes while another is between priority levels makes the other skip its lower-priority rules', async () => {
    const shared = new Engine(rules);
    const slow = shared.run({ x: new Promise((resolve) => setTimeout(() => resolve(1), 5)) });
    const fast = shared.run({ x: 1 });
    const [s, f] = await Promise.all([slow, fast]);
    expect(f.events.map((e) => e.type)).toEqual(['high', 'low']);
    expect(s.events.map((e) => e.type)).toEqual(['high']); // 'low' was silently skipped
  });

  it('with constant facts too, once runs are out of step', async () => {
    const shared = new Engine(rules);
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => after(i % 200, () => shared.run({ x: 1 + (i % 7) }))));
    const skipped = results.filter((r) => r.events.length !== 2).length;
    expect(skipped).toBeGreaterThan(0);
    // The same runs on fresh engines never skip.
    const fresh = await Promise.all(Array.from({ length: 1000 }, (_, i) => after(i % 200, () => new Engine(rules).run({ x: 1 + (i % 7) }))));
    expect(fresh.every((r) => r.events.length === 2)).toBe(true);
  });
});
