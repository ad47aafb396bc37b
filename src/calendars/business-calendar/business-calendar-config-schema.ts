import * as z from 'zod/mini';
import { parseClockRange, parseLocalDate } from '../../_lib/local-time.js';
import type { HolidaySource } from '../holidays/holiday-source.js';
import { openingHours } from './opening-hours.js';
import { overlapIssues } from './overlap-issues.js';

// Every top-level schema is built inside a /* @__PURE__ */ call so that a bundle which does not
// use it drops it, and zod with it.
const ClockRangeSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((text) => parseClockRange(text) !== undefined, 'expected a range "HH:MM-HH:MM" (24 h clock; "24:00" only as an end)'),
  ))();

/** `'09:00-18:00'` or `['08:00-12:00', '13:00-17:00']`; an end at or before its start is the next day. */
const ClockRangesSchema = /* @__PURE__ */ (() =>
  z.union([ClockRangeSchema, z.readonly(z.array(ClockRangeSchema))], {
    error: 'expected a range "HH:MM-HH:MM" or an array of them',
  }))();

const LocalDateSchema = /* @__PURE__ */ (() =>
  z.string().check(z.refine((text) => parseLocalDate(text) !== undefined, 'expected a real date "YYYY-MM-DD"')))();

const isHolidaySource = (value: unknown): value is HolidaySource =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as HolidaySource).name === 'string' &&
  typeof (value as HolidaySource).holidaysIn === 'function';

/**
 * One source or several. A custom check rather than zod objects: parsing would copy the sources
 * and detach `holidaysIn` from its `this`; here the caller's own objects pass through.
 */
const HolidaysSchema = /* @__PURE__ */ (() => z.custom<HolidaySource | readonly HolidaySource[]>().check(
  z.superRefine((value, ctx) => {
    const message = 'expected a HolidaySource: { name: string; holidaysIn(year): { date, name }[] }';
    if (!Array.isArray(value)) {
      if (!isHolidaySource(value)) ctx.issues.push({ code: 'custom', input: value, message, continue: false });
      return;
    }
    value.forEach((source: unknown, i) => {
      if (!isHolidaySource(source)) ctx.issues.push({ code: 'custom', input: source, path: [i], message, continue: false });
    });
  }),
))();

/**
 * The configuration of `businessCalendar`. Weekly hours are local wall-clock ranges per weekday;
 * a range that runs past midnight belongs to the day it starts on. A closure replaces one date's
 * hours (closed all day without `hours`). Ranges on a day, and a range running past midnight
 * into the next day's first range, must not overlap; touching is fine.
 *
 * @example
 * BusinessCalendarConfigSchema.safeParse({ timeZone: 'UTC', hours: { mon: ['09:00-12:00', '11:00-13:00'] } }).success
 * //=> false (the issue's path is ['hours', 'mon', 1]); businessCalendar throws it as INVALID_INPUT at `hours.mon[1]`
 */
export const BusinessCalendarConfigSchema = /* @__PURE__ */ (() => z
  .strictObject({
    timeZone: z.string(),
    hours: z.strictObject({
      mon: z.optional(ClockRangesSchema),
      tue: z.optional(ClockRangesSchema),
      wed: z.optional(ClockRangesSchema),
      thu: z.optional(ClockRangesSchema),
      fri: z.optional(ClockRangesSchema),
      sat: z.optional(ClockRangesSchema),
      sun: z.optional(ClockRangesSchema),
    }),
    holidays: z.optional(HolidaysSchema),
    closures: z.optional(
      z.readonly(
        z.array(
          z.strictObject({
            date: LocalDateSchema,
            hours: z.optional(ClockRangesSchema),
            name: z.optional(z.string()),
          }),
        ),
      ),
    ),
  })
  .check(
    z.superRefine((config, ctx) => {
      const seen = new Set<string>();
      config.closures?.forEach((closure, i) => {
        if (seen.has(closure.date)) ctx.issues.push({ code: 'custom', input: closure.date, path: ['closures', i, 'date'], message: `${closure.date} has an earlier closure` });
        seen.add(closure.date);
      });
      for (const issue of overlapIssues(openingHours(config))) ctx.issues.push({ code: 'custom', input: config, ...issue });
    }, { when: (payload) => payload.issues.length === 0 }), // overlaps only between ranges that parse
  ))();

/** What `businessCalendar` accepts. */
export type BusinessCalendarConfigInput = z.input<typeof BusinessCalendarConfigSchema>;
/** The validated configuration. */
export type BusinessCalendarConfig = z.output<typeof BusinessCalendarConfigSchema>;
