import * as z from 'zod/mini';
import { DurationSchema, toDurationMs, toPositiveDurationMs } from '../_lib/duration.js';
import { parseInput } from '../_lib/validate.js';
import { maintenanceSchedule, type MaintenanceSchedule } from '../calendars/maintenance/maintenance-schedule.js';
import { LocalDateSchema, type WindowSpec } from '../calendars/maintenance/window-spec-schema.js';

/**
 * Options of `crmMaintenance`. Anchors are any date in the first ISO week (Monday–Sunday) of a
 * cycle; the source names none, so the defaults are documented choices, not facts.
 */
export const CrmMaintenanceOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A date in a system-maintenance week (every second week). Default `'2026-01-02'` (ISO week 1 of 2026). */
    systemAnchor: z.optional(LocalDateSchema),
    /** A date in an application-upgrade week (every third week). Default `'2026-01-06'` (ISO week 2 of 2026). */
    applicationAnchor: z.optional(LocalDateSchema),
    /** Expected length of an application upgrade. Default 30 minutes ("rarely over 30 minutes"). */
    applicationDuration: z.optional(DurationSchema),
    /** Length of the nightly restart. Default 3 seconds (the upper end of "1–3 seconds"). */
    restartDuration: z.optional(DurationSchema),
    /** Announcement lead time. Default 24 hours. */
    notice: z.optional(DurationSchema),
  }))();
export type CrmMaintenanceOptions = z.infer<typeof CrmMaintenanceOptionsSchema>;

const CRM_SYSTEM_ANCHOR = '2026-01-02';
const CRM_APPLICATION_ANCHOR = '2026-01-06';

/**
 * The seed-002 maintenance plan (POLICIES.md §2) in `Europe/Oslo`. Window ids are the rule ids:
 * - `maintenance.system` (kind `system`): every second week, Friday 00:00–06:00;
 * - `maintenance.application.early` (kind `application`, cohort `early`, 10 % of tenants): every
 *   third week, Tuesday 22:00, for `applicationDuration`;
 * - `maintenance.application.main` (kind `application`, cohort `main`): the Friday after each
 *   early wave, 22:00, for `applicationDuration`;
 * - `maintenance.restart` (kind `restart`): every night at 02:00, for `restartDuration`;
 * - `maintenance.os-vendor-patches` (kind `os-vendor-patches`): the second Friday of each month,
 *   00:00–06:00.
 * Infrastructure and emergency work is ad hoc: see `checkInfrastructureWindow`, `checkEmergencyPatch`.
 *
 * @example
 * crmMaintenance().next('2026-04-01T00:00:00Z', { kind: 'os-vendor-patches' })?.start
 * //=> 2026-04-09T22:00:00.000Z (Friday 10 April 2026, 00:00 CEST)
 * crmMaintenance({ applicationDuration: { minutes: 45 } }).next('2026-01-01T00:00:00Z', { cohort: 'early', kind: 'application' })?.end
 * //=> 2026-01-06T21:45:00.000Z (Tuesday 6 January 2026, 22:00–22:45 CET)
 */
export function crmMaintenance(options: CrmMaintenanceOptions = {}): MaintenanceSchedule {
  const o = parseInput(CrmMaintenanceOptionsSchema, options, ['options']);
  const applicationMs = toPositiveDurationMs(o.applicationDuration ?? { minutes: 30 }, ['options', 'applicationDuration']);
  const restartMs = toPositiveDurationMs(o.restartDuration ?? { seconds: 3 }, ['options', 'restartDuration']);
  const notice = toDurationMs(o.notice ?? { hours: 24 }, ['options', 'notice']);
  const windows: WindowSpec[] = [
    {
      id: 'maintenance.system', title: 'System maintenance', kind: 'system',
      start: '00:00', end: '06:00',
      repeat: { every: 'week', on: 'fri', interval: 2, anchor: o.systemAnchor ?? CRM_SYSTEM_ANCHOR },
    },
    {
      id: 'maintenance.application.early', title: 'Application upgrade (early wave)', kind: 'application', cohort: 'early',
      start: '22:00', duration: applicationMs,
      repeat: { every: 'week', on: 'tue', interval: 3, anchor: o.applicationAnchor ?? CRM_APPLICATION_ANCHOR },
    },
    {
      id: 'maintenance.application.main', title: 'Application upgrade (main wave)', kind: 'application', cohort: 'main',
      start: '22:00', duration: applicationMs,
      repeat: { after: 'maintenance.application.early', on: 'fri' },
    },
    {
      id: 'maintenance.restart', title: 'Nightly server restart', kind: 'restart',
      start: '02:00', duration: restartMs,
      repeat: { every: 'day' },
    },
    {
      id: 'maintenance.os-vendor-patches', title: 'OS vendor security patches', kind: 'os-vendor-patches',
      start: '00:00', end: '06:00',
      repeat: { every: 'month', on: 'fri', nth: 2 },
    },
  ];
  return maintenanceSchedule({ timeZone: 'Europe/Oslo', windows, notice });
}
