import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { daysInMonth } from './local-time.js';

/**
 * A point in time: a `Date`, epoch milliseconds, or an ISO 8601 string that carries `Z` or an
 * offset. A string without one names no instant (whose 09:00?) and is rejected.
 */
// Strings first: the commonest form matches at once, without building issues for the misses.
export const InstantSchema = /* @__PURE__ */ (() => z.union([z.string(), z.number(), z.date()]))();
export type Instant = z.infer<typeof InstantSchema>;

// Anything beyond ±8.64e15 ms is not a Date in JavaScript; we stop earlier, at years 1000–9999,
// so every instant formats as a four-digit ISO year.
const MIN_MS = -30610224000000; // 1000-01-01T00:00:00Z
const MAX_MS = 253402300799999; // 9999-12-31T23:59:59.999Z

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Epoch milliseconds of `value`, or a `PolicyClockError` (`INVALID_INPUT`) naming `path`.
 * Hand-written rather than a zod parse because it sits on every hot path.
 */
export function toMs(value: unknown, path: readonly PropertyKey[]): number {
  let ms: number;
  if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'string') ms = parseIsoInstant(value, path);
  else return fail('INVALID_INPUT', path, `expected a Date, epoch milliseconds or an ISO 8601 string with an offset, got ${describe(value)}`);
  if (!Number.isFinite(ms)) return fail('INVALID_INPUT', path, `expected a valid instant, got ${describe(value)}`);
  if (!Number.isInteger(ms)) return fail('INVALID_INPUT', path, `expected whole epoch milliseconds, got ${ms}`);
  if (ms < MIN_MS || ms > MAX_MS) return fail('OUT_OF_RANGE', path, `instant ${ms} is outside the years 1000–9999`);
  return ms;
}

function parseIsoInstant(text: string, path: readonly PropertyKey[]): number {
  const m = ISO.exec(text);
  if (!m) {
    const hint = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text)
      ? ' (add Z or an offset such as +01:00: a local time alone names no instant)'
      : '';
    return fail('INVALID_INPUT', path, `expected an ISO 8601 instant with an offset, got "${text}"${hint}`);
  }
  const [, y, mo, d, h, mi, s = '0', frac = '', zulu, sign, oh = '0', om = '0'] = m;
  const year = +y!, month = +mo!, day = +d!, hour = +h!, minute = +mi!, second = +s;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return fail('INVALID_INPUT', path, `"${text}" is not a real date and time`);
  }
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
  if (+oh > 23 || +om > 59) return fail('INVALID_INPUT', path, `"${text}" has an impossible offset`);
  const millis = frac ? Math.floor(+`0.${frac}` * 1000 + 1e-9) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000 - (year < 100 ? yearFix(year) : 0);
}

// Date.UTC maps years 0–99 to 1900–1999; the range check rejects those years anyway, but keep the
// arithmetic honest should the bounds ever widen.
function yearFix(year: number): number {
  return Date.UTC(year + 1900, 0, 1) - Date.UTC(year, 0, 1);
}

/** A short name of a rejected value for an error message. */
export function describe(value: unknown): string {
  // A valid Date is rejected too where a duration or a number is expected.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : 'a Date';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
