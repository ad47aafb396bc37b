import * as z from 'zod/mini';

/**
 * Local wall time is handled as "local milliseconds": the wall clock read as if it were UTC.
 * Day numbers count local days since 1970-01-01; both are plain integers, so no Date or Intl
 * object is made on a hot path.
 */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WeekdaySchema = /* @__PURE__ */ z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** 0 = Monday … 6 = Sunday, for a day number (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The day number of the first `weekday` (0 = Monday) on or after `day`. */
export function weekdayOnOrAfter(day: number, weekday: number): number {
  return day + ((((weekday - weekdayIndex(day)) % 7) + 7) % 7);
}

/** The day number of the last `weekday` (0 = Monday) on or before `day`. */
export function weekdayOnOrBefore(day: number, weekday: number): number {
  return day - ((((weekdayIndex(day) - weekday) % 7) + 7) % 7);
}

const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'HH:MM'` → minutes after midnight; `'24:00'` (1440) only when `allowEndOfDay`. `undefined` if malformed. */
export function parseClock(text: string, allowEndOfDay = false): number | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const minutes = +m[1]! * 60 + +m[2]!;
  if (minutes > 1440 || (minutes === 1440 && !allowEndOfDay)) return undefined;
  return minutes;
}

/** Minutes after midnight (0–1440) → `'HH:MM'`, `'24:00'` for 1440: the inverse of `parseClock`, for messages. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * `'HH:MM-HH:MM'` → `[startMinute, endMinute)` where an end at or before the start means the next
 * day (`'22:00-06:00'` → `[1320, 1800)`). `undefined` if malformed.
 */
export function parseClockRange(text: string): [number, number] | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) return undefined;
  const start = parseClock(text.slice(0, dash).trim());
  const end = parseClock(text.slice(dash + 1).trim(), true);
  if (start === undefined || end === undefined) return undefined;
  return [start, end <= start ? end + 1440 : end];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of a proleptic Gregorian `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** `'YYYY-MM-DD'` → day number, `undefined` if malformed or not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = +m[1]!, month = +m[2]!, day = +m[3]!;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/**
 * The day number of a proleptic Gregorian date (month 1–12), by arithmetic (H. Hinnant's
 * days_from_civil): no Date on a hot path, and unlike `Date.UTC`, years 0–99 are not read as 19xx.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number → `'YYYY-MM-DD'`. */
export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number → `{ year, month (1–12), day (1–31) }`; the inverse of `dayNumber` (civil_from_days). */
export function civilDate(dayNo: number): { year: number; month: number; day: number } {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Local milliseconds → `'YYYY-MM-DDTHH:MM'` (for messages and feeds, never inside a loop). */
export function formatLocalMs(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 16);
}
