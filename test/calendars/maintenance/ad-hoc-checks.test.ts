import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmergencyPatch } from '../../../src/calendars/maintenance/check-emergency-patch.js';
import { checkInfrastructureWindow } from '../../../src/calendars/maintenance/check-infrastructure-window.js';
import { checkNotice } from '../../../src/calendars/maintenance/check-notice.js';
import { numRuns } from '../../_support/fc.js';
import { intlOffset } from '../../reference/maintenance-reference.js';

describe('checkNotice', () => {
  it('is ok iff leadTime ≥ notice, and shortBy is what is missing (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 1e9 }), (start, lead, notice) => {
      const r = checkNotice({ start, announcedAt: start - lead }, notice);
      expect(r).toEqual({ ok: lead >= notice, leadTime: lead, shortBy: Math.max(0, notice - lead) });
    }), { numRuns });
  });

  it('takes any Instant and Duration form and rejects bad ones with a path', () => {
    expect(checkNotice({ start: new Date('2026-01-02T00:00:00Z'), announcedAt: '2026-01-01T00:00:00+01:00' }, { hours: 25 }))
      .toEqual({ ok: true, leadTime: 25 * 3_600_000, shortBy: 0 });
    expect(() => checkNotice({ start: '2026-01-02', announcedAt: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'w.start' }));
    expect(() => checkNotice({ start: 0 } as never)).toThrow(expect.objectContaining({ path: 'w.announcedAt' }));
    expect(() => checkNotice({ start: 0, announcedAt: 0 }, -1)).toThrow(expect.objectContaining({ path: 'notice' }));
  });
});

describe('checkInfrastructureWindow', () => {
  it('accepts exactly Saturday 20:00 – Sunday 06:00, in the real length of a DST night', () => {
    // 28–29 March 2026: Saturday 20:00 CET = 19:00Z, Sunday 06:00 CEST = 04:00Z.
    expect(checkInfrastructureWindow({ start: '2026-03-28T19:00:00Z', end: '2026-03-29T04:00:00Z' }).ok).toBe(true);
    expect(checkInfrastructureWindow({ start: '2026-03-28T19:00:00Z', end: '2026-03-29T04:00:00.001Z' }).ok).toBe(false);
    expect(checkInfrastructureWindow({ start: '2026-03-28T18:59:59.999Z', end: '2026-03-29T00:00:00Z' }).ok).toBe(false);
  });

  it('judges local time in the given zone and rejects reversed windows', () => {
    expect(checkInfrastructureWindow({ start: '2026-05-09T20:00:00-04:00', end: '2026-05-10T06:00:00-04:00' }, { timeZone: 'America/New_York' }).ok).toBe(true);
    expect(checkInfrastructureWindow({ start: '2026-05-09T20:00:00-04:00', end: '2026-05-10T06:00:00-04:00' }).ok).toBe(false); // 02:00–12:00 in Oslo
    expect(() => checkInfrastructureWindow({ start: '2026-05-10T01:00:00Z', end: '2026-05-10T00:00:00Z' })).toThrow(expect.objectContaining({ path: 'w.end' }));
    expect(() => checkInfrastructureWindow({ start: 0, end: 1 }, { timeZone: 'Mars/Olympus' })).toThrow(expect.objectContaining({ code: 'INVALID_TIME_ZONE', path: 'options.timeZone' }));
  });
});

