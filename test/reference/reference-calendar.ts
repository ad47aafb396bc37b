import type { HolidaySource } from '../../src/index.js';
import type { ReferenceZone } from './reference-zone.js';

/** The raw configuration the reference reads (the shape `businessCalendar` takes). */
export interface ReferenceConfig {
  timeZone: string;
  hours: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string | string[]>>;
  holidays?: HolidaySource[];
  closures?: { date: string; hours?: string | string[] }[];
}

const WEEKDAY_BY_UTC_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Minute by minute, which UTC minutes of `[from, to)` are business time. For each minute: read its
 * wall clock, and look at the shifts of that local date and the dates either side (a shift can run
 * past midnight). A minute is open when it lies between a shift's start and end instants, each the
 * reference zone's instant of the wall time (so DST edges follow the same rule as the library).
 * A date's shifts: its closure's hours if it has a closure, none if a holiday source lists it,
 * else its weekday's hours. Slow on purpose: nothing here is shared with the library.
 */
export function referenceOpenMinutes(config: ReferenceConfig, zone: ReferenceZone, from: number, to: number): Uint8Array {
  const shiftsByDate = new Map<number, [number, number][]>();
  const shiftsOf = (date: number): [number, number][] => {
    let shifts = shiftsByDate.get(date);
    if (!shifts) {
      shifts = textsOf(config, date).map((text) => {
        const [start, end] = text.split('-').map(minutesOf) as [number, number];
        const midnight = date * 1440;
        const endWall = midnight + (end <= start ? end + 1440 : end);
        return [zone.instant(midnight + start), zone.instant(endWall)];
      });
      shiftsByDate.set(date, shifts);
    }
    return shifts;
  };
  const open = new Uint8Array(to - from);
  let date = NaN;
  let starts: number[] = [];
  let ends: number[] = [];
  for (let u = from; u < to; u++) {
    const wallDate = Math.floor(zone.wall(u) / 1440);
    if (wallDate !== date) {
      date = wallDate;
      const nearby = [...shiftsOf(date - 1), ...shiftsOf(date), ...shiftsOf(date + 1)];
      starts = nearby.map(([start]) => start);
      ends = nearby.map(([, end]) => end);
    }
    for (let i = 0; i < starts.length; i++) if (starts[i]! <= u && u < ends[i]!) open[u - from] = 1;
  }
  return open;
}

function textsOf(config: ReferenceConfig, date: number): string[] {
  const iso = new Date(date * 86_400_000).toISOString().slice(0, 10);
  const closure = config.closures?.find((c) => c.date === iso);
  if (closure) return closure.hours === undefined ? [] : [closure.hours].flat();
  const year = +iso.slice(0, 4);
  if (config.holidays?.some((source) => source.holidaysIn(year).some((h) => h.date === iso))) return [];
  const hours = config.hours[WEEKDAY_BY_UTC_DAY[new Date(date * 86_400_000).getUTCDay()]!];
  return hours === undefined ? [] : [hours].flat();
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
