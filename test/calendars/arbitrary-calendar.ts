import fc from 'fast-check';
import type { HolidaySource } from '../../src/index.js';
import type { ReferenceConfig } from '../reference/reference-calendar.js';

/**
 * Random calendars for property tests, valid by construction, around windows chosen where time
 * is hard: each zone's 2026 DST changes (none for Kolkata) and New Year in zones ahead of, on and
 * behind UTC (where a local year starts on another UTC date).
 */
export const WINDOWS = [
  { timeZone: 'Europe/London', anchor: '2026-03-29' },
  { timeZone: 'Europe/London', anchor: '2026-10-25' },
  { timeZone: 'Europe/London', anchor: '2027-01-01' },
  { timeZone: 'Europe/Oslo', anchor: '2026-03-29' },
  { timeZone: 'Europe/Oslo', anchor: '2026-10-25' },
  { timeZone: 'America/New_York', anchor: '2026-03-08' },
  { timeZone: 'America/New_York', anchor: '2026-11-01' },
  { timeZone: 'America/New_York', anchor: '2027-01-01' },
  { timeZone: 'Australia/Lord_Howe', anchor: '2026-04-05' },
  { timeZone: 'Australia/Lord_Howe', anchor: '2026-10-04' },
  { timeZone: 'Pacific/Chatham', anchor: '2026-04-05' },
  { timeZone: 'Pacific/Chatham', anchor: '2026-09-27' },
  { timeZone: 'Pacific/Chatham', anchor: '2027-01-01' },
  { timeZone: 'Asia/Kolkata', anchor: '2026-06-15' },
] as const;

/** Holidays and closures fall within this many days of the anchor. */
export const SPREAD_DAYS = 12;

export interface Scenario {
  config: ReferenceConfig;
  /** The anchor as UTC minutes since 1970 (midnight UTC of the anchor date). */
  anchorMinute: number;
  /** Business minutes in a week of the weekly hours (DST, holidays and closures aside). */
  weeklyMinutes: number;
}

const WEEK = 7 * 1440;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Ranges per weekday (0 = Monday) in minutes after local midnight; an end past 1440 runs past midnight. */
type WeeklyRanges = [number, number][][];

// Open/closed stretches laid around the week as a circle: never overlapping, sometimes touching
// (gap 0, also across midnight), some running past midnight, some a full 24 hours. Each calendar
// picks a unit (any minute, quarter hours or whole hours) so that boundaries often fall on the
// wall times DST changes skip or repeat.
const circleArb: fc.Arbitrary<WeeklyRanges> = fc
  .constantFrom(1, 15, 60)
  .chain((unit) => {
    const units = (min: number, max: number) => fc.integer({ min: Math.ceil(min / unit), max: Math.floor(max / unit) }).map((n) => n * unit);
    return fc.record({
      offset: units(0, 1439),
      segments: fc.array(fc.record({ gap: fc.oneof(fc.constant(0), units(1, 2880)), duration: units(1, 1440) }), { minLength: 1, maxLength: 10 }),
    });
  })
  .map(({ offset, segments }) => {
    const weekly: WeeklyRanges = DAYS.map(() => []);
    let position = offset;
    for (const { gap, duration } of segments) {
      const start = position + gap;
      if (start + duration > offset + WEEK) break;
      weekly[Math.floor(start / 1440) % 7]!.push([start % 1440, (start % 1440) + duration]);
      position = start + duration;
    }
    return weekly;
  });

// The wall times at which the test zones change offset (gap and repeat edges: London 01:00/02:00,
// Oslo and New York 02:00/03:00, Lord Howe 01:30/02:00/02:30, Chatham 02:45/03:45), as range
// boundaries within a day, so every edge is hit often.
const EDGES = [0, 60, 90, 120, 150, 165, 180, 225, 240, 1440];
const edgesArb: fc.Arbitrary<WeeklyRanges> = fc
  .array(fc.subarray(EDGES, { minLength: 2 }), { minLength: 7, maxLength: 7 })
  .map((days) =>
    days.map((points) => {
      const ranges: [number, number][] = [];
      for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i]!, points[i + 1]!]);
      return ranges;
    }),
  );

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    window: fc.constantFrom(...WINDOWS),
    weekly: fc.oneof({ arbitrary: circleArb, weight: 3 }, { arbitrary: edgesArb, weight: 1 }),
    holidayDays: fc.uniqueArray(fc.integer({ min: -SPREAD_DAYS, max: SPREAD_DAYS }), { maxLength: 6 }),
    closures: fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: -SPREAD_DAYS, max: SPREAD_DAYS }),
        special: fc.option(fc.array(fc.record({ gap: fc.integer({ min: 0, max: 600 }), duration: fc.integer({ min: 1, max: 900 }) }), { maxLength: 3 })),
      }),
      { selector: (c) => c.day, maxLength: 4 },
    ),
  })
  .map(({ window, weekly, holidayDays, closures }) => {
    const weeklyMinutes = weekly.flat().reduce((sum, [start, end]) => sum + end - start, 0);
    const hours: ReferenceConfig['hours'] = {};
    weekly.forEach((ranges, i) => {
      if (ranges.length > 0) hours[DAYS[i]!] = ranges.length === 1 ? rangeText(ranges[0]!) : ranges.map(rangeText);
    });
    const anchorDay = Date.parse(`${window.anchor}T00:00:00Z`) / 86_400_000;
    const holidayDates = holidayDays.map((d) => isoDate(anchorDay + d));
    const source: HolidaySource = {
      name: 'test-holidays',
      holidaysIn: (year) => holidayDates.filter((date) => +date.slice(0, 4) === year).map((date) => ({ date, name: 'test' })),
    };
    const config: ReferenceConfig = {
      timeZone: window.timeZone,
      hours,
      holidays: [source],
      closures: closures.map(({ day, special }) => {
        const date = isoDate(anchorDay + day);
        if (special === null) return { date };
        // Special hours stay within their day and start after the previous day's shift has ended.
        const previous = weekly[(weekdayOf(anchorDay + day) + 6) % 7]!;
        let at = Math.max(0, ...previous.map(([, end]) => end - 1440));
        const ranges: string[] = [];
        for (const { gap, duration } of special) {
          if (at + gap + duration > 1440) break;
          ranges.push(rangeText([at + gap, at + gap + duration]));
          at += gap + duration;
        }
        return { date, hours: ranges };
      }),
    };
    return { config, anchorMinute: anchorDay * 1440, weeklyMinutes };
  });

function rangeText([start, end]: [number, number]): string {
  return `${clock(start)}-${clock(end > 1440 ? end - 1440 : end)}`;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday. */
function weekdayOf(day: number): number {
  return (new Date(day * 86_400_000).getUTCDay() + 6) % 7;
}
