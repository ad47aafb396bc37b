import { fail } from '../errors.js';
import { toDurationMs } from '../_lib/duration.js';
import type { Duration } from '../_lib/duration.js';
import { toMs } from '../_lib/instant.js';
import type { Instant } from '../_lib/instant.js';
import { parseInput } from '../_lib/validate.js';
import { BusinessCalendarConfigSchema, type BusinessCalendarConfigInput } from './business-calendar/business-calendar-config-schema.js';
import { coverageBounds } from './business-calendar/coverage-bounds.js';
import { holidayDays, type PlacedHolidaySource } from './business-calendar/holiday-days.js';
import { OpenIntervals, type SearchFailure } from './business-calendar/open-intervals.js';
import { openingHours } from './business-calendar/opening-hours.js';
import { yearIntervals } from './business-calendar/year-intervals.js';
import type { HolidaySource } from './holidays/holiday-source.js';
import { zoneTable } from './zone-table.js';

/** An open stretch of business time, `[start, end)`. */
export interface BusinessInterval {
  start: Date;
  end: Date;
}

/**
 * Business time in one zone. Open intervals are half-open, `[open, close)`; touching intervals
 * (a shift ending at midnight and the next day's starting at midnight) are one interval.
 * Every method validates its arguments and throws `PolicyClockError` on bad input.
 * The examples use `support`, Mon–Fri 09:00–18:00 in `Europe/London` (BST in June).
 */
export interface BusinessCalendar {
  readonly timeZone: string;
  /**
   * Whether `at` is inside an open interval (`[open, close)`: closing time itself is closed).
   *
   * @example
   * support.isOpen('2026-06-08T16:59:59Z') //=> true (17:59:59 BST)
   * support.isOpen('2026-06-08T17:00:00Z') //=> false (18:00 BST)
   */
  isOpen(at: Instant): boolean;
  /**
   * `at` itself when open, else the next opening.
   *
   * @example
   * support.nextOpen('2026-06-06T12:00:00Z') //=> 2026-06-08T08:00:00.000Z (Saturday → Monday 09:00 BST)
   */
  nextOpen(at: Instant): Date;
  /**
   * The end of the open interval that contains or follows `at`. Touching intervals are one, so
   * this is a real closing time.
   *
   * @example
   * support.nextClose('2026-06-08T10:00:00Z') //=> 2026-06-08T17:00:00.000Z (18:00 BST)
   */
  nextClose(at: Instant): Date;
  /**
   * For a positive duration, the earliest instant `x ≥ at` with `between(at, x) === duration`:
   * counting starts at `nextOpen(at)`, and a deadline reached exactly at closing time is that
   * closing time. Zero returns `at`. A negative duration counts backwards: the latest `x ≤ at`
   * with `between(x, at) === -duration`.
   *
   * @example
   * support.add('2026-06-08T13:00:00Z', { hours: 4 }) //=> 2026-06-08T17:00:00.000Z (14:00 + 4 h = 18:00 BST, not 09:00 next day)
   * support.add('2026-06-08T09:00:00Z', { hours: -2 }) //=> 2026-06-05T16:00:00.000Z (Monday 10:00 BST − 2 h = Friday 17:00 BST)
   */
  add(at: Instant, duration: Duration): Date;
  /**
   * Business milliseconds in `[from, to)`; negative when `to` is before `from`.
   *
   * @example
   * support.between('2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z') //=> 162000000 (45 h)
   */
  between(from: Instant, to: Instant): number;
  /**
   * The open intervals clipped to `[from, to)`, in order; `to` must not be before `from`.
   *
   * @example
   * support.intervals('2026-06-08T12:00:00Z', '2026-06-09T10:00:00Z')
   * //=> [{ start: 2026-06-08T12:00Z, end: 2026-06-08T17:00Z }, { start: 2026-06-09T08:00Z, end: 2026-06-09T10:00Z }]
   */
  intervals(from: Instant, to: Instant): BusinessInterval[];
}

const AT = ['at'];
const FROM = ['from'];
const TO = ['to'];
const DURATION = ['duration'];

const NO_OPENING: SearchFailure = {
  code: 'NO_BUSINESS_HOURS',
  message: (origin) => `no business hours within two years of ${new Date(origin).toISOString()}: holidays or closures cover every open day`,
};
const NO_CLOSING: SearchFailure = {
  code: 'OUT_OF_RANGE',
  message: (origin) => `open without a break for two years after ${new Date(origin).toISOString()}: no closing time to return`,
};

/**
 * A business-hours calendar: weekly hours in local wall time, holidays from any sources, and dated
 * closures or special hours, in any IANA zone.
 *
 * Weekly hours are wall-clock ranges: `'09:00-18:00'`, split shifts as an array, and a range whose
 * end is at or before its start runs past midnight and belongs to the day it starts on
 * (`'22:00-06:00'` on Friday is Friday's shift, and a Saturday holiday does not cut it). A holiday
 * or a closure replaces the hours of the ranges starting on that local date; a closure's `hours`
 * are that date's special hours (they win over a holiday on the same date).
 *
 * Daylight saving: each range boundary is a local time. A boundary that does not exist (spring
 * gap) moves forward by the gap; one that happens twice (autumn) is the earlier instant.
 * Business time is exact elapsed time, so in `Europe/London` a `'01:00-03:00'` shift is one real
 * hour on the spring-forward night and three on the autumn night.
 *
 * Throws `PolicyClockError`: `INVALID_INPUT` for malformed or overlapping hours, unknown weekdays
 * or bad dates (with the path, e.g. `hours.mon[1]`, `closures[0].date`), `INVALID_TIME_ZONE` for an
 * unknown zone, and `NO_BUSINESS_HOURS` when no weekday has hours. Later, a search that finds no
 * business time within two years (every day a holiday) throws `NO_BUSINESS_HOURS` instead of looping;
 * a date a holiday source does not cover throws its `OUT_OF_RANGE`.
 *
 * @example
 * const support = businessCalendar({
 *   timeZone: 'Europe/London',
 *   hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
 * });
 * support.add('2026-03-27T16:00:00Z', { hours: 4 });
 * //=> 2026-03-30T10:00:00.000Z (Friday 16:00–18:00 GMT, then Monday 09:00–11:00 BST)
 *
 * @example
 * businessCalendar({ timeZone: 'UTC', hours: { mon: '22:00-06:00' } }).nextClose('2026-01-05T23:00:00Z');
 * //=> 2026-01-06T06:00:00.000Z
 */
