import { describe, expect, it } from 'vitest';
import { compileCustomRules } from '../../src/rules/engine/compile-custom-rules.js';
import type { FactCatalogue } from '../../src/rules/engine/fact-catalogue.js';
import { runRules } from '../../src/rules/engine/run-rules.js';
import { after } from '../_support/after.js';

const catalogue: FactCatalogue = { x: { type: 'number', description: 'a number' } };

// One rule set reused by every call, as the built-in vendor rules are: its prepared Engine is
// shared, so this is where two overlapping runs could meet.
const rules = compileCustomRules(
  [
    { priority: 10, conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 0 }] }, event: { type: 'finding', params: { rule: 'test.high', level: 'must', message: 'high' } } },
    { priority: 5, conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 3 }] }, event: { type: 'finding', params: { rule: 'test.mid', level: 'must', message: 'mid' } } },
    { priority: 1, conditions: { all: [{ fact: 'x', operator: 'lessThan', value: 6 }] }, event: { type: 'finding', params: { rule: 'test.low', level: 'must', message: 'low' } } },
  ],
  catalogue,
);

const held = async (x: number) => (await runRules(rules, { x })).map((r) => r.meta.rule);

function expected(x: number): string[] {
  return [x > 0 && 'test.high', x > 3 && 'test.mid', x < 6 && 'test.low'].filter((r) => r !== false);
}

describe('runRules', () => {
  it('returns the rules that hold, in input order', async () => {
    expect(await held(1)).toEqual(['test.high', 'test.low']);
    expect(await held(4)).toEqual(['test.high', 'test.mid', 'test.low']);
    expect(await held(9)).toEqual(['test.high', 'test.mid']);
    expect(await runRules([], { x: 1 })).toEqual([]);
  });

  it('keeps 1,000 overlapping, out-of-step runs on one rule set apart at three priority levels', async () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i % 9);
    const results = await Promise.all(xs.map((x, i) => after(i % 200, () => held(x))));
    expect(results).toEqual(xs.map(expected));
  });

  it('lets a run finish while another waits between priority levels without cutting the other short', async () => {
    // The late run starts 50 microtask turns after the other, so one finishes while the other
    // is between priority levels: on a shared Engine its "finished" status would end the other
    // before its lower-priority rules.
    const late = after(50, () => held(4));
    const early = held(4);
    expect(await Promise.all([late, early])).toEqual([expected(4), expected(4)]);
    // And the shared preparation is still whole for the next caller.
    expect(await held(4)).toEqual(['test.high', 'test.mid', 'test.low']);
  });
});
