import { describe, expect, it } from 'vitest';
import { isPolicyClockError, type PolicyClockError } from '../../src/errors.js';
import { checkVendorAccess } from '../../src/rules/vendor-access/check-vendor-access.js';
import type { CustomRule } from '../../src/rules/engine/custom-rule-schema.js';
import { compliantRequest, NOW, without } from './support/vendor-request.js';

const finding = (rule: string, level: 'must' | 'should' = 'must') => ({ type: 'finding' as const, params: { rule, level, message: `${rule} fired` } });

async function rejection(rules: unknown): Promise<PolicyClockError> {
  const error: unknown = await checkVendorAccess(compliantRequest(), { now: NOW, rules: rules as CustomRule[] }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPolicyClockError(error)) throw new Error(`expected a PolicyClockError, got ${String(error)}`);
  return error;
}

describe('custom rules see the documented facts', () => {
  it('a rule on a derived fact (startWeekday in options.timeZone) fires', async () => {
    const weekend: CustomRule = { conditions: { all: [{ fact: 'startWeekday', operator: 'in', value: ['sat', 'sun'] }] }, event: finding('acme.weekend', 'should') };
    // Saturday 00:30 in Berlin is still Friday in UTC.
    const request = compliantRequest({ start: '2026-06-12T22:30:00Z', end: '2026-06-12T23:30:00Z' });
    expect((await checkVendorAccess(request, { now: NOW, rules: [weekend] })).warnings.map((w) => w.rule)).toEqual(['acme.weekend']);
    expect((await checkVendorAccess(request, { now: NOW, rules: [weekend], timeZone: 'UTC' })).warnings).toEqual([]);
  });

  it('a rule on a request path fires with its own message, marked custom; must denies', async () => {
    const rule: CustomRule = {
      conditions: { all: [{ fact: 'request', path: '$.target.host', operator: 'equal', value: 'srv-01' }, { fact: 'durationHours', operator: 'greaterThan', value: 1 }] },
      event: { type: 'finding', params: { rule: 'acme.prod-long', level: 'must', message: 'Long sessions on srv-01 need a change ticket', path: 'target.host', source: 'Change policy 4.2' } },
    };
    const v = await checkVendorAccess(compliantRequest(), { now: NOW, rules: [rule] });
    expect(v.decision).toBe('deny');
    expect(v.violations).toEqual([{ rule: 'acme.prod-long', level: 'must', message: 'Long sessions on srv-01 need a change ticket', path: 'target.host', source: 'Change policy 4.2', origin: 'custom' }]);
  });

  it('array facts take contains / doesNotContain, with indexed paths', async () => {
    const rules: CustomRule[] = [
      { conditions: { any: [{ fact: 'request', path: 'tags', operator: 'contains', value: 'emergency' }] }, event: finding('acme.emergency', 'should') },
      { conditions: { not: { fact: 'request', path: 'tags[0]', operator: 'equal', value: 'planned' } }, event: finding('acme.first-tag', 'should') },
    ];
    const v = await checkVendorAccess(compliantRequest({ tags: ['planned', 'emergency'] }), { now: NOW, rules });
    expect(v.warnings.map((w) => w.rule)).toEqual(['acme.emergency']);
  });

  it('a path that resolves to nothing is indeterminate: a must finding naming the rule and path, never a silent "not equal"', async () => {
    const rule: CustomRule = {
      conditions: { all: [{ fact: 'request', path: 'supervisor', operator: 'notEqual', value: 'intern' }] },
      event: finding('acme.no-interns', 'should'),
    };
    const unsupervised = without(compliantRequest(), 'supervisor');
    const v = await checkVendorAccess(unsupervised, { now: NOW, rules: [rule] });
    expect(v.violations).toContainEqual(expect.objectContaining({
      rule: 'acme.no-interns', level: 'must', path: 'request.supervisor', origin: 'custom',
      message: 'Indeterminate: request.supervisor has no value for this request, so rule "acme.no-interns" (rules[0].conditions.all[0]) cannot be decided.',
    }));
    // An index past the end of an array is indeterminate too.
    const tag: CustomRule = { conditions: { all: [{ fact: 'request', path: 'tags[3]', operator: 'equal', value: 'x' }] }, event: finding('acme.tag') };
    const w = await checkVendorAccess(compliantRequest({ tags: ['a'] }), { now: NOW, rules: [tag] });
    expect(w.violations).toEqual([expect.objectContaining({ rule: 'acme.tag', path: 'request.tags[3]' })]);
  });

  it('custom rules with two priority levels all run', async () => {
    const rules: CustomRule[] = [
      { priority: 10, conditions: { all: [{ fact: 'admin', operator: 'equal', value: false }] }, event: finding('acme.high', 'should') },
      { priority: 1, conditions: { all: [{ fact: 'admin', operator: 'equal', value: false }] }, event: finding('acme.low', 'should') },
    ];
    const v = await checkVendorAccess(compliantRequest(), { now: NOW, rules });
    expect(v.warnings.map((w) => w.rule)).toEqual(['acme.high', 'acme.low']);
  });
});

