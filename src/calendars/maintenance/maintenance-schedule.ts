import { fail } from '../../errors.js';
import { toDurationMs, toPositiveDurationMs } from '../../_lib/duration.js';
import { toMs, type Instant } from '../../_lib/instant.js';
import { DAY_MS, MINUTE_MS } from '../../_lib/local-time.js';
import { parseInput } from '../../_lib/validate.js';
import { ZONE_MAX_YEAR, ZONE_MIN_YEAR, zoneTable } from '../zone-table.js';
import type { CompiledWindow } from './compiled-window.js';
import { compileWindows } from './compile-windows.js';
import type { MaintenanceScheduleConfig } from './maintenance-schedule-config-schema.js';
import { parseScheduleConfig } from './parse-schedule-config.js';
import { compareRaw, toOccurrence, type Occurrence, type OccurrenceFilter, type RawOccurrence } from './occurrence.js';
import { occurrenceOn } from './occurrence-on.js';
import { windowSelector } from './select-windows.js';
import { spanFromLocal } from './span-from-local.js';
import { windowDays } from './window-days.js';
import { ICalendarOptionsSchema, toICalendar, type ICalendarOptions } from './to-icalendar.js';
import { DEFAULT_FEED_HORIZON_MS, FeedOptionsSchema, toFeed, type FeedOptions, type MaintenanceFeed } from './to-feed.js';

const DEFAULT_NOTICE_MS = 24 * 3_600_000;
// Keep two days clear of the zone tables' edges: the generators look a day either side.
const MIN_MS = /* @__PURE__ */ Date.UTC(ZONE_MIN_YEAR, 0, 3);
const MAX_MS = /* @__PURE__ */ Date.UTC(ZONE_MAX_YEAR, 11, 30);
const FIRST_SEARCH_SPAN_MS = 8 * DAY_MS;

/** A validated set of maintenance windows in one time zone. All intervals are half-open `[start, end)`. */
export interface MaintenanceSchedule {
  readonly timeZone: string;
  /** Minimum announcement lead time, in ms (`maintenance.notice`; 24 h unless configured). */
  readonly notice: number;
  /** The window ids, in configuration order. */
  readonly windowIds: readonly string[];
  /**
   * Occurrences that overlap `[from, to)`, by start then window id.
   *
   * @example
   * crmMaintenance().occurrences('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', { kind: 'system' }).map((o) => o.start)
   * //=> [2026-04-09T22:00:00.000Z, 2026-04-23T22:00:00.000Z]
   */
  occurrences(from: Instant, to: Instant, filter?: OccurrenceFilter): Occurrence[];
  /**
   * The first occurrence that starts at or after `at`, or `undefined` if there is none.
   *
   * @example
   * crmMaintenance().next('2026-04-01T00:00:00Z', { cohort: 'main', kind: 'application' })?.start
   * //=> 2026-04-03T20:00:00.000Z (Friday 22:00 CEST)
   */
  next(at: Instant, filter?: OccurrenceFilter): Occurrence | undefined;
  /**
   * The occurrences with `start ≤ at < end`, by start then window id.
   *
   * @example
   * crmMaintenance().activeAt('2026-04-10T00:00:01Z').map((o) => o.windowId)
   * //=> ['maintenance.os-vendor-patches', 'maintenance.system', 'maintenance.restart']
   */
  activeAt(at: Instant, filter?: OccurrenceFilter): Occurrence[];
  /**
   * An RFC 5545 calendar of the occurrences that overlap `[from, to)` (DTSTAMP = `options.stamp ?? from`).
   *
   * @example
   * crmMaintenance().toICalendar('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', { name: 'CRM', filter: { cohort: 'early' } })
   * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…UID:maintenance.os-vendor-patches-20260409T220000Z@policyclock\r\n…'
   */
  toICalendar(from: Instant, to: Instant, options?: ICalendarOptions): string;
  /**
   * A JSON-ready feed of the active and upcoming windows at `now` (next 14 days unless `horizon`).
   *
   * @example
   * crmMaintenance().toFeed('2026-04-10T01:00:00Z', { limit: 1 }).windows[0]
   * //=> { id: 'maintenance.os-vendor-patches-20260409T220000Z', state: 'active', announceBy: '2026-04-08T22:00:00.000Z', … }
   */
  toFeed(now: Instant, options?: FeedOptions): MaintenanceFeed;
}

