import type { BusinessCalendar } from '../calendars/business-calendar.js';
import { zoneTable, type ZoneTable } from '../calendars/zone-table.js';
import { DAY_MS, formatLocalDate } from '../_lib/local-time.js';

/** One stretch of business time the SLA clock counted, within one local day. */
export interface SlaSegment {
  /** Local date in the calendar's zone, `'YYYY-MM-DD'`. */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  /** Local wall times, `'HH:MM'` (`'HH:MM:SS.mmm'` when not on a whole minute); an end at midnight is `'24:00'`. */
  readonly from: string;
  readonly to: string;
  /** Business ms in the segment. */
  readonly ms: number;
}

/**
 * The arithmetic behind a status, to settle a dispute: which pauses stopped the clock, the
 * business time counted from receipt to the response (or `now`) — summing to `elapsed` — and the
 * business time from receipt to the deadline — summing to the target.
 */
export interface SlaExplanation {
  readonly timeZone: string;
  /** The pauses that stopped the clock: merged, sorted, cut to receipt … response (or `now`). */
  readonly pauses: readonly { readonly from: Date; readonly to: Date }[];
  readonly counted: readonly SlaSegment[];
  readonly untilDeadline: readonly SlaSegment[];
}

/** Builds the explanation (not a hot path: it allocates freely). */
export function explain(
  calendar: BusinessCalendar,
  receivedMs: number,
  pauses: readonly number[],
  endMs: number,
  deadlineMs: number,
): SlaExplanation {
  const zone = zoneTable(calendar.timeZone, ['calendar', 'timeZone']);
  const list: { from: Date; to: Date }[] = [];
  for (let i = 0; i < pauses.length; i += 2) list.push({ from: new Date(pauses[i]!), to: new Date(pauses[i + 1]!) });
  return {
    timeZone: calendar.timeZone,
    pauses: list,
    counted: segments(calendar, zone, receivedMs, pauses, endMs),
    untilDeadline: segments(calendar, zone, receivedMs, pauses, deadlineMs),
  };
}

// Business segments of [fromMs, toMs) outside the pauses, split at local midnight.
function segments(calendar: BusinessCalendar, zone: ZoneTable, fromMs: number, pauses: readonly number[], toMs: number): SlaSegment[] {
  const out: SlaSegment[] = [];
  let cursor = fromMs;
  for (let i = 0; i <= pauses.length; i += 2) {
    const stop = i < pauses.length ? Math.min(pauses[i]!, toMs) : toMs;
    if (cursor < stop) {
      for (const { start, end } of calendar.intervals(cursor, stop)) splitByDay(zone, start.getTime(), end.getTime(), out);
    }
    if (i < pauses.length) cursor = pauses[i + 1]!;
    if (cursor >= toMs) break;
  }
  return out;
}

function splitByDay(zone: ZoneTable, startMs: number, endMs: number, out: SlaSegment[]): void {
  for (let a = startMs; a < endMs; ) {
    const day = Math.floor(zone.toLocal(a) / DAY_MS);
    const b = Math.min(endMs, zone.fromLocal((day + 1) * DAY_MS));
    out.push({
      date: formatLocalDate(day),
      start: new Date(a),
      end: new Date(b),
      from: clock(zone.toLocal(a) - day * DAY_MS),
      to: clock(b === endMs ? zone.toLocal(b) - day * DAY_MS : DAY_MS),
      ms: b - a,
    });
    a = b;
  }
}

function clock(msOfDay: number): string {
  const hh = String(Math.floor(msOfDay / 3_600_000)).padStart(2, '0');
  const mm = String(Math.floor(msOfDay / 60_000) % 60).padStart(2, '0');
  const rest = msOfDay % 60_000;
  if (rest === 0) return `${hh}:${mm}`;
  return `${hh}:${mm}:${String(Math.floor(rest / 1000)).padStart(2, '0')}.${String(rest % 1000).padStart(3, '0')}`;
}
