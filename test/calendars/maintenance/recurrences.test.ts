import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import type { WindowSpec } from '../../../src/calendars/maintenance/window-spec-schema.js';

const inUtc = (windows: WindowSpec[]) => maintenanceSchedule({ timeZone: 'UTC', windows });
const startsBetween = (windows: WindowSpec[], from: string, to: string): string[] =>
  inUtc(windows).occurrences(`${from}T00:00:00Z`, `${to}T00:00:00Z`).map((o) => o.start.toISOString().slice(0, 16));

describe('recurrences', () => {
  it('every day, with except dates skipped', () => {
    expect(startsBetween([{ id: 'd', start: '02:00', duration: 1000, repeat: { every: 'day' }, except: ['2026-06-02'] }], '2026-06-01', '2026-06-04'))
      .toEqual(['2026-06-01T02:00', '2026-06-03T02:00']);
  });

  it('every week on several weekdays', () => {
    expect(startsBetween([{ id: 'w', start: '22:00', end: '23:00', repeat: { every: 'week', on: ['mon', 'thu'] } }], '2026-06-01', '2026-06-12'))
      .toEqual(['2026-06-01T22:00', '2026-06-04T22:00', '2026-06-08T22:00', '2026-06-11T22:00']);
  });

  it('every N weeks: the anchor is any date of the first ISO week (Monday–Sunday) and fixes the phase both ways', () => {
    const on = (anchor: string) => startsBetween([{ id: 'b', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'fri', interval: 2, anchor } }], '2025-12-01', '2026-01-31');
    const expected = ['2025-12-05T00:00', '2025-12-19T00:00', '2026-01-02T00:00', '2026-01-16T00:00', '2026-01-30T00:00'];
    // Monday 29 Dec 2025 and Sunday 4 Jan 2026 are the same ISO week as Friday 2 Jan; weeks before the anchor follow the same cycle.
    expect(on('2026-01-02')).toEqual(expected);
    expect(on('2025-12-29')).toEqual(expected);
    expect(on('2026-01-04')).toEqual(expected);
    expect(on('2026-01-05')).toEqual(['2025-12-12T00:00', '2025-12-26T00:00', '2026-01-09T00:00', '2026-01-23T00:00']);
  });

  it('every third week on Tuesday', () => {
    expect(startsBetween([{ id: 't', start: '22:00', duration: { minutes: 30 }, repeat: { every: 'week', on: 'tue', interval: 3, anchor: '2026-01-06' } }], '2026-01-01', '2026-03-01'))
      .toEqual(['2026-01-06T22:00', '2026-01-27T22:00', '2026-02-17T22:00']);
  });

  it('the nth and the last weekday of the month; a missing fifth one is skipped', () => {
    const month = (nth: 1 | 2 | 3 | 4 | 5 | -1) =>
      startsBetween([{ id: 'm', start: '00:00', end: '06:00', repeat: { every: 'month', on: 'fri', nth } }], '2026-01-01', '2026-06-01');
    expect(month(2)).toEqual(['2026-01-09T00:00', '2026-02-13T00:00', '2026-03-13T00:00', '2026-04-10T00:00', '2026-05-08T00:00']);
    expect(month(-1)).toEqual(['2026-01-30T00:00', '2026-02-27T00:00', '2026-03-27T00:00', '2026-04-24T00:00', '2026-05-29T00:00']);
    expect(month(5)).toEqual(['2026-01-30T00:00', '2026-05-29T00:00']);
  });

  it('the first such weekday strictly after each occurrence (start date) of another window', () => {
    const windows: WindowSpec[] = [
      { id: 'tue', start: '22:00', duration: 60_000, repeat: { every: 'week', on: 'tue', interval: 3, anchor: '2026-01-06' } },
      { id: 'fri', start: '22:00', duration: 60_000, repeat: { after: 'tue', on: 'fri' } },
      // On the same weekday as its source: a week later, never the same day.
      { id: 'next-tue', start: '08:00', duration: 60_000, repeat: { after: 'tue', on: 'tue' } },
    ];
    const s = inUtc(windows);
    const by = (id: string) => s.occurrences('2026-01-01T00:00:00Z', '2026-02-20T00:00:00Z', { windowId: id }).map((o) => o.start.toISOString().slice(0, 10));
    expect(by('fri')).toEqual(['2026-01-09', '2026-01-30']);
    expect(by('next-tue')).toEqual(['2026-01-13', '2026-02-03']);
  });

  it('"after" a window that starts late the evening before: the start date counts, not the end', () => {
    const s = inUtc([
      { id: 'night', start: '23:00', end: '05:00', repeat: { once: '2026-06-04' } }, // Thursday 23:00 → Friday 05:00
      { id: 'follow', start: '12:00', end: '13:00', repeat: { after: 'night', on: 'fri' } },
    ]);
    expect(s.next('2026-06-01T00:00:00Z', { windowId: 'follow' })?.start.toISOString()).toBe('2026-06-05T12:00:00.000Z');
  });

  it('several source dates in one week give one following date, and excepts of the source remove theirs', () => {
    const s = inUtc([
      { id: 'src', start: '01:00', duration: 1000, repeat: { every: 'week', on: ['mon', 'tue'] }, except: ['2026-06-08', '2026-06-09'] },
      { id: 'after', start: '01:00', duration: 1000, repeat: { after: 'src', on: 'fri' } },
    ]);
    expect(s.occurrences('2026-06-01T00:00:00Z', '2026-06-20T00:00:00Z', { windowId: 'after' }).map((o) => o.start.toISOString().slice(0, 10)))
      .toEqual(['2026-06-05', '2026-06-19']);
  });

  it('once, and nothing after it', () => {
    const s = inUtc([{ id: 'o', start: '20:00', end: '06:00', repeat: { once: '2026-05-09' } }]);
    expect(s.next('2026-01-01T00:00:00Z')?.end.toISOString()).toBe('2026-05-10T06:00:00.000Z');
    expect(s.next('2026-05-09T20:00:00.001Z')).toBeUndefined();
    expect(s.activeAt('2026-05-10T05:59:59.999Z').map((o) => o.windowId)).toEqual(['o']);
  });

  it('an end at or before the start means the next day; 24:00 is the end of the start day', () => {
    const s = inUtc([
      { id: 'cross', start: '20:00', end: '06:00', repeat: { once: '2026-05-09' } },
      { id: 'full', start: '00:00', end: '00:00', repeat: { once: '2026-05-11' } },
      { id: 'eod', start: '18:00', end: '24:00', repeat: { once: '2026-05-12' } },
    ]);
    expect(s.occurrences('2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z').map((o) => [o.windowId, (o.end.getTime() - o.start.getTime()) / 3_600_000]))
      .toEqual([['cross', 10], ['full', 24], ['eod', 6]]);
  });

  it('occurrences overlap [from, to): a window running at `from` is included, one starting at `to` is not', () => {
    const s = inUtc([{ id: 'n', start: '22:00', end: '02:00', repeat: { every: 'day' } }]);
    expect(s.occurrences('2026-05-02T01:00:00Z', '2026-05-02T22:00:00Z').map((o) => o.start.toISOString())).toEqual(['2026-05-01T22:00:00.000Z']);
    expect(s.occurrences('2026-05-02T02:00:00Z', '2026-05-02T22:00:00Z')).toEqual([]);
    expect(s.occurrences('2026-05-02T01:00:00Z', '2026-05-02T01:00:00Z')).toEqual([]);
  });

  it('ties on start are ordered by window id; filters by window id, kind and cohort (a cohort-less window applies to all)', () => {
    const s = inUtc([
      { id: 'b', kind: 'x', cohort: 'main', start: '01:00', duration: 1000, repeat: { every: 'day' } },
      { id: 'a', kind: 'y', start: '01:00', duration: 1000, repeat: { every: 'day' } },
      { id: 'c', kind: 'x', cohort: 'early', start: '01:00', duration: 1000, repeat: { every: 'day' } },
    ]);
    const ids = (filter?: object) => s.activeAt('2026-05-02T01:00:00Z', filter).map((o) => o.windowId);
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(ids({ cohort: 'early' })).toEqual(['a', 'c']);
    expect(ids({ kind: 'x' })).toEqual(['b', 'c']);
    expect(ids({ windowId: 'b' })).toEqual(['b']);
    expect(ids({ cohort: 'beta' })).toEqual(['a']);
    expect(s.windowIds).toEqual(['b', 'a', 'c']);
    // The same filter object, changed between calls, is read afresh each time.
    const filter: { cohort?: string } = { cohort: 'main' };
    expect(ids(filter)).toEqual(['a', 'b']);
    filter.cohort = 'early';
    expect(ids(filter)).toEqual(['a', 'c']);
    expect(() => ids({ cohort: 5 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'filter.cohort' }));
  });

  it('next finds a window far ahead and gives up when none can come', () => {
    const s = inUtc([{ id: 'm', start: '00:00', end: '01:00', repeat: { every: 'month', on: 'sun', nth: 5 } }]);
    expect(s.next('2026-03-30T00:00:00Z')?.start.toISOString()).toBe('2026-05-31T00:00:00.000Z');
    const gone = inUtc([{ id: 'o', start: '00:00', end: '01:00', repeat: { once: '2020-01-01' } }]);
    expect(gone.next('2026-01-01T00:00:00Z')).toBeUndefined();
    const allExcepted = inUtc([{ id: 'o', start: '00:00', end: '01:00', repeat: { every: 'week', on: 'mon', interval: 52, anchor: '2026-01-05' }, except: ['2027-01-04'] }]);
    expect(allExcepted.next('2026-01-06T00:00:00Z')?.start.toISOString()).toBe('2028-01-03T00:00:00.000Z'); // 104 weeks after the anchor week
  });
});
