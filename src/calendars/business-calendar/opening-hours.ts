import { parseLocalDate, weekdayIndex, WEEKDAYS } from '../../_lib/local-time.js';
import { toClockRanges, type ClockRange } from './clock-ranges.js';

type RangesText = string | readonly string[];

/** The validated shape this module reads (a subset of the calendar config). */
export interface OpeningHoursConfig {
  readonly hours: { readonly [day in (typeof WEEKDAYS)[number]]?: RangesText | undefined };
  readonly closures?: readonly { readonly date: string; readonly hours?: RangesText | undefined }[] | undefined;
}

/** A dated closure: its ranges (empty = closed all day) and its position in `closures`. */
export interface ClosureDay {
  readonly ranges: readonly ClockRange[];
  readonly index: number;
}

/**
 * The configured hours in minutes, before holidays: the weekly pattern (0 = Monday) and the
 * closures by local day number. A day's hours are the ranges that start on it.
 */
export interface OpeningHours {
  readonly weekly: readonly (readonly ClockRange[])[];
  readonly closures: ReadonlyMap<number, ClosureDay>;
  /** The ranges a local day would have if it were not a holiday. */
  rangesOn(day: number): readonly ClockRange[];
}

/** Compiles validated config text into minute ranges. */
export function openingHours(config: OpeningHoursConfig): OpeningHours {
  const weekly = WEEKDAYS.map((day) => toClockRanges(config.hours[day]));
  const closures = new Map<number, ClosureDay>();
  config.closures?.forEach((closure, index) => {
    const day = parseLocalDate(closure.date)!;
    // A repeated date is reported by the schema; the first one stands.
    if (!closures.has(day)) closures.set(day, { ranges: toClockRanges(closure.hours), index });
  });
  return {
    weekly,
    closures,
    rangesOn: (day) => closures.get(day)?.ranges ?? weekly[weekdayIndex(day)]!,
  };
}
