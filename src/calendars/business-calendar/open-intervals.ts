import { fail } from '../../errors.js';
import { DAY_MS } from '../../_lib/local-time.js';
import { ZONE_MAX_YEAR, ZONE_MIN_YEAR } from '../zone-table.js';
import type { CoverageBounds } from './coverage-bounds.js';
import { appendInterval, type IntervalList } from './year-intervals.js';

/** Calendars answer for local years 1901–2199: the zone tables' range less a year of margin. */
const CALENDAR_MIN_YEAR = ZONE_MIN_YEAR + 1;
const CALENDAR_MAX_YEAR = ZONE_MAX_YEAR - 1;

/** A search for business time (or for a closing) gives up after this long: two years and a day. */
const MAX_SEARCH_MS = 732 * DAY_MS;

/**
 * A query further than this from the built years starts afresh instead of building every year
 * between. Closer ones extend the store: a year costs well under a millisecond to build, while
 * starting afresh for a one-year gap made queries that alternate between two years (a report over
 * 2026 and 2029 tickets) rebuild on every call.
 */
const FAR_MS = 25 * 366 * DAY_MS;

type Path = readonly PropertyKey[];

/**
 * A calendar's open intervals over the local years built so far, with a prefix sum of business
 * milliseconds, so that `between` is two binary searches and `add` a galloping search: the cost
 * grows with the logarithm of the distance, not with the number of days.
 *
 * Years are built on first use and kept (a memo: which years are built never changes a result).
 * `cum` is relative to the first built interval and shifts when an earlier year is added, so a
 * caller never keeps a position across a call that may extend the store.
 */
export class OpenIntervals {
  starts = new Float64Array(0);
  ends = new Float64Array(0);
  /** `cum[i]`: business ms before interval `i`; `cum[n]`: all of it. */
  cum = new Float64Array(1);
  n = 0;
  /** Every open interval that meets `[completeFrom, completeTo)` is in the arrays. */
  completeFrom = Infinity;
  completeTo = -Infinity;
  private firstYear = 0;
  private lastYear = -1;
  private list: IntervalList = { starts: [], ends: [] };

  constructor(
    private readonly buildYear: (year: number) => IntervalList,
    private readonly bounds: CoverageBounds,
    /** The local year of an instant: where to start, so a first query builds one year, not two. */
    private readonly localYear: (t: number) => number,
  ) {}

  /**
   * Makes sure `t` lies in the complete region; `path` names the argument for range errors.
   * A `t` more than 25 years away from what is built starts afresh around `t` (a query in 2150
   * after one in 2026 builds 2150, not every year between), unless `keep` says that an earlier
   * position must stay valid (the second end of `between`).
   */
  cover(t: number, path: Path, keep = false): void {
    if (t >= this.completeFrom && t < this.completeTo) return;
    if (!keep && (t < this.completeFrom - FAR_MS || t >= this.completeTo + FAR_MS)) this.lastYear = this.firstYear - 1;
    if (this.lastYear < this.firstYear) {
      this.checkYear(new Date(t).getUTCFullYear(), path); // before asking the zone about t
      const year = this.localYear(t);
      this.checkYear(year, path);
      this.firstYear = this.lastYear = year;
      this.list = this.buildYear(year);
      this.completeFrom = this.bounds.from(year);
      this.completeTo = this.bounds.to(year);
      this.index();
    }
    while (t < this.completeFrom) this.prepend(path);
    while (t >= this.completeTo) this.append(path);
  }

  /** Adds the next local year, after checking that business time was seen within the search bound since `origin`. */
  extendForward(origin: number, path: Path, what: SearchFailure): void {
    if (this.completeTo - origin > MAX_SEARCH_MS) fail(what.code, path, what.message(origin));
    this.append(path);
  }

  /** Adds the previous local year, likewise. */
  extendBackward(origin: number, path: Path, what: SearchFailure): void {
    if (origin - this.completeFrom > MAX_SEARCH_MS) fail(what.code, path, what.message(origin));
    this.prepend(path);
  }

  /** The last interval starting at or before `t`, or -1. */
  indexAt(t: number): number {
    const starts = this.starts;
    let lo = -1;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Business ms before `t`, measured from the first interval; `i` is `indexAt(t)`. */
  cumAt(t: number, i: number): number {
    if (i < 0) return 0;
    return this.cum[i]! + Math.min(t - this.starts[i]!, this.ends[i]! - this.starts[i]!);
  }

  /** The first interval `k ≥ from` whose end is reached at `c` (`cum[k + 1] ≥ c`); `n` if none. Gallops from `from`, so near answers are cheap. */
  reaching(c: number, from: number): number {
    const cum = this.cum;
    let lo = from;
    let step = 1;
    let hi = from;
    while (hi < this.n && cum[hi + 1]! < c) {
      lo = hi + 1;
      hi = Math.min(this.n, hi + step);
      step *= 2;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1]! >= c) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The last interval `k ≤ from` that starts at or before business position `c` (`cum[k] ≤ c`). Gallops down from `from`. */
  startingBy(c: number, from: number): number {
    const cum = this.cum;
    let hi = from;
    let step = 1;
    let lo = from;
    while (lo > 0 && cum[lo]! > c) {
      hi = lo - 1;
      lo = Math.max(0, lo - step);
      step *= 2;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cum[mid]! <= c) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private append(path: Path): void {
    const year = this.lastYear + 1;
    this.checkYear(year, path);
    const next = this.buildYear(year);
    const list = this.list;
    for (let i = 0; i < next.starts.length; i++) appendInterval(list, next.starts[i]!, next.ends[i]!);
    this.lastYear = year;
    this.completeTo = this.bounds.to(year);
    this.index();
  }

  private prepend(path: Path): void {
    const year = this.firstYear - 1;
    this.checkYear(year, path);
    const list = this.buildYear(year);
    const old = this.list;
    for (let i = 0; i < old.starts.length; i++) appendInterval(list, old.starts[i]!, old.ends[i]!);
    this.list = list;
    this.firstYear = year;
    this.completeFrom = this.bounds.from(year);
    this.index();
  }

  private index(): void {
    const { starts, ends } = this.list;
    const n = starts.length;
    this.n = n;
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + ends[i]! - starts[i]!;
    this.cum = cum;
  }

  private checkYear(year: number, path: Path): void {
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
      fail('OUT_OF_RANGE', path, `business calendars cover the years ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}; this needs ${year}`);
    }
  }
}

/** What to throw when a search runs past `MAX_SEARCH_MS`. */
export interface SearchFailure {
  readonly code: 'NO_BUSINESS_HOURS' | 'OUT_OF_RANGE';
  message(origin: number): string;
}
