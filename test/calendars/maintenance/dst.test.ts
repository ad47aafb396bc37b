import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import type { WindowSpec } from '../../../src/calendars/maintenance/window-spec-schema.js';

const H = 3_600_000;
const nightly = (timeZone: string, start: string) =>
  maintenanceSchedule({ timeZone, windows: [{ id: 'restart', start, duration: { seconds: 3 }, repeat: { every: 'day' } }] });
const once = (timeZone: string, date: string, spec: Omit<WindowSpec, 'id' | 'repeat'>) =>
  maintenanceSchedule({ timeZone, windows: [{ id: 'w', ...spec, repeat: { once: date } } as WindowSpec] }).next('2000-01-01T00:00:00Z');
const startOn = (timeZone: string, start: string, dayBefore: string): string | undefined =>
  nightly(timeZone, start).next(`${dayBefore}T12:00:00Z`)?.start.toISOString();

describe('DST: a start in a spring gap moves forward by the gap, a repeated start is the earlier instant', () => {
  it('Europe/Oslo, nightly 02:00 restart: 29 March 2026 (02:00 missing) and 25 October 2026 (02:00 twice)', () => {
    expect(startOn('Europe/Oslo', '02:00', '2026-03-28')).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(startOn('Europe/Oslo', '02:00', '2026-10-24')).toBe('2026-10-25T00:00:00.000Z'); // 02:00 CEST, not 02:00 CET (01:00Z)
    const restart = nightly('Europe/Oslo', '02:00');
    expect(restart.occurrences('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z').map((o) => o.end.getTime() - o.start.getTime())).toEqual([3000]);
  });

  it('America/New_York: 02:00 on 8 March 2026 is 03:00 EDT; 01:00 on 1 November 2026 is the EDT one', () => {
    expect(startOn('America/New_York', '02:00', '2026-03-07')).toBe('2026-03-08T07:00:00.000Z');
    expect(startOn('America/New_York', '01:00', '2026-10-31')).toBe('2026-11-01T05:00:00.000Z');
    expect(startOn('America/New_York', '02:00', '2026-10-31')).toBe('2026-11-01T07:00:00.000Z'); // 02:00 EST happens once
  });

  it('Australia/Lord_Howe (half-hour shifts): 02:15 on 4 October 2026 is 02:45 +11; 01:45 on 5 April 2026 is the +11 one', () => {
    expect(startOn('Australia/Lord_Howe', '02:15', '2026-10-03')).toBe('2026-10-03T15:45:00.000Z');
    expect(startOn('Australia/Lord_Howe', '01:45', '2026-04-04')).toBe('2026-04-04T14:45:00.000Z');
  });

  it('Europe/London at 01:00: 29 March 2026 is 02:00 BST, 25 October 2026 is 01:00 BST', () => {
    expect(startOn('Europe/London', '01:00', '2026-03-28')).toBe('2026-03-29T01:00:00.000Z');
    expect(startOn('Europe/London', '01:00', '2026-10-24')).toBe('2026-10-25T00:00:00.000Z');
  });
});

describe('DST: an end time gives the real window, a duration is exact elapsed time', () => {
  const length = (o: { start: Date; end: Date } | undefined) => o && (o.end.getTime() - o.start.getTime()) / H;

  it('01:00–04:00 in Oslo lasts 2 h on the spring night and 4 h on the autumn night', () => {
    expect(length(once('Europe/Oslo', '2026-03-29', { start: '01:00', end: '04:00' }))).toBe(2);
    expect(length(once('Europe/Oslo', '2026-10-25', { start: '01:00', end: '04:00' }))).toBe(4);
    expect(length(once('Europe/Oslo', '2026-10-25', { start: '01:00', end: '03:00' }))).toBe(3); // 03:00 CET = 02:00Z
  });

  it('Saturday 20:00 – Sunday 06:00 in Oslo lasts 9 h and 11 h over the DST nights', () => {
    const weekend = maintenanceSchedule({ timeZone: 'Europe/Oslo', windows: [{ id: 'infra', start: '20:00', end: '06:00', repeat: { every: 'week', on: 'sat' } }] });
    const spring = weekend.next('2026-03-27T00:00:00Z')!;
    expect([spring.start.toISOString(), spring.end.toISOString(), length(spring)]).toEqual(['2026-03-28T19:00:00.000Z', '2026-03-29T04:00:00.000Z', 9]);
    const autumn = weekend.next('2026-10-23T00:00:00Z')!;
    expect([autumn.start.toISOString(), autumn.end.toISOString(), length(autumn)]).toEqual(['2026-10-24T18:00:00.000Z', '2026-10-25T05:00:00.000Z', 11]);
  });

  it('an end in the gap moves forward too; an end in the repeated hour is the earlier instant', () => {
    const gapEnd = once('Europe/Oslo', '2026-03-29', { start: '01:00', end: '02:30' })!;
    expect([gapEnd.start.toISOString(), gapEnd.end.toISOString()]).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:30:00.000Z']);
    const repeatedEnd = once('Europe/Oslo', '2026-10-25', { start: '01:00', end: '02:30' })!;
    expect([repeatedEnd.start.toISOString(), repeatedEnd.end.toISOString()]).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T00:30:00.000Z']);
  });

  it('a window that the gap swallows (02:30–03:00 on the spring night) does not happen that night', () => {
    const s = maintenanceSchedule({ timeZone: 'Europe/Oslo', windows: [{ id: 'w', start: '02:30', end: '03:00', repeat: { every: 'day' } }] });
    expect(s.occurrences('2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z').map((o) => o.start.toISOString()))
      .toEqual(['2026-03-28T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
  });

  it('a duration is exact: 01:30 + 2 h on the Oslo spring night ends at 04:30 CEST', () => {
    const o = once('Europe/Oslo', '2026-03-29', { start: '01:30', duration: { hours: 2 } })!;
    expect([o.start.toISOString(), o.end.toISOString()]).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T02:30:00.000Z']);
  });

  it('activeAt follows instants, not wall time: the second 02:15 of the autumn night is outside an 02:00–02:30 window', () => {
    const s = maintenanceSchedule({ timeZone: 'Europe/Oslo', windows: [{ id: 'w', start: '02:00', end: '02:30', repeat: { every: 'day' } }] });
    expect(s.activeAt('2026-10-25T00:15:00Z').map((o) => o.windowId)).toEqual(['w']); // 02:15 CEST
    expect(s.activeAt('2026-10-25T01:15:00Z')).toEqual([]); // 02:15 CET
  });
});
