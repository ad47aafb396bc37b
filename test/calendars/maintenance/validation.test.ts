import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import { MaintenanceScheduleConfigSchema } from '../../../src/calendars/maintenance/maintenance-schedule-config-schema.js';
import { isPolicyClockError } from '../../../src/errors.js';

const ok = { id: 'ok', start: '02:00', duration: 3000, repeat: { every: 'day' } };
const rejects = (windows: unknown[], code: string, path: string, extra: object = {}): void => {
  let caught: unknown;
  try {
    maintenanceSchedule({ timeZone: 'Europe/Oslo', windows, ...extra } as never);
  } catch (e) {
    caught = e;
  }
  expect(isPolicyClockError(caught)).toBe(true);
  expect(caught).toMatchObject({ code, path });
};

describe('maintenanceSchedule rejects bad configuration with a code and the exact path', () => {
  it('impossible or malformed times', () => {
    rejects([ok, { ...ok, id: 'b', start: '25:00' }], 'INVALID_INPUT', 'windows[1].start');
    rejects([{ ...ok, start: '24:00' }], 'INVALID_INPUT', 'windows[0].start');
    rejects([{ ...ok, start: '2:00' }], 'INVALID_INPUT', 'windows[0].start');
    rejects([{ id: 'a', start: '02:00', end: '24:01', repeat: { every: 'day' } }], 'INVALID_INPUT', 'windows[0].end');
  });

  it('interval > 1 without an anchor, or an impossible anchor date', () => {
    rejects([ok, { ...ok, id: 'b' }, { id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'fri', interval: 2 } }], 'INVALID_INPUT', 'windows[2].repeat.anchor');
    rejects([{ id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'fri', interval: 2, anchor: '2026-02-29' } }], 'INVALID_INPUT', 'windows[0].repeat.anchor');
    rejects([{ id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'fri', interval: 0, anchor: '2026-01-02' } }], 'INVALID_INPUT', 'windows[0].repeat.interval');
    rejects([{ id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'fri', interval: 1.5, anchor: '2026-01-02' } }], 'INVALID_INPUT', 'windows[0].repeat.interval');
    rejects([{ id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: [] } }], 'INVALID_INPUT', 'windows[0].repeat.on');
    rejects([{ id: 'c', start: '00:00', end: '06:00', repeat: { every: 'week', on: 'friday' } }], 'INVALID_INPUT', 'windows[0].repeat.on');
  });

  it('an unknown "after" window, and cycles of "after" references', () => {
    rejects([ok, { id: 'b', start: '22:00', duration: 1000, repeat: { after: 'nope', on: 'fri' } }], 'INVALID_INPUT', 'windows[1].repeat.after');
    rejects([{ id: 'a', start: '22:00', duration: 1000, repeat: { after: 'a', on: 'fri' } }], 'INVALID_INPUT', 'windows[0].repeat.after');
    rejects([
      { id: 'a', start: '22:00', duration: 1000, repeat: { after: 'c', on: 'fri' } },
      { id: 'b', start: '22:00', duration: 1000, repeat: { after: 'a', on: 'fri' } },
      { id: 'c', start: '22:00', duration: 1000, repeat: { after: 'b', on: 'fri' } },
    ], 'INVALID_INPUT', 'windows[1].repeat.after'); // a → c → b → a: reported where the walk from windows[0] closes the loop
  });

  it('both or neither of end and duration; zero, negative, fractional or unknown-unit durations', () => {
    rejects([{ ...ok, end: '03:00' }], 'INVALID_INPUT', 'windows[0].duration');
    rejects([{ id: 'a', start: '02:00', repeat: { every: 'day' } }], 'INVALID_INPUT', 'windows[0].end');
    rejects([{ ...ok, duration: 0 }], 'INVALID_INPUT', 'windows[0].duration');
    rejects([{ ...ok, duration: { minutes: -5 } }], 'INVALID_INPUT', 'windows[0].duration');
    rejects([{ ...ok, duration: 0.5 }], 'INVALID_INPUT', 'windows[0].duration');
    rejects([{ ...ok, duration: { days: 1 } }], 'INVALID_INPUT', 'windows[0].duration');
    rejects([{ ...ok, duration: { hours: 366 * 24 + 1 } }], 'INVALID_INPUT', 'windows[0].duration');
  });

  it('duplicate ids, bad dates, unknown fields and repeat shapes, bad zones and notices', () => {
    rejects([ok, { ...ok }], 'INVALID_INPUT', 'windows[1].id');
    rejects([{ ...ok, except: ['2026-01-01', '2026-13-01'] }], 'INVALID_INPUT', 'windows[0].except[1]');
    rejects([{ ...ok, repeat: { once: '2026-1-1' } }], 'INVALID_INPUT', 'windows[0].repeat.once');
    rejects([{ ...ok, repeat: { every: 'month', on: 'fri', nth: 6 } }], 'INVALID_INPUT', 'windows[0].repeat.nth');
    rejects([{ ...ok, repeat: { every: 'year' } }], 'INVALID_INPUT', 'windows[0].repeat');
    rejects([{ ...ok, repeat: { every: 'week', on: 'fri', intervall: 2 } }], 'INVALID_INPUT', 'windows[0].repeat');
    rejects([{ ...ok, colour: 'red' }], 'INVALID_INPUT', 'windows[0]');
    rejects([{ ...ok, id: '' }], 'INVALID_INPUT', 'windows[0].id');
    rejects([ok], 'INVALID_TIME_ZONE', 'timeZone', { timeZone: 'Europe/Atlantis' });
    rejects([ok], 'INVALID_INPUT', 'notice', { notice: -1 });
  });

  it('the exported schema accepts what the factory accepts and reports the same field paths', () => {
    expect(MaintenanceScheduleConfigSchema.safeParse({ timeZone: 'UTC', windows: [ok] }).success).toBe(true);
    const bad = MaintenanceScheduleConfigSchema.safeParse({ timeZone: 'UTC', windows: [{ ...ok, start: '7pm' }] });
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['windows', 0, 'start']]);
  });
});

