import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDate, DAY_MS, dayNumber, daysInMonth, formatClock, formatLocalDate, parseClock, parseLocalDate, weekdayIndex, weekdayOnOrAfter, weekdayOnOrBefore,
} from '../../src/_lib/local-time.js';
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

describe('dayNumber / civilDate', () => {
  const date = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });

  it('agree with Date for every date of the years 0–9999', () => {
    fc.assert(fc.property(date, (d) => {
      const day = Math.floor(d.getTime() / DAY_MS);
      const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      return dayNumber(civil.year, civil.month, civil.day) === day && JSON.stringify(civilDate(day)) === JSON.stringify(civil);
    }), { numRuns });
  });

  it('read a date of the years 0–99 as itself, not as 19xx (Date.UTC would)', () => {
    expect(parseLocalDate('0050-01-01')).toBe(Math.floor(Date.parse('0050-01-01T00:00:00Z') / DAY_MS));
    expect(parseLocalDate('0000-02-29')).toBe(Math.floor(Date.parse('0000-02-29T00:00:00Z') / DAY_MS));
    expect(formatLocalDate(parseLocalDate('0026-04-01')!)).toBe('0026-04-01');
  });

  it('parseLocalDate and formatLocalDate round-trip', () => {
    fc.assert(fc.property(date, (d) => {
      const text = d.toISOString().slice(0, 10);
      return formatLocalDate(parseLocalDate(text)!) === text;
    }), { numRuns });
  });
});

describe('daysInMonth', () => {
  it('agrees with Date (day 0 of the next month) for the years 0–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      const d = new Date(0);
      d.setUTCFullYear(year, month, 0);
      return daysInMonth(year, month) === d.getUTCDate();
    }), { numRuns });
  });
});
