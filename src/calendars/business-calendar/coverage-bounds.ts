import { DAY_MS, MINUTE_MS } from '../../_lib/local-time.js';
import type { ZoneTable } from '../zone-table.js';
import { spillOf } from './clock-ranges.js';
import type { OpeningHours } from './opening-hours.js';

const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/**
 * How far the built local years reach in UTC. With the local years `first`…`last` built, every
 * open interval inside `[from(first), to(last))` is known: ranges of earlier dates end before
 * `from` and ranges of later dates start at or after `to`.
 *
 * Both bounds come from the offsets that `fromLocal` can use near New Year (it reads wall times
 * with the offsets a day either side), so a query on 1 January does not build the previous year —
 * and ask a holiday source about it — unless 31 December has a range that runs past midnight.
 */
export interface CoverageBounds {
  from(first: number): number;
  to(last: number): number;
}

export function coverageBounds(zone: ZoneTable, hours: OpeningHours): CoverageBounds {
  return {
    from(first) {
      const newYear = Date.UTC(first, 0, 1);
      // Holidays only remove hours, so the configured hours bound the spill from either way.
      const spill = spillOf(hours.rangesOn(newYear / DAY_MS - 1)) * MINUTE_MS;
      return newYear + spill - offsetBounds(zone, newYear - 3 * DAY_MS, newYear + spill + 2 * DAY_MS)[0];
    },
    to(last) {
      const newYear = Date.UTC(last + 1, 0, 1);
      return newYear - offsetBounds(zone, newYear - DAY_MS, newYear + 3 * DAY_MS)[1];
    },
  };
}

/**
 * The least and greatest UTC offset in force during `[from, to]` (a few days), read every 15
 * minutes: no zone keeps an offset for less than that. Not `nextTransition`, which for a zone
 * without DST would scan every year to the end of the table to find there is no next change.
 */
function offsetBounds(zone: ZoneTable, from: number, to: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let t = from; ; t = Math.min(t + QUARTER_HOUR_MS, to)) {
    const offset = zone.offsetAt(t);
    min = Math.min(min, offset);
    max = Math.max(max, offset);
    if (t === to) return [min, max];
  }
}