/**
 * A maintenance schedule: recurring and one-off windows in a time zone, with their occurrences,
 * the next one, the active ones and feeds for calendars and status pages.
 *
 * Weeks are ISO weeks (Monday–Sunday). A local start in a spring-forward gap moves forward by the
 * gap; a repeated local time is the earlier instant; `duration` is exact elapsed time.
 *
 * @example
 * const s = maintenanceSchedule({
 *   timeZone: 'Europe/Oslo',
 *   windows: [{ id: 'restart', start: '02:00', duration: { seconds: 3 }, repeat: { every: 'day' } }],
 * })
 * s.next('2026-03-28T12:00:00Z')?.start //=> 2026-03-29T01:00:00.000Z (02:00 does not exist: 03:00 CEST)
 * s.next('2026-10-24T12:00:00Z')?.start //=> 2026-10-25T00:00:00.000Z (the first of the two 02:00s)
 */
export function maintenanceSchedule(config: MaintenanceScheduleConfig): MaintenanceSchedule {
  const c = parseScheduleConfig(config);
  const zone = zoneTable(c.timeZone, ['timeZone']);
  const windows = compileWindows(c.windows);
  const notice = c.notice === undefined ? DEFAULT_NOTICE_MS : toDurationMs(c.notice, ['notice']);
  if (notice < 0) fail('INVALID_INPUT', ['notice'], `expected a notice of zero or more, got ${notice} ms`);

  const selectWindows = windowSelector(windows);
  const maxSpanMs = Math.max(0, ...windows.map((w) => w.spanMs));
  const localDay = (utcMs: number): number => Math.floor(zone.toLocal(utcMs) / DAY_MS);
  const instant = (value: unknown, name: string): number => {
    const ms = toMs(value, [name]);
    if (ms < MIN_MS || ms > MAX_MS) fail('OUT_OF_RANGE', [name], `maintenance schedules cover the years ${ZONE_MIN_YEAR}–${ZONE_MAX_YEAR}`);
    return ms;
  };

  // Every occurrence whose local start date lies in [firstDay, lastDay]; callers clip by instant.
  const collect = (
    ws: readonly CompiledWindow[],
    firstDay: (w: CompiledWindow) => number,
    lastDay: (w: CompiledWindow) => number,
    keep: (o: RawOccurrence) => boolean,
    fromLocal: (localMs: number) => number = zone.fromLocal,
  ): RawOccurrence[] => {
    const out: RawOccurrence[] = [];
    for (const w of ws) {
      for (const day of windowDays(w, firstDay(w), lastDay(w))) {
        const o = occurrenceOn(w, day, fromLocal);
        if (o && keep(o)) out.push(o);
      }
    }
    return out.sort(compareRaw);
  };

  const overlapping = (fromMs: number, untilMs: number, ws: readonly CompiledWindow[]): RawOccurrence[] => {
    // An empty range [t, t) contains no instant, so no window overlaps it (even one running at t).
    if (untilMs === fromMs) return [];
    const fromLocal = zone.toLocal(fromMs);
    // A day of margin either side absorbs any DST shift between wall time and instant.
    const lastDay = localDay(untilMs) + 1;
    const convert = spanFromLocal(zone, fromMs - maxSpanMs - 3 * DAY_MS, untilMs + maxSpanMs + 3 * DAY_MS);
    return collect(ws, (w) => Math.floor((fromLocal - w.spanMs) / DAY_MS) - 1, () => lastDay,
      (o) => o.startMs < untilMs && o.endMs > fromMs, convert);
  };

  const range = (from: Instant, to: Instant): [number, number] => {
    const fromMs = instant(from, 'from');
    const untilMs = instant(to, 'to');
    if (untilMs < fromMs) fail('INVALID_INPUT', ['to'], 'expected `to` at or after `from`');
    return [fromMs, untilMs];
  };

  const schedule: MaintenanceSchedule = {
    timeZone: c.timeZone,
    notice,
    windowIds: windows.map((w) => w.id),

    occurrences(from, to, filter) {
      const [fromMs, untilMs] = range(from, to);
      return overlapping(fromMs, untilMs, selectWindows(filter, ['filter'])).map(toOccurrence);
    },

    next(at, filter) {
      const atMs = instant(at, 'at');
      const ws = selectWindows(filter, ['filter']);
      if (ws.length === 0) return undefined;
      // Past the last exception or one-off date, every remaining pattern recurs within its period.
      let lastDay = localDay(atMs);
      let period = 0;
      for (const w of ws) {
        lastDay = Math.max(lastDay, w.lastFixedDay);
        period = Math.max(period, w.periodDays);
      }
      const horizonMs = Math.min(MAX_MS, (lastDay + 2 * period + 14) * DAY_MS + DAY_MS);
      let lo = atMs;
      for (let span = FIRST_SEARCH_SPAN_MS; lo < horizonMs; span *= 2) {
        const hi = Math.min(lo + span, horizonMs);
        const from = lo;
        const first = localDay(from) - 1;
        const last = localDay(hi) + 1;
        const found = collect(ws, () => first, () => last, (o) => o.startMs >= from && o.startMs < hi);
        if (found.length > 0) return toOccurrence(found[0]!);
        lo = hi;
      }
      return undefined;
    },

    activeAt(at, filter) {
      const atMs = instant(at, 'at');
      const ws = selectWindows(filter, ['filter']);
      const offset = zone.offsetAt(atMs);
      const local = atMs + offset;
      const contains = (o: RawOccurrence): boolean => o.startMs <= atMs && atMs < o.endMs;
      const reach = maxSpanMs + 2 * DAY_MS;
      if (zone.nextTransition(atMs - reach, atMs + reach + 1) !== Infinity) {
        // Near a DST change: look back only as far as the longest occurrence reaches, plus a day either side.
        const lastDay = Math.floor(local / DAY_MS) + 1;
        return collect(ws, (w) => Math.floor((local - w.spanMs) / DAY_MS) - 1, () => lastDay, contains).map(toOccurrence);
      }
      // No offset change within reach (all but a few days a year): a wall time is the instant plus
      // one fixed offset, and only a start date whose local span covers `local` can qualify —
      // usually one day, often none. A hot path: a plain loop, no allocation when nothing is active.
      const toUtc = (l: number): number => l - offset;
      let found: RawOccurrence[] | undefined;
      for (const w of ws) {
        const sinceStart = local - w.startMinute * MINUTE_MS;
        const lastDay = Math.floor(sinceStart / DAY_MS);
        const firstDay = Math.floor((sinceStart - w.spanMs) / DAY_MS) + 1;
        if (firstDay > lastDay) continue;
        for (const day of windowDays(w, firstDay, lastDay)) {
          const o = occurrenceOn(w, day, toUtc);
          if (o && contains(o)) (found ??= []).push(o);
        }
      }
      return found ? found.sort(compareRaw).map(toOccurrence) : [];
    },

    toICalendar(from, to, options) {
      const [fromMs, untilMs] = range(from, to);
      const o = parseInput(ICalendarOptionsSchema, options ?? {}, ['options']);
      return toICalendar(overlapping(fromMs, untilMs, selectWindows(o.filter, ['options', 'filter'])), fromMs, o);
    },

    toFeed(now, options) {
      const nowMs = instant(now, 'now');
      const o = parseInput(FeedOptionsSchema, options ?? {}, ['options']);
      const horizon = o.horizon === undefined ? DEFAULT_FEED_HORIZON_MS : toPositiveDurationMs(o.horizon, ['options', 'horizon']);
      const ws = selectWindows(o.filter, ['options', 'filter']);
      const raw = overlapping(nowMs, Math.min(MAX_MS, nowMs + horizon), ws);
      return toFeed(o.limit === undefined ? raw : raw.slice(0, o.limit), nowMs, c.timeZone, notice);
    },
  };
  return schedule;
}
