// Shared generators and policies for the SLA property tests.
import fc from 'fast-check';
import { businessCalendar } from '../../src/calendars/business-calendar.js';
import { ukBusinessHours } from '../../src/presets/uk-business-hours.js';
import { slaPolicy } from '../../src/sla/sla-policy.js';
import type { RefTicket } from '../reference/sla-reference.js';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const uk = ukBusinessHours();
const day = '00:00-24:00';
export const allDay = businessCalendar({ timeZone: 'UTC', hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } });

/** Severity → (calendar, target): a 24/7 severity 1, UK hours for the rest, one target over a week long. */
export const TARGETS = {
  '1': { calendar: allDay, targetMs: HOUR },
  '2': { calendar: uk, targetMs: 4 * HOUR },
  '3': { calendar: uk, targetMs: 8 * HOUR },
  '4': { calendar: uk, targetMs: 50 * HOUR },
} as const;
export type Sev = keyof typeof TARGETS;
export const SEVERITIES = Object.keys(TARGETS) as Sev[];

export const policy = slaPolicy({
  calendar: uk,
  targets: { 1: { within: { hours: 1 }, calendar: allDay }, 2: { hours: 4 }, 3: { hours: 8 }, 4: { within: 50 * HOUR } },
});

// Mid-2025 to mid-2027: two Christmases, four DST changes. Minute steps, sometimes odd milliseconds.
const FROM = Date.UTC(2025, 5, 1);
const TO = Date.UTC(2027, 5, 1);
export const instantArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE) },
  { weight: 1, arbitrary: fc.integer({ min: FROM, max: TO }) },
);
/** An offset from an instant: mostly within days, in minutes or odd ms. */
export const offsetArb = fc.oneof(
  fc.integer({ min: -2 * 24 * 60, max: 10 * 24 * 60 }).map((m) => m * MINUTE),
  fc.integer({ min: 0, max: 5 * 24 * HOUR }),
);

export const pauseArb = (receivedAt: number) =>
  fc.record({
    from: offsetArb.map((o) => receivedAt + o),
    len: fc.option(fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => m * MINUTE), { nil: undefined, freq: 6 }),
  }).map(({ from, len }) => (len === undefined ? { from } : { from, to: from + len }));

export const ticketArb: fc.Arbitrary<RefTicket> = fc
  .record({ severity: fc.constantFrom(...SEVERITIES), receivedAt: instantArb })
  .chain(({ severity, receivedAt }) =>
    fc.record({
      severity: fc.constant<string>(severity),
      receivedAt: fc.constant(receivedAt),
      respondedAt: fc.option(fc.integer({ min: 0, max: 8 * 24 * 60 }).map((m) => receivedAt + m * MINUTE), { nil: undefined }),
      pauses: fc.array(pauseArb(receivedAt), { maxLength: 3 }),
    }),
  )
  .map(({ respondedAt, ...rest }): RefTicket => (respondedAt === undefined ? rest : { ...rest, respondedAt }));

/** The ticket as a user would pass it: numeric severities sometimes, instants as Date/number/ISO. */
export function asInput(t: RefTicket, style: number) {
  const inst = (ms: number) => (style % 3 === 0 ? ms : style % 3 === 1 ? new Date(ms) : new Date(ms).toISOString());
  return {
    severity: style % 2 === 0 ? Number(t.severity) : t.severity,
    receivedAt: inst(t.receivedAt),
    ...(t.respondedAt === undefined ? {} : { respondedAt: inst(t.respondedAt) }),
    pauses: t.pauses.map((p) => (p.to === undefined ? { from: inst(p.from) } : { from: inst(p.from), to: inst(p.to) })),
  };
}
