import fc from 'fast-check';
import type { MaintenanceScheduleConfig } from '../../../src/calendars/maintenance/maintenance-schedule-config-schema.js';
import type { WindowSpec } from '../../../src/calendars/maintenance/window-spec-schema.js';

const DAY = 86_400_000;
export const ZONES = ['Europe/Oslo', 'America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kolkata', 'UTC'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Nights with DST changes in the zones above (2025–2027), so ranges land on them often.
const DST_DAYS = ['2025-03-09', '2025-03-30', '2025-04-06', '2025-09-28', '2025-10-05', '2025-10-26', '2025-11-02',
  '2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01', '2027-03-28', '2027-10-31']
  .map((d) => Date.parse(`${d}T00:00:00Z`));

const two = (n: number): string => String(n).padStart(2, '0');
const clock = (minute: number): string => `${two(Math.floor(minute / 60))}:${two(minute % 60)}`;
// Starts near the small hours (where the DST changes are) half of the time.
const minuteArb = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 16 }).map((q) => q * 15));
const dateArb = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z') / DAY, max: Date.parse('2027-12-31T00:00:00Z') / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

function repeatArb(index: number): fc.Arbitrary<WindowSpec['repeat']> {
  const options: fc.Arbitrary<WindowSpec['repeat']>[] = [
    fc.constant({ every: 'day' as const }),
    fc.record({
      every: fc.constant('week' as const),
      on: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      interval: fc.integer({ min: 1, max: 4 }),
      anchor: dateArb,
    }),
    fc.record({ every: fc.constant('month' as const), on: fc.constantFrom(...WEEKDAYS), nth: fc.constantFrom(1, 2, 3, 4, 5, -1) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | -1> }),
    fc.record({ once: dateArb }),
  ];
  // Only earlier windows can be referenced, so generated schedules never have cycles.
  if (index > 0) options.push(fc.record({ after: fc.integer({ min: 0, max: index - 1 }).map((j) => `w${j}`), on: fc.constantFrom(...WEEKDAYS) }));
  return fc.oneof(...options);
}

function windowArb(index: number, anchorDay: number): fc.Arbitrary<WindowSpec> {
  return fc.record({
    start: minuteArb,
    length: fc.oneof(
      fc.record({ end: minuteArb.map(clock) }),
      fc.record({ duration: fc.oneof(fc.integer({ min: 1, max: 30 * 3_600_000 }), fc.constant(3000)) }),
    ),
    repeat: repeatArb(index),
    except: fc.array(fc.integer({ min: -10, max: 40 }).map((d) => new Date((anchorDay + d) * DAY).toISOString().slice(0, 10)), { maxLength: 3 }),
    cohort: fc.option(fc.constantFrom('early', 'main'), { nil: undefined }),
  }).map(({ start, length, repeat, except, cohort }) => ({
    id: `w${index}`,
    start: clock(start),
    ...length,
    repeat,
    except,
    ...(cohort !== undefined && { cohort }),
  }));
}

/** A range start: near a DST night most of the time, anywhere in 2025–2027 otherwise. */
export const fromArb = fc.oneof(
  fc.tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -5 * DAY, max: 3 * DAY })).map(([d, off]) => d + off),
  fc.integer({ min: Date.parse('2025-01-02T00:00:00Z'), max: Date.parse('2027-12-01T00:00:00Z') }),
);

/** A schedule (1–4 windows in a zone) together with a range start that its except dates sit near. */
export const scheduleAndFromArb: fc.Arbitrary<{ config: MaintenanceScheduleConfig; from: number }> = fromArb.chain((from) =>
  fc.record({
    timeZone: fc.constantFrom(...ZONES),
    count: fc.integer({ min: 1, max: 4 }),
  }).chain(({ timeZone, count }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => windowArb(i, Math.floor(from / DAY))))
      .map((windows) => ({ config: { timeZone, windows }, from }))));
