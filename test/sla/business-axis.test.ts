import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/calendars/business-calendar.js';
import { businessAxis } from '../../src/sla/business-axis.js';
import { numRuns } from '../_support/fc.js';
import { HOUR, allDay, instantArb, offsetArb, uk } from './arbitraries.js';

const oslo = businessCalendar({ timeZone: 'Europe/Oslo', hours: { mon: ['08:00-12:00', '13:00-17:00'], wed: '22:00-06:00', sat: '10:00-14:00' } });

describe('businessAxis', () => {
  for (const [name, calendar] of [['UK', uk], ['24/7 UTC', allDay], ['Oslo split and overnight shifts', oslo]] as const) {
    it(`${name}: at() differences are calendar.between, instantAt() is calendar.add`, () => {
      const axis = businessAxis(calendar);
      fc.assert(
        fc.property(instantArb, offsetArb, fc.integer({ min: 1, max: 60 * HOUR }), (from, span, d) => {
          const to = from + Math.abs(span);
          expect(axis.at(to) - axis.at(from)).toBe(calendar.between(from, to));
          expect(axis.instantAt(axis.at(from) + d)).toBe(calendar.add(from, d).getTime());
        }),
        { numRuns },
      );
    });
  }

  it('gives the same answers whichever years were built first (a memo, not state)', () => {
    const forwards = businessAxis(uk);
    const backwards = businessAxis(uk);
    const probes = [Date.UTC(2025, 0, 6, 10), Date.UTC(2026, 6, 1, 12), Date.UTC(2027, 11, 31, 17)];
    const f = probes.map((t) => forwards.at(t));
    const b = [...probes].reverse().map((t) => backwards.at(t)).reverse();
    expect(b.map((x) => x - b[0]!)).toEqual(f.map((x) => x - f[0]!));
    expect(f[1]! - f[0]!).toBe(uk.between(probes[0]!, probes[1]!));
  });

  it('answers wherever the previous lookup left it (far ahead, far behind, a year away)', () => {
    const axis = businessAxis(uk);
    const monday = Date.parse('2026-03-02T09:00:00Z');
    const far = Date.parse('2026-11-02T09:00:00Z');
    for (const [lookup, from, d] of [[far, monday, 2 * HOUR], [monday, far, 3 * HOUR], [monday, monday, 2000 * HOUR], [far, Date.parse('2025-02-03T12:00:00Z'), 4 * HOUR]] as const) {
      axis.at(lookup);
      const p = axis.at(from) + d;
      axis.at(lookup);
      expect(axis.instantAt(p)).toBe(uk.add(from, d).getTime());
    }
  });

  it('a deadline reached exactly at closing time is that closing time', () => {
    const axis = businessAxis(uk);
    const monday9 = Date.parse('2026-01-05T09:00:00Z');
    expect(new Date(axis.instantAt(axis.at(monday9) + 9 * HOUR)).toISOString()).toBe('2026-01-05T18:00:00.000Z');
  });

  it('rejects a calendar whose intervals break the contract instead of computing nonsense', () => {
    const broken = { ...uk, intervals: () => [{ start: new Date(10), end: new Date(5) }] };
    expect(() => businessAxis(broken).at(0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'calendar' }));
  });

  it('stops with NO_BUSINESS_HOURS on a calendar that is never open, rather than spinning', () => {
    const never = { ...uk, intervals: () => [] };
    const axis = businessAxis(never);
    expect(axis.at(Date.UTC(2026, 0, 1))).toBe(0);
    expect(() => axis.instantAt(1)).toThrow(expect.objectContaining({ code: 'NO_BUSINESS_HOURS' }));
  });
});