describe('checkEmergencyPatch', () => {
  it('reads "after business hours" as from 18:00, before 09:00, or at the weekend, Oslo time', () => {
    expect(checkEmergencyPatch({ start: '2026-01-13T17:00:00Z' }).ok).toBe(true); // Tue 18:00 CET
    expect(checkEmergencyPatch({ start: '2026-01-13T16:59:00Z' }).ok).toBe(false); // 17:59 CET
    expect(checkEmergencyPatch({ start: '2026-01-13T07:59:00Z' }).ok).toBe(true); // 08:59 CET
    expect(checkEmergencyPatch({ start: '2026-01-13T08:00:00Z' }).ok).toBe(false); // 09:00 CET
    expect(checkEmergencyPatch({ start: '2026-01-17T10:00:00Z', end: '2026-01-18T22:00:00Z' }).ok).toBe(true); // the weekend
    expect(checkEmergencyPatch({ start: '2026-01-16T20:00:00Z', end: '2026-01-19T08:00:01Z' }).ok).toBe(false); // into Monday 09:00
  });

  it('takes other business hours and zones, and rejects impossible ones', () => {
    expect(checkEmergencyPatch({ start: '2026-01-13T17:30:00Z' }, { timeZone: 'Europe/London', businessHours: '09:00-17:30' }).ok).toBe(true);
    expect(checkEmergencyPatch({ start: '2026-01-13T17:29:00Z' }, { timeZone: 'Europe/London', businessHours: '09:00-17:30' }).findings[0]?.rule).toBe('maintenance.emergency');
    expect(() => checkEmergencyPatch({ start: 0 }, { businessHours: '18:00-09:00' })).toThrow(expect.objectContaining({ path: 'options.businessHours' }));
    expect(() => checkEmergencyPatch({ start: 10, end: 10 })).toThrow(expect.objectContaining({ path: 'w.end' }));
  });
});

describe('ad-hoc validators against a walk over the window (property)', () => {
  const QUARTER = 15 * 60_000;
  // Local weekday (0 = Sunday) and minute of day, read from Intl by the reference.
  const local = (timeZone: string, ms: number) => {
    const wall = new Date(ms + intlOffset(timeZone, ms));
    return { weekday: wall.getUTCDay(), minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
  };
  // Quarter-hour windows near the DST weekends and elsewhere in 2026; every local boundary in these zones is on a quarter hour.
  const windowArb = fc.record({
    timeZone: fc.constantFrom('Europe/Oslo', 'Europe/London', 'America/New_York'),
    start: fc.oneof(
      fc.integer({ min: Date.parse('2026-03-27T00:00:00Z') / QUARTER, max: Date.parse('2026-03-30T00:00:00Z') / QUARTER }),
      fc.integer({ min: Date.parse('2026-10-23T00:00:00Z') / QUARTER, max: Date.parse('2026-10-26T00:00:00Z') / QUARTER }),
      fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / QUARTER, max: Date.parse('2026-12-31T00:00:00Z') / QUARTER }),
    ),
    quarters: fc.integer({ min: 1, max: 48 }),
  }).map(({ timeZone, start, quarters }) => ({ timeZone, start: start * QUARTER, end: (start + quarters) * QUARTER }));
  const every = (w: { start: number; end: number }, test: (t: number) => boolean): boolean => {
    for (let t = w.start; t < w.end; t += QUARTER) if (!test(t)) return false;
    return true;
  };

  it('checkInfrastructureWindow is ok iff every instant of the window is Saturday ≥ 20:00 or Sunday < 06:00 locally', () => {
    fc.assert(fc.property(windowArb, ({ timeZone, start, end }) => {
      const inSpan = (t: number) => {
        const { weekday, minute } = local(timeZone, t);
        return (weekday === 6 && minute >= 20 * 60) || (weekday === 0 && minute < 6 * 60);
      };
      expect(checkInfrastructureWindow({ start, end }, { timeZone }).ok).toBe(every({ start, end }, inSpan));
    }), { numRuns: Math.max(100, numRuns / 4) });
  });

  it('checkEmergencyPatch is ok iff no instant of the window is in Monday–Friday 09:00–18:00 locally', () => {
    fc.assert(fc.property(windowArb, fc.boolean(), ({ timeZone, start, end }, withEnd) => {
      const outside = (t: number) => {
        const { weekday, minute } = local(timeZone, t);
        return weekday === 0 || weekday === 6 || minute < 9 * 60 || minute >= 18 * 60;
      };
      const w = withEnd ? { start, end } : { start };
      expect(checkEmergencyPatch(w, { timeZone }).ok).toBe(every({ start, end: withEnd ? end : start + 1 }, outside));
    }), { numRuns: Math.max(100, numRuns / 4) });
  });
});
