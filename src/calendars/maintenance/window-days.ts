import { civilDate, dayNumber, daysInMonth, weekdayIndex, weekdayOnOrAfter, weekdayOnOrBefore } from '../../_lib/local-time.js';
import type { CompiledWindow } from './compiled-window.js';

/**
 * The local start dates (day numbers, ascending, unique) of `window` in `[firstDay, lastDay]`,
 * exceptions removed. Pure date arithmetic: each rule jumps straight to its days, so the cost is
 * the number of days produced, not the number of days (or minutes) in the range.
 */
export function windowDays(window: CompiledWindow, firstDay: number, lastDay: number): number[] {
  if (firstDay > lastDay) return [];
  const days = patternDays(window, firstDay, lastDay);
  if (window.except.size === 0) return days;
  return days.filter((d) => !window.except.has(d));
}

function patternDays(window: CompiledWindow, firstDay: number, lastDay: number): number[] {
  const out: number[] = [];
  const r = window.repeat;
  switch (r.type) {
    case 'day':
      for (let d = firstDay; d <= lastDay; d++) out.push(d);
      return out;
    case 'once':
      if (r.day >= firstDay && r.day <= lastDay) out.push(r.day);
      return out;
    case 'week': {
      const step = r.interval * 7;
      const monday = firstDay - weekdayIndex(firstDay);
      // First Monday of a cycle at or after the week of firstDay: weeks count from the anchor's week.
      let m = monday + mod((r.anchorMonday - monday) / 7, r.interval) * 7;
      for (; m <= lastDay; m += step) {
        for (const wd of r.weekdays) {
          const d = m + wd;
          if (d >= firstDay && d <= lastDay) out.push(d);
        }
      }
      return out;
    }
    case 'month': {
      let { year, month } = civilDate(firstDay);
      for (;;) {
        const first = dayNumber(year, month, 1);
        if (first > lastDay) return out;
        const length = daysInMonth(year, month);
        const d = r.nth > 0
          ? weekdayOnOrAfter(first, r.weekday) + 7 * (r.nth - 1)
          : weekdayOnOrBefore(first + length - 1, r.weekday);
        if (d < first + length && d >= firstDay && d <= lastDay) out.push(d);
        if (++month > 12) { month = 1; year++; }
      }
    }
    case 'after': {
      // The first `on` weekday strictly after a source date lies 1–7 days later.
      for (const s of windowDays(r.source, firstDay - 7, lastDay - 1)) {
        const d = weekdayOnOrAfter(s + 1, r.weekday);
        if (d >= firstDay && d <= lastDay && d !== out[out.length - 1]) out.push(d);
      }
      return out;
    }
  }
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
