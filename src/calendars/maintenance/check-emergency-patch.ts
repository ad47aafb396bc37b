import * as z from 'zod/mini';
import { DAY_MS, MINUTE_MS, formatLocalMs, parseClockRange, weekdayIndex } from '../../_lib/local-time.js';
import { InstantSchema, toMs } from '../../_lib/instant.js';
import { parseInput } from '../../_lib/validate.js';
import { fail } from '../../errors.js';
import { zoneTable } from '../zone-table.js';
import type { AdHocCheck } from './ad-hoc-window.js';

export const EmergencyPatchSchema = /* @__PURE__ */ (() =>
  z.object({ start: InstantSchema, end: z.optional(InstantSchema) }))();
export type EmergencyPatch = z.infer<typeof EmergencyPatchSchema>;

/** Options: the zone (default `'Europe/Oslo'`) and the business hours on Monday–Friday (default `'09:00-18:00'`). */
export const EmergencyPatchOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    timeZone: z.optional(z.string()),
    businessHours: z.optional(z.string()),
  }))();
export type EmergencyPatchOptions = z.infer<typeof EmergencyPatchOptionsSchema>;

// Beyond a week a window always meets a working day; no need to walk it.
const LONGEST_WALK_DAYS = 8;

/**
 * `maintenance.emergency`: a critical patch runs after business hours. Reading chosen: it starts at
 * or after 18:00, before 09:00, or on a Saturday or Sunday, local time, and — when `end` is given —
 * does not reach into the Monday–Friday 09:00–18:00 hours. Holidays are not considered (the seed
 * names none). Emergency fixes are exempt from the 24 h notice ("may be posted"), so none is checked.
 *
 * @example
 * checkEmergencyPatch({ start: '2026-04-14T18:00:00+02:00' }) //=> { ok: true, findings: [] }
 * checkEmergencyPatch({ start: '2026-04-14T17:30:00+02:00' }).ok //=> false
 */
export function checkEmergencyPatch(w: EmergencyPatch, options: EmergencyPatchOptions = {}): AdHocCheck {
  const input = parseInput(EmergencyPatchSchema, w, ['w']);
  const o = parseInput(EmergencyPatchOptionsSchema, options, ['options']);
  const zone = zoneTable(o.timeZone ?? 'Europe/Oslo', ['options', 'timeZone']);
  const hours = parseClockRange(o.businessHours ?? '09:00-18:00');
  if (!hours || hours[1] > 1440) fail('INVALID_INPUT', ['options', 'businessHours'], "expected a same-day range 'HH:MM-HH:MM'");
  const startMs = toMs(input.start, ['w', 'start']);
  const endMs = input.end === undefined ? startMs + 1 : toMs(input.end, ['w', 'end']);
  if (endMs <= startMs) fail('INVALID_INPUT', ['w', 'end'], 'expected the end after the start');

  // Overlap with any working day's business hours; a window without an end is its start instant.
  const firstDay = Math.floor(zone.toLocal(startMs) / DAY_MS);
  const lastDay = Math.min(Math.floor(zone.toLocal(endMs - 1) / DAY_MS), firstDay + LONGEST_WALK_DAYS);
  for (let day = firstDay; day <= lastDay; day++) {
    if (weekdayIndex(day) >= 5) continue;
    const open = zone.fromLocal(day * DAY_MS + hours[0] * MINUTE_MS);
    const close = zone.fromLocal(day * DAY_MS + hours[1] * MINUTE_MS);
    if (startMs < close && endMs > open) {
      return {
        ok: false,
        findings: [{
          rule: 'maintenance.emergency',
          message: `emergency patches run after business hours (Mon–Fri ${o.businessHours ?? '09:00-18:00'}, ${zone.timeZone}); this one ${input.end === undefined ? 'starts' : 'runs into them'} at ${formatLocalMs(zone.toLocal(Math.max(startMs, open)))} local time`,
        }],
      };
    }
  }
  return { ok: true, findings: [] };
}
