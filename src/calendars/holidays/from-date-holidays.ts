import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { describe } from '../../_lib/instant.js';
import { DAY_MS, formatLocalDate, parseLocalDate } from '../../_lib/local-time.js';
import { parseInput } from '../../_lib/validate.js';
import type { Holiday, HolidaySource } from './holiday-source.js';

/** One entry of date-holidays' `getHolidays(year)`, as far as policyclock reads it. */
export interface DateHolidaysEntry {
  /** `'YYYY-MM-DD hh:mm:ss'` local to the holiday's country, plus `' -0600'` for a day that starts at the previous sunset. */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  /** `'public' | 'bank' | 'optional' | 'school' | 'observance'` */
  readonly type: string;
}

/**
 * What policyclock needs of a date-holidays `Holidays` instance. Structural, so the package never
 * imports date-holidays (an optional peer dependency): you create and configure the instance.
 */
export interface DateHolidaysLike {
  getHolidays(year: number): readonly DateHolidaysEntry[];
}

export const DateHolidaysTypeSchema = /* @__PURE__ */ z.enum(['public', 'bank', 'optional', 'school', 'observance']);

export const FromDateHolidaysOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Which date-holidays types close the calendar; default `['public']`. */
    types: z.optional(z.array(DateHolidaysTypeSchema).check(z.minLength(1))),
    /** The source's name in messages and feeds; default `'date-holidays'`. */
    name: z.optional(z.string().check(z.minLength(1))),
    /** A date the holiday covers only in part (Christmas Eve from 14:00): `'ignore'` (default) or `'close'` the whole date. */
    partialDays: z.optional(z.enum(['ignore', 'close'])),
  }))();
export type FromDateHolidaysOptions = z.input<typeof FromDateHolidaysOptionsSchema>;

const DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(?: [+-]\d{4})?$/;
// A holiday ending this close to a midnight ends at that midnight: a day that contains a
// daylight-saving change is 23 or 25 hours long (at most 2 hours off, on Troll station).
const SNAP_MS = 2 * 3_600_000;

/**
 * Turns any date-holidays instance (any country, state, region, language) into a `HolidaySource`.
 * Only the chosen `types` count (default `['public']`). A holiday closes every local date it
 * covers from midnight to midnight, several dates for a multi-day holiday; a date it covers only in
 * part (Christmas Eve from 14:00 in Germany) stays open unless `partialDays: 'close'`. A day that
 * date-holidays starts at the previous sunset (`'2026-03-20 00:00:00 -0600'`) counts from its civil
 * date. Weekend dates are listed as date-holidays lists them, with any substitute days.
 *
 * @example
 * import Holidays from 'date-holidays';
 * import { fromDateHolidays } from 'policyclock/date-holidays';
 *
 * const bavaria = fromDateHolidays(new Holidays('DE', 'BY'));
 * bavaria.holidaysIn(2026).find((h) => h.date === '2026-06-04')
 * //=> { date: '2026-06-04', name: 'Fronleichnam' }
 *
 * @example
 * fromDateHolidays(new Holidays('DE', 'BY'), { types: ['public', 'bank'], partialDays: 'close' })
 *   .holidaysIn(2026).map((h) => h.date).filter((d) => d >= '2026-12-24')
 * //=> ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']
 */
export function fromDateHolidays(holidays: DateHolidaysLike, options?: FromDateHolidaysOptions): HolidaySource {
  if (typeof (holidays as Partial<DateHolidaysLike> | null)?.getHolidays !== 'function') {
    return fail('INVALID_INPUT', ['holidays'], `expected a date-holidays instance (an object with getHolidays(year)), got ${describe(holidays)}`);
  }
  const { types = ['public'], name = 'date-holidays', partialDays = 'ignore' } = parseInput(
    FromDateHolidaysOptionsSchema,
    options === undefined ? {} : options,
    ['options'],
  );
  const counted = new Set<string>(types);

  function datesOf(year: number): Holiday[] {
    const list: unknown = holidays.getHolidays(year);
    const at = `getHolidays(${year})`;
    if (!Array.isArray(list)) return fail('INVALID_INPUT', ['holidays', at], `expected an array, got ${describe(list)}`);
    const out: Holiday[] = [];
    list.forEach((entry: DateHolidaysEntry, i) => {
      if (!counted.has(entry?.type)) return;
      const m = DATE.exec(typeof entry.date === 'string' ? entry.date : '');
      const day = m ? parseLocalDate(m[1]!) : undefined;
      if (day === undefined) return fail('INVALID_INPUT', ['holidays', at, i, 'date'], `expected 'YYYY-MM-DD hh:mm:ss', got ${describe(entry.date)}`);
      const elapsed = entry.end instanceof Date && entry.start instanceof Date ? entry.end.getTime() - entry.start.getTime() : NaN;
      if (!(elapsed > 0)) return fail('INVALID_INPUT', ['holidays', at, i, 'end'], 'expected Dates with end after start');
      const from = day * DAY_MS + ((+m![2]! * 60 + +m![3]!) * 60 + +m![4]!) * 1000;
      let to = from + elapsed;
      const midnight = Math.round(to / DAY_MS) * DAY_MS;
      if (Math.abs(to - midnight) <= SNAP_MS) to = midnight;
      const first = partialDays === 'close' ? Math.floor(from / DAY_MS) : Math.ceil(from / DAY_MS);
      const end = partialDays === 'close' ? Math.ceil(to / DAY_MS) : Math.floor(to / DAY_MS);
      for (let d = first; d < end; d++) out.push(Object.freeze({ date: formatLocalDate(d), name: String(entry.name) }));
    });
    return out;
  }

  return Object.freeze({
    name,
    holidaysIn(year: number): readonly Holiday[] {
      if (typeof year !== 'number' || !Number.isInteger(year)) {
        return fail('INVALID_INPUT', ['year'], `expected a whole year, got ${String(year)}`);
      }
      // A multi-day holiday that starts late in December (Eswatini's Incwala) reaches into `year`.
      const prefix = `${year}-`;
      const all = [...datesOf(year - 1), ...datesOf(year)].filter((h) => h.date.startsWith(prefix));
      return Object.freeze(all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    },
  });
}
