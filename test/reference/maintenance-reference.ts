// A slow, obviously-correct maintenance schedule for property tests: it walks every local day with
// calendar objects, decides each rule by counting, and converts wall time with Intl directly (no
// zone table, no day-number arithmetic shared with src/).
import type { MaintenanceScheduleConfig } from '../../src/calendars/maintenance/maintenance-schedule-config-schema.js';
import type { WindowSpec } from '../../src/calendars/maintenance/window-spec-schema.js';

export interface RefOccurrence {
  windowId: string;
  start: number;
  end: number;
}

const DAY = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset (ms) of `timeZone` at the instant `ms`, read from Intl's formatted wall time. */
export function intlOffset(timeZone: string, ms: number): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/**
 * The API's rule, by trial: every offset seen a day either side is tried; the earliest instant whose
 * own offset confirms the reading wins (a repeated time → the earlier); if none does, the time is in
 * a gap and the offset from before the change applies, which moves it forward by the gap.
 */
export function refFromLocal(timeZone: string, wall: number): number {
  const before = intlOffset(timeZone, wall - DAY);
  const after = intlOffset(timeZone, wall + DAY);
  const valid = [before, after].map((o) => wall - o).filter((t) => intlOffset(timeZone, t) === wall - t);
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

function clockMinutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

function dateOf(text: string): number {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

function weekday(date: number): string {
  return WEEKDAYS[new Date(date).getUTCDay()]!;
}

function mondayOf(date: number): number {
  const d = new Date(date);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.getTime();
}

/** Does window `w` start on the local date `date` (UTC midnight of that date)? */
export function occursOn(config: MaintenanceScheduleConfig, w: WindowSpec, date: number): boolean {
  if ((w.except ?? []).some((e) => dateOf(e) === date)) return false;
  const r = w.repeat;
  if ('once' in r) return dateOf(r.once) === date;
  if ('after' in r) {
    if (weekday(date) !== r.on) return false;
    const source = config.windows.find((x) => x.id === r.after)!;
    for (let back = 1; back <= 7; back++) {
      const s = date - back * DAY;
      if (!occursOn(config, source, s)) continue;
      let first = s + DAY;
      while (weekday(first) !== r.on) first += DAY;
      if (first === date) return true;
    }
    return false;
  }
  if (r.every === 'day') return true;
  if (r.every === 'week') {
    const on = typeof r.on === 'string' ? [r.on] : r.on;
    if (!on.includes(weekday(date) as never)) return false;
    const interval = r.interval ?? 1;
    if (interval === 1) return true;
    const weeks = Math.round((mondayOf(date) - mondayOf(dateOf(r.anchor!))) / (7 * DAY));
    return ((weeks % interval) + interval) % interval === 0;
  }
  if (weekday(date) !== r.on) return false;
  const d = new Date(date);
  const dayOfMonth = d.getUTCDate();
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  if (r.nth === -1) return dayOfMonth + 7 > monthLength;
  return Math.ceil(dayOfMonth / 7) === r.nth;
}

function durationOf(d: NonNullable<WindowSpec['duration']>): number {
  if (typeof d === 'number') return d;
  return (d.hours ?? 0) * 3_600_000 + (d.minutes ?? 0) * 60_000 + (d.seconds ?? 0) * 1000 + (d.milliseconds ?? 0);
}

/** Every occurrence overlapping [from, to), by walking each local day that could hold its start. */
export function refOccurrences(config: MaintenanceScheduleConfig, from: number, to: number): RefOccurrence[] {
  const out: RefOccurrence[] = [];
  for (const w of config.windows) {
    const startMin = clockMinutes(w.start);
    const span = w.end !== undefined ? 2 * DAY : durationOf(w.duration!);
    const firstDate = Math.floor((from - span) / DAY) * DAY - 2 * DAY;
    for (let date = firstDate; date <= to + 2 * DAY; date += DAY) {
      if (!occursOn(config, w, date)) continue;
      const start = refFromLocal(config.timeZone, date + startMin * 60_000);
      let end: number;
      if (w.end !== undefined) {
        const endMin = clockMinutes(w.end);
        end = refFromLocal(config.timeZone, date + (endMin <= startMin ? endMin + 1440 : endMin) * 60_000);
      } else {
        end = start + durationOf(w.duration!);
      }
      // [start, end) and [from, to) overlap iff their intersection is not empty.
      if (end > start && Math.max(start, from) < Math.min(end, to)) out.push({ windowId: w.id, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.windowId < b.windowId ? -1 : a.windowId > b.windowId ? 1 : 0));
}
