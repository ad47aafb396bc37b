import { fail } from '../errors.js';
import { DAY_MS } from '../_lib/local-time.js';

/**
 * A time zone as a table of UTC offsets: `starts[i]` (epoch ms) begins a stretch with
 * `offsets[i]` (ms to add to UTC to get local wall time). Built once per zone and year from Intl,
 * then every lookup is a binary search: no Intl call, string format or parse on a hot path.
 *
 * Coverage grows a year at a time as queries reach it (a memo: results never depend on which years
 * happen to be built). Years outside 1900–2200 are `OUT_OF_RANGE`.
 */
export interface ZoneTable {
  readonly timeZone: string;
  /** Offset (ms) in force at `utcMs`. */
  offsetAt(utcMs: number): number;
  /** Local wall time of `utcMs`, in local milliseconds. */
  toLocal(utcMs: number): number;
  /**
   * The instant of a local wall time. A time in a spring-forward gap moves forward by the gap
   * (02:30 → 03:30); a time that happens twice (autumn) is the earlier instant.
   */
  fromLocal(localMs: number): number;
  /**
   * The first offset change strictly after `utcMs` and before `beforeMs` (default: the end of the
   * table, 2201), or `Infinity` if there is none. Pass a bound: in a zone without DST an unbounded
   * search reads every year to 2200.
   */
  nextTransition(utcMs: number, beforeMs?: number): number;
}

export const ZONE_MIN_YEAR = 1900;
export const ZONE_MAX_YEAR = 2200;
const MIN_MS = /* @__PURE__ */ Date.UTC(ZONE_MIN_YEAR, 0, 1);
const MAX_MS = /* @__PURE__ */ Date.UTC(ZONE_MAX_YEAR + 1, 0, 1);
const WEEK_MS = 7 * DAY_MS;

const tables = /* @__PURE__ */ new Map<string, ZoneTable>();

/**
 * The offset table of an IANA zone (`'Europe/London'`), or a `PolicyClockError`
 * (`INVALID_TIME_ZONE`) naming `path` when the runtime does not know the zone.
 */
export function zoneTable(timeZone: string, path: readonly PropertyKey[] = ['timeZone']): ZoneTable {
  let table = tables.get(timeZone);
  if (!table) {
    table = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? fixedZone(timeZone) : intlZone(timeZone, path);
    tables.set(timeZone, table);
  }
  return table;
}

function fixedZone(timeZone: string): ZoneTable {
  return {
    timeZone,
    offsetAt: () => 0,
    toLocal: (utcMs) => utcMs,
    fromLocal: (localMs) => localMs,
    nextTransition: () => Infinity,
  };
}

function intlZone(timeZone: string, path: readonly PropertyKey[]): ZoneTable {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
      era: 'short',
    });
  } catch {
    return fail('INVALID_TIME_ZONE', path, `unknown IANA time zone "${timeZone}"`);
  }
  const probe = (utcMs: number): number => intlOffset(format, utcMs);

  // Parallel arrays over the covered span [coveredFrom, coveredTo); starts[0] === coveredFrom.
  const starts: number[] = [];
  const offsets: number[] = [];
  let coveredFrom = 0;
  let coveredTo = 0;

  const scan = (from: number, to: number): { starts: number[]; offsets: number[] } => {
    const s = [from];
    const o = [probe(from)];
    for (let t = from; t < to; ) {
      const next = Math.min(t + WEEK_MS, to);
      const after = probe(next - 1);
      if (after !== o[o.length - 1]) {
        // Bisect to the millisecond: the last instant with the old offset, then the change.
        let lo = t, hi = next - 1;
        const before = o[o.length - 1];
        // A weekly step can land exactly on a change (EU zones change on Sundays at 01:00 UTC, a
        // whole number of weeks apart): then the change is t itself, and bisecting from
        // lo = t would miss it by a millisecond.
        if (probe(t) !== before) hi = t;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (probe(mid) === before) lo = mid; else hi = mid;
        }
        s.push(hi);
        o.push(probe(hi));
        // A second change within the same week (rare, historical) is caught by rescanning from hi.
        t = hi;
        continue;
      }
      t = next;
    }
    return { starts: s, offsets: o };
  };

  const cover = (utcMs: number): void => {
    if (utcMs < MIN_MS || utcMs >= MAX_MS) {
      fail('OUT_OF_RANGE', path, `time zone tables cover the years ${ZONE_MIN_YEAR}–${ZONE_MAX_YEAR}; got ${new Date(utcMs).toISOString()}`);
    }
    const year = new Date(utcMs).getUTCFullYear();
    if (starts.length === 0) {
      // Start with a margin of a day either side so local times near a year boundary resolve.
      coveredFrom = Math.max(MIN_MS, Date.UTC(year, 0, 1) - DAY_MS);
      coveredTo = Math.min(MAX_MS, Date.UTC(year + 1, 0, 1) + DAY_MS);
      const first = scan(coveredFrom, coveredTo);
      starts.push(...first.starts);
      offsets.push(...first.offsets);
    }
    while (utcMs < coveredFrom) {
      const from = Math.max(MIN_MS, Date.UTC(new Date(coveredFrom).getUTCFullYear() - 1, 0, 1));
      const part = scan(from, coveredFrom);
      // Join: the old first stretch may simply continue the new last one.
      if (part.offsets[part.offsets.length - 1] === offsets[0]) { starts.shift(); offsets.shift(); }
      starts.unshift(...part.starts);
      offsets.unshift(...part.offsets);
      coveredFrom = from;
    }
    while (utcMs >= coveredTo) {
      const to = Math.min(MAX_MS, Date.UTC(new Date(coveredTo).getUTCFullYear() + 1, 0, 1));
      const part = scan(coveredTo, to);
      if (part.offsets[0] === offsets[offsets.length - 1]) { part.starts.shift(); part.offsets.shift(); }
      starts.push(...part.starts);
      offsets.push(...part.offsets);
      coveredTo = to;
    }
  };

  const indexAt = (utcMs: number): number => {
    if (utcMs < coveredFrom || utcMs >= coveredTo) cover(utcMs);
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= utcMs) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const offsetAt = (utcMs: number): number => offsets[indexAt(utcMs)]!;

  return {
    timeZone,
    offsetAt,
    toLocal: (utcMs) => utcMs + offsetAt(utcMs),
    fromLocal(localMs) {
      // Offsets stay within ±1 day, so the stretches around localMs±1 day hold both readings.
      const before = offsetAt(localMs - DAY_MS);
      const after = offsetAt(localMs + DAY_MS);
      const early = localMs - before;
      if (offsetAt(early) === before) {
        const late = localMs - after;
        return offsetAt(late) === after && late < early ? late : early;
      }
      const late = localMs - after;
      if (offsetAt(late) === after) return late;
      // In a gap: read the wall time with the offset before the change, which lands after it.
      return early;
    },
    nextTransition(utcMs, beforeMs = MAX_MS) {
      const limit = Math.min(beforeMs, MAX_MS);
      let i = indexAt(utcMs);
      for (;;) {
        if (i + 1 < starts.length) return starts[i + 1]! < limit ? starts[i + 1]! : Infinity;
        if (coveredTo >= limit) return Infinity;
        cover(coveredTo);
        i = indexAt(utcMs);
      }
    },
  };
}

function intlOffset(format: Intl.DateTimeFormat, utcMs: number): number {
  const p: Record<string, string> = {};
  for (const part of format.formatToParts(utcMs)) p[part.type] = part.value;
  let year = +p.year!;
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  // Intl has whole-second resolution: compare against the instant floored to its second.
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}
