import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock, weekdayIndex, weekdayOnOrAfter, weekdayOnOrBefore } from '../../src/_lib/local-time.js';
import { numRuns } from '../_support/fc.js';

describe('formatClock', () => {
  it('writes hours and minutes with two digits, and the end of the day as 24:00', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(9 * 60 + 5)).toBe('09:05');
    expect(formatClock(1439)).toBe('23:59');
    expect(formatClock(1440)).toBe('24:00');
  });

  it('is the inverse of parseClock', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1440 }), (m) => parseClock(formatClock(m), true) === m), { numRuns });
  });
});

describe('weekdayOnOrAfter / weekdayOnOrBefore', () => {
  const day = fc.integer({ min: -800_000, max: 800_000 }); // day numbers of the years ~ -220 to 4160
  const weekday = fc.integer({ min: 0, max: 6 });

  it('name the nearest such weekday, found by walking one day at a time', () => {
    fc.assert(fc.property(day, weekday, (d, w) => {
      let after = d;
      while (weekdayIndex(after) !== w) after++;
      let before = d;
      while (weekdayIndex(before) !== w) before--;
      return weekdayOnOrAfter(d, w) === after && weekdayOnOrBefore(d, w) === before;
    }), { numRuns });
  });

  it('counts from Thursday 1970-01-01 (day 0): the Monday after is day 4, the Saturday before day -5', () => {
    expect(weekdayOnOrAfter(0, 0)).toBe(4);
    expect(weekdayOnOrBefore(0, 5)).toBe(-5);
    expect(weekdayOnOrAfter(0, 3)).toBe(0);
  });
});
