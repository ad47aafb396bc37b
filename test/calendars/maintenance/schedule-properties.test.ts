import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import type { Occurrence } from '../../../src/calendars/maintenance/occurrence.js';
import { numRuns } from '../../_support/fc.js';
import { refOccurrences, type RefOccurrence } from '../../reference/maintenance-reference.js';
import { scheduleAndFromArb } from './schedule-arbitrary.js';

const DAY = 86_400_000;
const plain = (list: readonly Occurrence[]): RefOccurrence[] =>
  list.map((o) => ({ windowId: o.windowId, start: o.start.getTime(), end: o.end.getTime() }));

describe('maintenanceSchedule against the day-walking reference', () => {
  it('occurrences(from, to) are exactly the reference ones: sorted by start then id, unique, overlapping [from, to)', () => {
    fc.assert(fc.property(scheduleAndFromArb, fc.integer({ min: 0, max: 21 * DAY }), ({ config, from }, length) => {
      const to = from + length;
      const got = plain(maintenanceSchedule(config).occurrences(from, to));
      expect(got).toEqual(refOccurrences(config, from, to));
      for (let i = 0; i < got.length; i++) {
        const o = got[i]!;
        expect(o.start < to && o.end > from && o.end > o.start).toBe(true);
        const prev = got[i - 1];
        if (prev) expect(prev.start < o.start || (prev.start === o.start && prev.windowId < o.windowId)).toBe(true);
      }
    }), { numRuns });
  });

  it('splitting a range in two gives the same occurrences as the whole', () => {
    fc.assert(fc.property(scheduleAndFromArb, fc.integer({ min: 0, max: 21 * DAY }), fc.double({ min: 0, max: 1, noNaN: true }), ({ config, from }, length, cut) => {
      const s = maintenanceSchedule(config);
      const to = from + length;
      const mid = from + Math.floor(length * cut);
      const joined = new Map<string, RefOccurrence>();
      for (const o of [...plain(s.occurrences(from, mid)), ...plain(s.occurrences(mid, to))]) joined.set(`${o.windowId}@${o.start}`, o);
      const merged = [...joined.values()].sort((a, b) => a.start - b.start || (a.windowId < b.windowId ? -1 : 1));
      expect(merged).toEqual(plain(s.occurrences(from, to)));
    }), { numRuns });
  });

  it('next(t) is the first reference occurrence that starts at or after t', () => {
    fc.assert(fc.property(scheduleAndFromArb, ({ config, from }) => {
      const horizon = 40 * DAY;
      const expected = refOccurrences(config, from, from + horizon).find((o) => o.start >= from);
      const got = maintenanceSchedule(config).next(from);
      if (expected) expect(got && plain([got])[0]).toEqual(expected);
      else expect(got === undefined || got.start.getTime() >= from + horizon).toBe(true);
    }), { numRuns });
  });

  it('activeAt(t) is exactly the reference occurrences that contain t, also at their very bounds', () => {
    fc.assert(fc.property(scheduleAndFromArb, fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 3 }), ({ config, from }, offset, pick) => {
      const s = maintenanceSchedule(config);
      const around = refOccurrences(config, from - 2 * DAY, from + 5 * DAY);
      // Probe an occurrence's start, the last ms before its end, its end, or a plain instant.
      const o = around[offset % Math.max(1, around.length)];
      const t = !o || pick === 3 ? from + offset : [o.start, o.end - 1, o.end][pick]!;
      const expected = refOccurrences(config, t, t + 1).filter((x) => x.start <= t && t < x.end);
      expect(plain(s.activeAt(t))).toEqual(expected);
    }), { numRuns });
  });
});
