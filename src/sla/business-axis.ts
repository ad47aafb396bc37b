import type { BusinessCalendar } from '../calendars/business-calendar.js';
import { fail } from '../errors.js';
import { DAY_MS } from '../_lib/local-time.js';

/**
 * A calendar's business time as one straight line: `at(t)` is the business milliseconds from a
 * fixed origin to the instant `t`, so the business time in `[a, b)` is `at(b) - at(a)`, and
 * `instantAt(p)` is the earliest instant at position `p` (a deadline reached exactly at closing
 * time is that closing time, as `BusinessCalendar.add` says).
 *
 * Built lazily, one UTC year at a time, from the calendar's public `intervals()`, and kept
 * contiguous (a query years away from the built ones reads the years between, once). After that
 * `at` is a short scan within one day and `instantAt` a few steps from the previous lookup (a
 * binary search when the target is far), which is what lets `status` and `report` run a million
 * tickets a second without calling `add`/`between` (and their validation) per ticket. It is a
 * memo: which years happen to be built, and where the last lookup was, never change a result.
 */
export interface BusinessAxis {
  /** Business ms from the origin to `utcMs` (negative before it). */
  at(utcMs: number): number;
  /** The earliest instant whose position is `position`; `position` must lie after a covered instant. */
  instantAt(position: number): number;
}

// A calendar that stays closed this many years in a row would never meet a target: stop, don't spin.
const MAX_EMPTY_YEARS = 20;

export function businessAxis(calendar: BusinessCalendar): BusinessAxis {
  // Parallel arrays over [coveredFrom, coveredTo): open interval i is [starts[i], ends[i]) and has
  // cum[i] business ms before it; cumEnd[i] = cum[i] + its length.
  let starts: number[] = [];
  let ends: number[] = [];
  let cum: number[] = [];
  let cumEnd: number[] = [];
  // firstOfDay[d]: the first interval ending after the start of UTC day `firstDay + d`. It turns a
  // lookup into a short scan within one day instead of a binary search over years.
  let firstOfDay: number[] = [];
  let firstDay = 0;
  let coveredFrom = 0;
  let coveredTo = 0;
  let posFrom = 0; // position of coveredFrom
  let posTo = 0; // position of coveredTo
  let built = false;
  let hint = 0; // the interval of the last lookup: deadlines sit a few intervals after it

  const yearStart = (utcMs: number): number => Date.UTC(new Date(utcMs).getUTCFullYear(), 0, 1);
  const nextYear = (utcMs: number): number => Date.UTC(new Date(utcMs).getUTCFullYear() + 1, 0, 1);

  const read = (from: number, to: number): { s: number[]; e: number[]; total: number } => {
    const s: number[] = [];
    const e: number[] = [];
    let total = 0;
    let last = from;
    for (const { start, end } of calendar.intervals(from, to)) {
      const a = start.getTime();
      const b = end.getTime();
      // The index is only as good as the calendar's intervals: refuse ones that break the contract.
      if (!(a >= last && b > a && b <= to)) {
        fail('INVALID_INPUT', ['calendar'], 'calendar.intervals() returned unsorted, overlapping or empty intervals');
      }
      s.push(a);
      e.push(b);
      total += b - a;
      last = b;
    }
    return { s, e, total };
  };

  // Days [fromDay, toDay) of firstOfDay, from interval `i` on.
  const indexDays = (fromDay: number, toDay: number, i: number): void => {
    for (let day = fromDay; day < toDay; day++) {
      while (i < ends.length && ends[i]! <= day * DAY_MS) i++;
      firstOfDay[day - firstDay] = i;
    }
  };

  const appendYear = (): number => {
    const from = coveredTo;
    const to = nextYear(from);
    const { s, e, total } = read(from, to);
    const first = starts.length;
    let pos = posTo;
    for (let i = 0; i < s.length; i++) {
      starts.push(s[i]!);
      ends.push(e[i]!);
      cum.push(pos);
      pos += e[i]! - s[i]!;
      cumEnd.push(pos);
    }
    indexDays(from / DAY_MS, to / DAY_MS, first);
    coveredTo = to;
    posTo = pos;
    return total;
  };

  const prependYear = (): void => {
    const from = yearStart(coveredFrom - 1);
    const { s, e, total } = read(from, coveredFrom);
    const c: number[] = [];
    const ce: number[] = [];
    let pos = posFrom - total;
    for (let i = 0; i < s.length; i++) {
      c.push(pos);
      pos += e[i]! - s[i]!;
      ce.push(pos);
    }
    starts = s.concat(starts);
    ends = e.concat(ends);
    cum = c.concat(cum);
    cumEnd = ce.concat(cumEnd);
    coveredFrom = from;
    posFrom -= total;
    // Every index moved: rebuild the day table (rare: only queries before the first year do this).
    firstDay = from / DAY_MS;
    firstOfDay = [];
    indexDays(firstDay, coveredTo / DAY_MS, 0);
  };

  const cover = (utcMs: number): void => {
    if (!built) {
      coveredFrom = coveredTo = yearStart(utcMs);
      firstDay = coveredFrom / DAY_MS;
      built = true;
      appendYear();
    }
    while (utcMs < coveredFrom) prependYear();
    while (utcMs >= coveredTo) appendYear();
  };

  return {
    at(utcMs) {
      if (!built || utcMs < coveredFrom || utcMs >= coveredTo) cover(utcMs);
      // First interval ending after utcMs: a scan within the day.
      let i = firstOfDay[Math.floor(utcMs / DAY_MS) - firstDay]!;
      while (i < ends.length && ends[i]! <= utcMs) i++;
      hint = i;
      if (i === ends.length) return posTo;
      return starts[i]! <= utcMs ? cum[i]! + utcMs - starts[i]! : cum[i]!;
    },
    instantAt(position) {
      let empty = 0;
      while (posTo < position) {
        if (appendYear() > 0) empty = 0;
        else if (++empty >= MAX_EMPTY_YEARS) {
          fail('NO_BUSINESS_HOURS', ['calendar'], `the calendar has no business hours in the ${MAX_EMPTY_YEARS} years before ${new Date(coveredTo).toISOString()}`);
        }
      }
      // First interval whose end position reaches `position`: a few steps from the last lookup
      // for a deadline hours away, a binary search for one months away.
      const n = cumEnd.length;
      let i = hint < n ? hint : n - 1;
      for (let steps = 0; ; steps++) {
        const forward = cumEnd[i]! < position;
        if (!forward && (i === 0 || cumEnd[i - 1]! < position)) break;
        if (steps === 8) {
          let lo = 0;
          let hi = n - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cumEnd[mid]! >= position) hi = mid;
            else lo = mid + 1;
          }
          i = lo;
          break;
        }
        i += forward ? 1 : -1;
      }
      return starts[i]! + (position - cum[i]!);
    },
  };
}
