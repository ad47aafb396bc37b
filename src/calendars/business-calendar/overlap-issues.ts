import { formatClock, WEEKDAYS } from '../../_lib/local-time.js';
import { spillOf, type ClockRange } from './clock-ranges.js';
import type { OpeningHours } from './opening-hours.js';

/** A problem found in validated text, with the path of the range to blame. */
export interface HoursIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * Ranges that overlap: on one day, or a range that runs past midnight into the next day's first
 * range (the week wraps: Sunday night runs into Monday). Touching ranges (`'09:00-12:00'`,
 * `'12:00-15:00'`) are fine: they are one open stretch. A closure is checked against the hours
 * of the days either side of it.
 */
export function overlapIssues(hours: OpeningHours): HoursIssue[] {
  const issues: HoursIssue[] = [];
  WEEKDAYS.forEach((day, i) => {
    const ranges = hours.weekly[i]!;
    const next = hours.weekly[(i + 1) % 7]!;
    const base = ['hours', day];
    sameDayOverlaps(ranges, base, issues);
    const spill = spillOf(ranges);
    if (next[0] && next[0].start < spill) {
      const nextDay = WEEKDAYS[(i + 1) % 7]!;
      issues.push({
        path: rangePath(['hours', nextDay], next[0]),
        message: `overlaps the ${day} range that runs past midnight until ${clock(spill)}`,
      });
    }
  });
  for (const [dayNumber, closure] of hours.closures) {
    const base = ['closures', closure.index, 'hours'];
    sameDayOverlaps(closure.ranges, base, issues);
    const first = closure.ranges[0];
    const spillIn = spillOf(hours.rangesOn(dayNumber - 1));
    if (first && first.start < spillIn) {
      issues.push({ path: rangePath(base, first), message: `overlaps the previous day's hours, which run until ${clock(spillIn)}` });
    }
    const spillOut = spillOf(closure.ranges);
    const following = hours.rangesOn(dayNumber + 1)[0];
    // Against a following closure, that closure reports it (as its previous day's spill).
    if (following && following.start < spillOut && !hours.closures.has(dayNumber + 1)) {
      const late = closure.ranges.reduce((a, b) => (b.end > a.end ? b : a));
      issues.push({ path: rangePath(base, late), message: `runs past midnight into the next day's hours, which start at ${clock(following.start)}` });
    }
  }
  return issues;
}

function sameDayOverlaps(ranges: readonly ClockRange[], base: PropertyKey[], issues: HoursIssue[]): void {
  let end = -1;
  for (const range of ranges) {
    if (range.start < end) issues.push({ path: rangePath(base, range), message: `overlaps an earlier range of the same day, which runs until ${clock(end)}` });
    end = Math.max(end, range.end);
  }
}

function rangePath(base: PropertyKey[], range: ClockRange): PropertyKey[] {
  return range.index === undefined ? base : [...base, range.index];
}

function clock(minutes: number): string {
  return minutes > 1440 ? `${formatClock(minutes - 1440)} the next day` : formatClock(minutes);
}
