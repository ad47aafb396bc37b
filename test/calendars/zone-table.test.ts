import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/index.js';
import { zoneTable } from '../../src/calendars/zone-table.js';
import { numRuns } from '../_support/fc.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const local = (text: string) => Date.parse(`${text}Z`); // a wall time as local milliseconds
const utc = (text: string) => Date.parse(text);

/** The offset Intl prints (`GMT+05:45`), parsed: a different route from the table's wall-clock difference. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(timeZone: string, at: number): number {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (+m[2]! * HOUR + +m[3]! * MINUTE) : 0;
}

describe('zoneTable', () => {
  it('Europe/Oslo: a wall time in the spring gap moves forward by the gap', () => {
    const oslo = zoneTable('Europe/Oslo');
    // 2026-03-29 02:00 CET → 03:00 CEST: 02:30 does not exist and becomes 03:30 CEST.
    expect(new Date(oslo.fromLocal(local('2026-03-29T02:30'))).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(oslo.fromLocal(local('2026-03-29T02:00'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(oslo.fromLocal(local('2026-03-29T03:00'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(oslo.fromLocal(local('2026-03-29T01:59'))).toISOString()).toBe('2026-03-29T00:59:00.000Z');
  });

  it('Europe/Oslo: a wall time that happens twice in autumn is the earlier instant', () => {
    const oslo = zoneTable('Europe/Oslo');
    // 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET).
    expect(new Date(oslo.fromLocal(local('2026-10-25T02:30'))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(oslo.fromLocal(local('2026-10-25T03:00'))).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(oslo.toLocal(utc('2026-10-25T00:30:00Z'))).toBe(local('2026-10-25T02:30'));
    expect(oslo.toLocal(utc('2026-10-25T01:30:00Z'))).toBe(local('2026-10-25T02:30'));
  });

  it('finds each change to the millisecond, including EU autumn changes a whole number of weeks after spring', () => {
    const london = zoneTable('Europe/London');
    expect(new Date(london.nextTransition(utc('2026-01-01T00:00:00Z'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(london.nextTransition(utc('2026-03-29T01:00:00Z'))).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    const autumn = utc('2026-10-25T01:00:00Z');
    expect([london.offsetAt(autumn - 1), london.offsetAt(autumn), london.offsetAt(autumn + 1)]).toEqual([HOUR, 0, 0]);
  });

  it('Australia/Lord_Howe: 30-minute DST (+10:30 / +11:00)', () => {
    const lordHowe = zoneTable('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(utc('2026-01-15T00:00:00Z'))).toBe(11 * HOUR);
    expect(lordHowe.offsetAt(utc('2026-06-15T00:00:00Z'))).toBe(10.5 * HOUR);
    expect(new Date(lordHowe.nextTransition(utc('2026-01-01T00:00:00Z'))).toISOString()).toBe('2026-04-04T15:00:00.000Z');
    // Spring 2026-10-04 02:00 → 02:30: 02:15 does not exist and becomes 02:45 (+11:00).
    expect(new Date(lordHowe.fromLocal(local('2026-10-04T02:15'))).toISOString()).toBe('2026-10-03T15:45:00.000Z');
    // Autumn 2026-04-05 02:00 → 01:30: 01:45 happens twice; the earlier is at +11:00.
    expect(new Date(lordHowe.fromLocal(local('2026-04-05T01:45'))).toISOString()).toBe('2026-04-04T14:45:00.000Z');
  });

  it('Pacific/Chatham: +12:45 in winter and +13:45 in summer', () => {
    const chatham = zoneTable('Pacific/Chatham');
    expect(chatham.offsetAt(utc('2026-07-01T00:00:00Z'))).toBe(12.75 * HOUR);
    expect(chatham.offsetAt(utc('2026-01-01T00:00:00Z'))).toBe(13.75 * HOUR);
    expect(new Date(chatham.fromLocal(local('2026-07-01T09:00'))).toISOString()).toBe('2026-06-30T20:15:00.000Z');
  });

  it('nextTransition stops at its bound: a change at or after it is Infinity', () => {
    const london = zoneTable('Europe/London');
    expect(london.nextTransition(utc('2026-01-01T00:00:00Z'), utc('2026-03-29T01:00:00Z'))).toBe(Infinity);
    expect(london.nextTransition(utc('2026-01-01T00:00:00Z'), utc('2026-03-29T01:00:00.001Z'))).toBe(utc('2026-03-29T01:00:00Z'));
    // Kolkata has had no change since 1945: a bounded search answers without reading every year to 2200.
    expect(zoneTable('Asia/Kolkata').nextTransition(utc('2026-01-01T00:00:00Z'), utc('2026-03-01T00:00:00Z'))).toBe(Infinity);
  });

  it('UTC is a fixed zone with no transitions', () => {
    const zone = zoneTable('UTC');
    expect(zone.offsetAt(utc('2026-07-01T00:00:00Z'))).toBe(0);
    expect(zone.nextTransition(0)).toBe(Infinity);
  });

  it('an unknown zone is INVALID_TIME_ZONE at the given path', () => {
    let error: unknown;
    try {
      zoneTable('Mars/Olympus_Mons');
    } catch (e) {
      error = e;
    }
    expect(isPolicyClockError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_TIME_ZONE', path: 'timeZone' });
  });

  it('offsetAt agrees with Intl on random instants, and around every change', () => {
    const zones = ['Europe/London', 'Europe/Oslo', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'America/St_Johns', 'Africa/Casablanca'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: utc('1950-01-01T00:00:00Z'), max: utc('2100-01-01T00:00:00Z') }), (timeZone, at) => {
        const zone = zoneTable(timeZone);
        expect(zone.offsetAt(at)).toBe(intlOffset(timeZone, at));
        const change = zone.nextTransition(at);
        if (Number.isFinite(change)) {
          for (const t of [change - 1, change, change + 1]) expect(zone.offsetAt(t), `${timeZone} at ${new Date(t).toISOString()}`).toBe(intlOffset(timeZone, t));
        }
      }),
      { numRuns },
    );
  });
});
