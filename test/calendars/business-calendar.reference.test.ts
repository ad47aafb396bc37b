import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/index.js';
import { numRuns } from '../_support/fc.js';
import { referenceOpenMinutes } from '../reference/reference-calendar.js';
import { referenceZone } from '../reference/reference-zone.js';
import { scenarioArb, type Scenario } from './arbitrary-calendar.js';

const MIN = 60_000;
const DAY = 1440;
/** The reference steps through this many minutes per run. */
const SPAN = 5 * DAY;

/** A scenario and a start minute within a week of its anchor. */
const caseArb = fc.record({ scenario: scenarioArb, start: fc.integer({ min: -6 * DAY, max: 2 * DAY }) });

/** The reference's open minutes from the case's start, and their running count. */
function reference({ scenario, start }: { scenario: Scenario; start: number }) {
  const from = scenario.anchorMinute + start;
  const zone = referenceZone(scenario.config.timeZone, scenario.anchorMinute - 11 * DAY, scenario.anchorMinute + 11 * DAY);
  const open = referenceOpenMinutes(scenario.config, zone, from, from + SPAN);
  const before = new Float64Array(SPAN + 1); // open minutes in [from, from + k)
  for (let k = 0; k < SPAN; k++) before[k + 1] = before[k]! + open[k]!;
  return { config: scenario.config, from, open, before };
}

const offsetArb = fc.integer({ min: 0, max: SPAN - 1 });

describe('businessCalendar agrees with the minute-stepping reference', () => {
  it('isOpen, between and intervals', () => {
    fc.assert(
      fc.property(caseArb, fc.array(offsetArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: MIN - 1 }), (c, offsets, ms) => {
        const { config, from, open, before } = reference(c);
        const calendar = businessCalendar(config);
        for (const k of offsets) {
          const at = (from + k) * MIN;
          expect(calendar.isOpen(at), `isOpen(${new Date(at).toISOString()})`).toBe(open[k] === 1);
          expect(calendar.isOpen(at + ms)).toBe(open[k] === 1);
          expect(calendar.between(from * MIN, at), `between(from, ${new Date(at).toISOString()})`).toBe(before[k]! * MIN);
          expect(calendar.between(at, (from + SPAN) * MIN)).toBe((before[SPAN]! - before[k]!) * MIN);
        }
        const expected: { start: number; end: number }[] = [];
        for (let k = 0; k < SPAN; k++) {
          if (open[k] !== 1) continue;
          const last = expected[expected.length - 1];
          if (last && last.end === from + k) last.end++;
          else expected.push({ start: from + k, end: from + k + 1 });
        }
        const actual = calendar.intervals(from * MIN, (from + SPAN) * MIN).map((i) => ({ start: i.start.getTime() / MIN, end: i.end.getTime() / MIN }));
        expect(actual).toEqual(expected);
      }),
      { numRuns },
    );
  });

  it('nextOpen, nextClose and add in both directions', () => {
    fc.assert(
      fc.property(caseArb, offsetArb, fc.integer({ min: 1, max: 3 * DAY }), (c, k, minutes) => {
        const { config, from, open, before } = reference(c);
        const calendar = businessCalendar(config);
        const at = (from + k) * MIN;
        const firstOpen = open.indexOf(1, k);
        if (firstOpen >= 0) {
          expect(calendar.nextOpen(at).getTime(), `nextOpen(${new Date(at).toISOString()})`).toBe((from + firstOpen) * MIN);
          const closed = open.indexOf(0, firstOpen);
          if (closed >= 0) expect(calendar.nextClose(at).getTime(), `nextClose(${new Date(at).toISOString()})`).toBe((from + closed) * MIN);
        }
        // Forward: the end of the minute in which the count reaches `minutes`.
        const target = before[k]! + minutes;
        const reached = before.indexOf(target, k + 1);
        if (reached >= 0) expect(calendar.add(at, minutes * MIN).getTime(), `add(${new Date(at).toISOString()}, ${minutes} min)`).toBe((from + reached) * MIN);
        else expect(calendar.between(at, (from + SPAN) * MIN)).toBeLessThan(minutes * MIN);
        // Backward: the start of the minute after which `minutes` remain.
        const back = before[k]! - minutes;
        if (back >= 0) {
          const latest = before.lastIndexOf(back, k);
          const x = open[latest] === 1 ? latest : open.indexOf(1, latest);
          expect(calendar.add(at, -minutes * MIN).getTime(), `add(${new Date(at).toISOString()}, -${minutes} min)`).toBe((from + x) * MIN);
        }
      }),
      { numRuns },
    );
  });
});