describe('hostile or malformed custom rules are rejected with the rule index and field', () => {
  const base = (leaf: Record<string, unknown>) => ({ conditions: { all: [leaf] }, event: finding('x.y') });

  it('a JSONPath filter with code', async () => {
    const e = await rejection([base({ fact: 'request', path: '$..[?(@.constructor.constructor("return process")().exit())]', operator: 'equal', value: 'x' })]);
    expect(e).toMatchObject({ code: 'INVALID_RULE', path: 'rules[0].conditions.all[0].path' });
    expect(e.message).toMatch(/not a plain property path/);
  });

  it('__proto__, constructor and prototype path segments', async () => {
    for (const path of ['__proto__.polluted', 'account.constructor', 'constructor.prototype', '$.__proto__']) {
      const e = await rejection([base({}), base({ fact: 'request', path, operator: 'equal', value: 'x' })]);
      expect(e.issues.map((i) => i.path.join('.'))).toContain('rules.1.conditions.all.0.path');
      expect(e.message).toMatch(/rules\[0\]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a fact named after a prototype property is unknown', async () => {
    for (const fact of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const e = await rejection([base({ fact, operator: 'equal', value: 'x' })]);
      expect(e).toMatchObject({ code: 'INVALID_RULE', path: 'rules[0].conditions.all[0].fact' });
    }
  });

  it('a catastrophic regex cannot be expressed: there is no regex operator', async () => {
    const started = performance.now();
    const e = await rejection([base({ fact: 'request', path: 'vendor', operator: 'matches', value: '^(a+)+$' })]);
    expect(e).toMatchObject({ code: 'INVALID_RULE', path: 'rules[0].conditions.all[0].operator' });
    expect(e.message).toContain('allowed: equal, notEqual, in, notIn');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('operator decorators and operators of another type', async () => {
    expect(await rejection([base({ fact: 'request', path: 'tags', operator: 'someFact:equal', value: 'x' })])).toMatchObject({ path: 'rules[0].conditions.all[0].operator' });
    expect(await rejection([base({ fact: 'noticeHours', operator: 'contains', value: 1 })])).toMatchObject({ path: 'rules[0].conditions.all[0].operator' });
  });

  it('unknown facts and paths', async () => {
    expect(await rejection([base({ fact: 'weather', operator: 'equal', value: 'x' })])).toMatchObject({ path: 'rules[0].conditions.all[0].fact' });
    expect(await rejection([base({ fact: 'request', path: 'account.password', operator: 'equal', value: 'x' })])).toMatchObject({ path: 'rules[0].conditions.all[0].path' });
    expect(await rejection([base({ fact: 'request', operator: 'equal', value: 'x' })])).toMatchObject({ path: 'rules[0].conditions.all[0].path' });
    expect(await rejection([base({ fact: 'noticeHours', path: 'x', operator: 'equal', value: 1 })])).toMatchObject({ path: 'rules[0].conditions.all[0].path' });
  });

  it('wrong value types', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ fact: 'noticeHours', operator: 'lessThan', value: '168' }, /expected a number/],
      [{ fact: 'admin', operator: 'equal', value: 'true' }, /expected true or false/],
      [{ fact: 'agreementForm', operator: 'in', value: 'recording' }, /non-empty array of strings/],
      [{ fact: 'agreementForm', operator: 'in', value: [] }, /non-empty array of strings/],
      [{ fact: 'startWeekday', operator: 'equal', value: 'saturday' }, /expected one of mon, tue/],
      [{ fact: 'request', path: 'tags', operator: 'contains', value: 3 }, /expected a string/],
      [{ fact: 'noticeHours', operator: 'equal', value: { fact: 'durationHours' } }, /expected/],
    ];
    for (const [leaf, message] of cases) {
      const e = await rejection([base(leaf)]);
      expect(e.path, JSON.stringify(leaf)).toBe('rules[0].conditions.all[0].value');
      expect(e.message).toMatch(message);
    }
  });

  it('malformed structure: root leaf, named condition, unknown keys, bad event, too deep', async () => {
    expect(await rejection([{ conditions: { fact: 'admin', operator: 'equal', value: true }, event: finding('x.y') }])).toMatchObject({ path: 'rules[0].conditions' });
    expect(await rejection([{ conditions: { all: [{ condition: 'shared' }] }, event: finding('x.y') }])).toMatchObject({ path: 'rules[0].conditions.all[0].condition' });
    expect(await rejection([base({ fact: 'admin', operator: 'equal', value: true, params: { x: 1 } })])).toMatchObject({ path: 'rules[0].conditions.all[0]' });
    expect(await rejection([base({ fact: 'admin', operator: 'equal', value: true, priority: 2 })])).toMatchObject({ path: 'rules[0].conditions.all[0]' });
    expect(await rejection([{ conditions: { all: [] }, event: { type: 'finding', params: { rule: 'x.y', level: 'fatal', message: 'm' } } }])).toMatchObject({ path: 'rules[0].event.params.level' });
    expect(await rejection([{ conditions: { all: [] }, event: { type: 'alert', params: {} } }])).toMatchObject({ path: 'rules[0].event.type' });
    expect(await rejection([{ conditions: { all: [] }, event: finding('x.y'), onSuccess: 'alert(1)' }])).toMatchObject({ path: 'rules[0]' });
    let deep: Record<string, unknown> = { fact: 'admin', operator: 'equal', value: true };
    for (let i = 0; i < 12; i++) deep = { not: deep };
    expect((await rejection([{ conditions: deep, event: finding('x.y') }])).message).toMatch(/deeper than 10/);
    expect(await rejection('not an array')).toMatchObject({ path: 'rules' });
  });

  it('reports every problem at once, each with its rule index and field', async () => {
    const e = await rejection([
      base({ fact: 'admin', operator: 'equal', value: true }),
      base({ fact: 'weather', operator: 'equal', value: 'x' }),
      { conditions: { any: [{ fact: 'noticeHours', operator: 'regex', value: 1 }] }, event: finding('x.y') },
    ]);
    expect(e.issues.map((i) => i.path.join('/'))).toEqual(['rules/1/conditions/all/0/fact', 'rules/2/conditions/any/0/operator']);
    expect(e.path).toBe('rules[1].conditions.all[0].fact');
  });

  it('JSON with an own "__proto__" key is rejected, and pollutes nothing', async () => {
    const hostile = JSON.parse('[{"conditions":{"all":[{"fact":"admin","operator":"equal","value":true,"__proto__":{"polluted":1}}]},"event":{"type":"finding","params":{"rule":"x.y","level":"must","message":"m"}}}]');
    expect(await rejection(hostile)).toMatchObject({ code: 'INVALID_RULE', path: 'rules[0].conditions.all[0]' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