describe('schedule queries reject bad arguments', () => {
  const s = maintenanceSchedule({ timeZone: 'Europe/Oslo', windows: [{ ...ok, kind: 'restart' }] as never });
  const rejectsCall = (call: () => unknown, code: string, path: string): void => {
    expect(call).toThrow(expect.objectContaining({ code, path }));
  };

  it('instants without an offset, reversed ranges, ranges beyond the zone tables', () => {
    rejectsCall(() => s.occurrences('2026-01-01T00:00', '2026-02-01T00:00:00Z'), 'INVALID_INPUT', 'from');
    rejectsCall(() => s.occurrences('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'), 'INVALID_INPUT', 'to');
    rejectsCall(() => s.next(Number.NaN), 'INVALID_INPUT', 'at');
    rejectsCall(() => s.activeAt(new Date(Number.NaN)), 'INVALID_INPUT', 'at');
    rejectsCall(() => s.occurrences('2026-01-01T00:00:00Z', '2300-01-01T00:00:00Z'), 'OUT_OF_RANGE', 'to');
  });

  it('filters naming a window id or kind that does not exist, or unknown filter fields', () => {
    rejectsCall(() => s.next(0, { windowId: 'nope' }), 'INVALID_INPUT', 'filter.windowId');
    rejectsCall(() => s.activeAt(0, { kind: 'nope' }), 'INVALID_INPUT', 'filter.kind');
    rejectsCall(() => s.activeAt(0, { id: 'ok' } as never), 'INVALID_INPUT', 'filter.id');
    rejectsCall(() => s.toFeed(0, { horizon: -1 }), 'INVALID_INPUT', 'options.horizon');
    rejectsCall(() => s.toFeed(0, { limit: 0 }), 'INVALID_INPUT', 'options.limit');
    rejectsCall(() => s.toICalendar(0, 1, { stamp: 'yesterday' }), 'INVALID_INPUT', 'options.stamp');
  });
});