export function businessCalendar(config: BusinessCalendarConfigInput): BusinessCalendar {
  const valid = parseInput(BusinessCalendarConfigSchema, config);
  const zone = zoneTable(valid.timeZone, ['timeZone']);
  const hours = openingHours(valid);
  if (hours.weekly.every((ranges) => ranges.length === 0)) {
    fail('NO_BUSINESS_HOURS', ['hours'], 'no weekday has opening hours: the calendar would never open');
  }
  // z.custom hands back the caller's own source objects, so `holidaysIn` keeps its `this`.
  const sources: PlacedHolidaySource[] = Array.isArray(valid.holidays)
    ? valid.holidays.map((source, i) => ({ source, path: ['holidays', i] }))
    : valid.holidays
      ? [{ source: valid.holidays as HolidaySource, path: ['holidays'] }]
      : [];
  const store = new OpenIntervals(
    (year) => yearIntervals(hours, zone, year, holidayDays(sources, year)),
    coverageBounds(zone, hours),
    (t) => new Date(zone.toLocal(t)).getUTCFullYear(),
  );

  /** The interval containing `t` or the first after it, known for certain. */
  const openingFrom = (t: number): number => {
    for (;;) {
      const i = store.indexAt(t);
      const k = i >= 0 && t < store.ends[i]! ? i : i + 1;
      if (k < store.n && store.starts[k]! < store.completeTo) return k;
      store.extendForward(t, AT, NO_OPENING);
    }
  };

  const forward = (t: number, d: number): number => {
    for (;;) {
      const i = store.indexAt(t);
      const c = store.cumAt(t, i) + d;
      if (c <= store.cum[store.n]!) {
        const k = store.reaching(c, Math.max(i, 0));
        const x = store.starts[k]! + (c - store.cum[k]!);
        if (x <= store.completeTo) return x;
      }
      store.extendForward(store.n > 0 ? Math.max(t, store.ends[store.n - 1]!) : t, DURATION, NO_OPENING);
    }
  };

  const backward = (t: number, d: number): number => {
    for (;;) {
      const i = store.indexAt(t);
      const c = store.cumAt(t, i) + d;
      if (c >= 0) {
        const k = store.startingBy(c, i);
        const x = store.starts[k]! + (c - store.cum[k]!);
        if (x >= store.completeFrom) return x;
      }
      store.extendBackward(store.n > 0 ? Math.min(t, store.starts[0]!) : t, DURATION, NO_OPENING);
    }
  };

  const calendar: BusinessCalendar = {
    timeZone: valid.timeZone,
    isOpen(at) {
      const t = toMs(at, AT);
      store.cover(t, AT);
      const i = store.indexAt(t);
      return i >= 0 && t < store.ends[i]!;
    },
    nextOpen(at) {
      const t = toMs(at, AT);
      store.cover(t, AT);
      const k = openingFrom(t); // first: it may replace the arrays
      return new Date(Math.max(t, store.starts[k]!));
    },
    nextClose(at) {
      const t = toMs(at, AT);
      store.cover(t, AT);
      let k = openingFrom(t);
      // Coverage must pass the end, or next year's first interval could still touch it.
      while (store.ends[k]! >= store.completeTo) {
        store.extendForward(t, AT, NO_CLOSING);
        k = openingFrom(t);
      }
      return new Date(store.ends[k]!);
    },
    add(at, duration) {
      const t = toMs(at, AT);
      const d = toDurationMs(duration, DURATION);
      store.cover(t, AT);
      return new Date(d > 0 ? forward(t, d) : d < 0 ? backward(t, d) : t);
    },
    between(from, to) {
      const a = toMs(from, FROM);
      const b = toMs(to, TO);
      store.cover(a, FROM);
      store.cover(b, TO, true);
      return store.cumAt(b, store.indexAt(b)) - store.cumAt(a, store.indexAt(a));
    },
    intervals(from, to) {
      const a = toMs(from, FROM);
      const b = toMs(to, TO);
      if (b < a) fail('INVALID_INPUT', TO, `must not be before from (${new Date(a).toISOString()})`);
      if (b === a) return [];
      store.cover(a, FROM);
      store.cover(b, TO, true);
      const out: BusinessInterval[] = [];
      let i = store.indexAt(a);
      if (i < 0 || a >= store.ends[i]!) i++;
      for (; i < store.n && store.starts[i]! < b; i++) {
        out.push({ start: new Date(Math.max(a, store.starts[i]!)), end: new Date(Math.min(b, store.ends[i]!)) });
      }
      return out;
    },
  };
  return Object.freeze(calendar);
}
