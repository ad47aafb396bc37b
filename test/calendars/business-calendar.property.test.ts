import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/index.js';
import { numRuns } from '../_support/fc.js';
import { scenarioArb } from './arbitrary-calendar.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A random calendar, instants within three weeks of its anchor (any millisecond), durations. */
const calendarArb = scenarioArb.map(({ config, anchorMinute, weeklyMinutes }) => ({ config, anchor: anchorMinute * 60_000, weeklyMinutes }));
const instantArb = (anchor: number) => fc.integer({ min: anchor - 21 * DAY, max: anchor + 21 * DAY });
const durationArb = fc.oneof(fc.integer({ min: 0, max: 300 * HOUR }), fc.integer({ min: 0, max: 2_000 * HOUR }), fc.integer({ min: 0, max: 5 * 60_000 }));

/**
 * A calendar, `count` instants and `durations` durations. A calendar open one minute a week would
 * take 2,000 hours beyond the supported years (a correct OUT_OF_RANGE, tested elsewhere), so
 * durations wrap at 20 weeks of the calendar's weekly hours.
 */
const withInstants = (count: number, durations = 0) =>
  calendarArb.chain(({ config, anchor, weeklyMinutes }) =>
    fc.record({
      config: fc.constant(config),
      at: fc.array(instantArb(anchor), { minLength: count, maxLength: count }),
      d: fc.array(durationArb.map((d) => d % (20 * weeklyMinutes * 60_000 + 1)), { minLength: durations, maxLength: durations }),
    }),
  );

describe('businessCalendar properties', () => {
  it('between(t, add(t, d)) === d, and between(add(t, -d), t) === d', () => {
    fc.assert(
      fc.property(withInstants(1, 1), ({ config, at: [t], d: [d] }) => {
        const calendar = businessCalendar(config);
        expect(calendar.between(t!, calendar.add(t!, d!))).toBe(d);
        expect(calendar.between(calendar.add(t!, -d!), t!)).toBe(d);
      }),
      { numRuns },
    );
  });

  it('add(add(t, a), b) === add(t, a + b) for a, b ≥ 0, and add(t, 0) === t', () => {
    fc.assert(
      fc.property(withInstants(1, 2), ({ config, at: [t], d: [a, b] }) => {
        const calendar = businessCalendar(config);
        expect(calendar.add(calendar.add(t!, a!), b!).getTime()).toBe(calendar.add(t!, a! + b!).getTime());
        expect(calendar.add(t!, 0).getTime()).toBe(t);
      }),
      { numRuns },
    );
  });

  it('add is monotonic in t and in d (both signs)', () => {
    fc.assert(
      fc.property(withInstants(2, 2), fc.boolean(), fc.boolean(), ({ config, at: [t1, t2], d: [e1, e2] }, negative1, negative2) => {
        const calendar = businessCalendar(config);
        const d1 = negative1 ? -e1! : e1!;
        const d2 = negative2 ? -e2! : e2!;
        const [early, late] = t1! <= t2! ? [t1!, t2!] : [t2!, t1!];
        const [small, big] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(calendar.add(early, d1).getTime()).toBeLessThanOrEqual(calendar.add(late, d1).getTime());
        expect(calendar.add(early, small).getTime()).toBeLessThanOrEqual(calendar.add(early, big).getTime());
      }),
      { numRuns },
    );
  });

  it('add(add(t, d), -d) returns to the start of business time, nextOpen(t)', () => {
    fc.assert(
      fc.property(withInstants(1, 1), ({ config, at: [t], d: [d] }) => {
        const calendar = businessCalendar(config);
        const positive = d! + 1;
        expect(calendar.add(calendar.add(t!, positive), -positive).getTime()).toBe(calendar.nextOpen(t!).getTime());
      }),
      { numRuns },
    );
  });

  it('intervals are ordered, separated, open, and sum to between', () => {
    fc.assert(
      fc.property(withInstants(2), fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }), ({ config, at: [t1, t2] }, empty) => {
        const calendar = businessCalendar(config);
        const [from, to] = t1! <= t2! ? [t1!, empty ? t1! : t2!] : [t2!, empty ? t2! : t1!];
        const list = calendar.intervals(from, to).map(({ start, end }) => [start.getTime(), end.getTime()] as const);
        let sum = 0;
        let previousEnd = -Infinity;
        for (const [start, end] of list) {
          expect(start).toBeGreaterThan(previousEnd); // touching intervals would have merged
          expect(end).toBeGreaterThan(start);
          expect(start).toBeGreaterThanOrEqual(from);
          expect(end).toBeLessThanOrEqual(to);
          expect(calendar.isOpen(start) && calendar.isOpen(end - 1)).toBe(true);
          if (end < to) expect(calendar.isOpen(end)).toBe(false);
          sum += end - start;
          previousEnd = end;
        }
        expect(sum).toBe(calendar.between(from, to));
      }),
      { numRuns },
    );
  });

  it('isOpen(x) iff nextOpen(x) === x; nextClose is a real closing after x', () => {
    fc.assert(
      fc.property(withInstants(1), ({ config, at: [x] }) => {
        const calendar = businessCalendar(config);
        const open = calendar.nextOpen(x!).getTime();
        const close = calendar.nextClose(x!).getTime();
        expect(calendar.isOpen(x!)).toBe(open === x);
        expect(close).toBeGreaterThan(Math.max(open, x!));
        expect(calendar.isOpen(close)).toBe(false);
        expect(calendar.between(open, close)).toBe(close - open);
      }),
      { numRuns },
    );
  });

  it('between is additive and antisymmetric', () => {
    fc.assert(
      fc.property(withInstants(3), ({ config, at: [a, b, c] }) => {
        const calendar = businessCalendar(config);
        expect(calendar.between(a!, b!) + calendar.between(b!, c!)).toBe(calendar.between(a!, c!));
        expect(calendar.between(b!, a!)).toBe(0 - calendar.between(a!, b!)); // 0 - x: +0, not -0
      }),
      { numRuns },
    );
  });

  it('answers do not depend on the order in which years were first needed', () => {
    fc.assert(
      fc.property(withInstants(1, 1), fc.integer({ min: -400, max: 400 }), ({ config, at: [t], d: [d] }, days) => {
        const far = t! + days * DAY;
        const forward = businessCalendar(config);
        const backward = businessCalendar(config);
        backward.isOpen(far);
        expect(backward.add(t!, d!).getTime()).toBe(forward.add(t!, d!).getTime());
        expect(backward.add(t!, -d!).getTime()).toBe(forward.add(t!, -d!).getTime());
        expect(backward.between(t!, far)).toBe(forward.between(t!, far));
        expect(backward.nextClose(t!).getTime()).toBe(forward.nextClose(t!).getTime());
      }),
      { numRuns },
    );
  });
});
