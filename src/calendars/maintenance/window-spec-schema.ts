import * as z from 'zod/mini';
import { DurationSchema } from '../../_lib/duration.js';
import { WEEKDAYS, parseClock, parseLocalDate } from '../../_lib/local-time.js';

/** A local wall time `'HH:MM'` (00:00–23:59) at which a window starts. */
const LocalStartSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((s) => parseClock(s) !== undefined, { error: "expected a local time 'HH:MM' between 00:00 and 23:59" }),
  ))();

/** A local wall time `'HH:MM'` (00:00–24:00) at which a window ends; at or before the start means the next day. */
const LocalEndSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((s) => parseClock(s, true) !== undefined, { error: "expected a local time 'HH:MM' between 00:00 and 24:00" }),
  ))();

/** A real calendar date `'YYYY-MM-DD'`, local to the schedule's time zone. */
export const LocalDateSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((s) => parseLocalDate(s) !== undefined, { error: "expected a real date 'YYYY-MM-DD'" }),
  ))();

const NonEmpty = /* @__PURE__ */ (() =>
  z.string().check(z.minLength(1, { error: 'expected a non-empty string' })))();

const WEEKDAY_ERROR = "expected a weekday: 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' or 'sun'";
const Weekday = /* @__PURE__ */ (() =>
  z.enum(WEEKDAYS, { error: WEEKDAY_ERROR }))();

const DailyRepeatSchema = /* @__PURE__ */ (() =>
  z.strictObject({ every: z.literal('day') }))();

/**
 * Every `interval` weeks on the given weekdays. Weeks are ISO weeks (Monday to Sunday); `anchor`
 * is any date in the first week of a cycle and fixes its phase in both directions of time.
 */
const WeeklyRepeatSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    every: z.literal('week'),
    on: z.union([Weekday, z.array(Weekday).check(z.minLength(1, { error: 'expected at least one weekday' }))], {
      error: `${WEEKDAY_ERROR}, or a non-empty list of them`,
    }),
    interval: z.optional(z.int({ error: 'expected a whole number of weeks from 1 to 520' })
      .check(z.gte(1, { error: 'expected a whole number of weeks from 1 to 520' }), z.lte(520, { error: 'expected a whole number of weeks from 1 to 520' }))),
    anchor: z.optional(LocalDateSchema),
  }))();

/** The `nth` (1–5) or last (`-1`) given weekday of every month; months without a fifth one are skipped. */
const MonthlyRepeatSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    every: z.literal('month'),
    on: Weekday,
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)], {
      error: 'expected 1, 2, 3, 4, 5 or -1 (the last)',
    }),
  }))();

/** The first `on` weekday strictly after the start date of each occurrence of window `after`. */
const AfterRepeatSchema = /* @__PURE__ */ (() =>
  z.strictObject({ after: NonEmpty, on: Weekday }))();

/** A single date. */
const OnceRepeatSchema = /* @__PURE__ */ (() =>
  z.strictObject({ once: LocalDateSchema }))();

/** How a window recurs: one of the five shapes above. */
export const RepeatSchema = /* @__PURE__ */ (() =>
  z.union([DailyRepeatSchema, WeeklyRepeatSchema, MonthlyRepeatSchema, AfterRepeatSchema, OnceRepeatSchema], {
    error: "expected { every: 'day' }, { every: 'week', on, interval?, anchor? }, { every: 'month', on, nth }, { after, on } or { once }",
  }))();
export type Repeat = z.infer<typeof RepeatSchema>;

/**
 * One recurring (or one-off) maintenance window. Exactly one of `end` and `duration` is given;
 * the schedule checks that, and the rules between windows, when it is built.
 */
export const WindowSpecSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: NonEmpty,
    title: z.optional(z.string()),
    kind: z.optional(NonEmpty),
    cohort: z.optional(NonEmpty),
    start: LocalStartSchema,
    end: z.optional(LocalEndSchema),
    duration: z.optional(DurationSchema),
    repeat: RepeatSchema,
    except: z.optional(z.array(LocalDateSchema)),
  }))();
export type WindowSpec = z.infer<typeof WindowSpecSchema>;

/**
 * The one repeat shape a value means, told by its keys (`every` and its value, `after`, `once`),
 * so an error inside it can be reported at its own field rather than as "no shape matched".
 */
export function repeatShapeOf(value: unknown): z.ZodMiniType | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ('every' in value) {
    const every = (value as { every: unknown }).every;
    return every === 'day' ? DailyRepeatSchema : every === 'week' ? WeeklyRepeatSchema : every === 'month' ? MonthlyRepeatSchema : undefined;
  }
  if ('after' in value) return AfterRepeatSchema;
  if ('once' in value) return OnceRepeatSchema;
  return undefined;
}
