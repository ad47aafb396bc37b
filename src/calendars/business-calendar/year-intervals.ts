import { DAY_MS, MINUTE_MS } from '../../_lib/local-time.js';
import type { ZoneTable } from '../zone-table.js';
import type { OpeningHours } from './opening-hours.js';

/** Sorted, disjoint, non-touching open intervals `[starts[i], ends[i])` in epoch ms. */
export interface IntervalList {
  starts: number[];
  ends: number[];
}

/**
 * The open intervals of the ranges that start on the local dates of `year`. Each range boundary
 * is a wall time turned into an instant by `fromLocal` (a boundary in a spring gap moves forward
 * by the gap; a repeated time is the earlier instant), so a range can come out shorter, longer or
 * empty on a DST night. Because those mappings are not monotonic inside a gap, intervals are
 * sorted and merged rather than assumed in order; touching intervals merge as well, so an end is
 * always a real closing time.
 */
export function yearIntervals(hours: OpeningHours, zone: ZoneTable, year: number, holidays: ReadonlySet<number>): IntervalList {
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const last = Date.UTC(year + 1, 0, 1) / DAY_MS;
  const raw: [number, number][] = [];
  for (let day = first; day < last; day++) {
    const closure = hours.closures.get(day);
    const ranges = closure ? closure.ranges : holidays.has(day) ? [] : hours.rangesOn(day);
    const midnight = day * DAY_MS;
    for (const range of ranges) {
      const start = zone.fromLocal(midnight + range.start * MINUTE_MS);
      const end = zone.fromLocal(midnight + range.end * MINUTE_MS);
      if (end > start) raw.push([start, end]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const list: IntervalList = { starts: [], ends: [] };
  for (const [start, end] of raw) appendInterval(list, start, end);
  return list;
}

/** Appends `[start, end)` to a list whose last start is ≤ `start`, merging overlap and touch. */
export function appendInterval(list: IntervalList, start: number, end: number): void {
  const n = list.ends.length;
  if (n > 0 && start <= list.ends[n - 1]!) list.ends[n - 1] = Math.max(list.ends[n - 1]!, end);
  else {
    list.starts.push(start);
    list.ends.push(end);
  }
}
