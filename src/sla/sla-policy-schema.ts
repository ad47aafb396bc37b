import * as z from 'zod/mini';
import { DurationSchema } from '../_lib/duration.js';
import type { BusinessCalendar } from '../calendars/business-calendar.js';

const CALENDAR_METHODS = ['isOpen', 'nextOpen', 'nextClose', 'add', 'between', 'intervals'] as const;

/** True for anything shaped like a `BusinessCalendar` (ours, or a user's own implementation). */
export function isBusinessCalendar(value: unknown): value is BusinessCalendar {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c.timeZone === 'string' && CALENDAR_METHODS.every((m) => typeof c[m] === 'function');
}

// Built in pure calls, so a bundle that never imports a schema drops it (and zod with it).
export const BusinessCalendarSchema = /* @__PURE__ */ (() =>
  z.custom<BusinessCalendar>(isBusinessCalendar, 'expected a BusinessCalendar (from businessCalendar() or ukBusinessHours())'))();

/**
 * One severity's target: a duration of business time (`{ hours: 4 }`, or milliseconds), or
 * `{ within, calendar }` to count it on a calendar of its own (a 24/7 severity 1). Must be > 0.
 */
export const SlaTargetSchema = /* @__PURE__ */ (() =>
  z.union([z.object({ within: DurationSchema, calendar: z.optional(BusinessCalendarSchema) }), DurationSchema]))();
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

/**
 * The configuration of `slaPolicy`: the calendar business time is counted on, and a response
 * target per severity. Keys are severities; a numeric severity on a ticket finds the key spelled
 * the same (`1` finds `'1'`).
 */
export const SlaPolicyConfigSchema = /* @__PURE__ */ (() =>
  z.object({ calendar: BusinessCalendarSchema, targets: z.record(z.string(), SlaTargetSchema) }))();
export type SlaPolicyConfig = z.infer<typeof SlaPolicyConfigSchema>;
