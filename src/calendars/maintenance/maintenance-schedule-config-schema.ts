import * as z from 'zod/mini';
import { DurationSchema } from '../../_lib/duration.js';
import { WindowSpecSchema } from './window-spec-schema.js';

/** The configuration of `maintenanceSchedule`: a zone, its windows, and the announcement lead time. */
export const MaintenanceScheduleConfigSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    timeZone: z.string().check(z.minLength(1, { error: 'expected an IANA time zone name' })),
    windows: z.array(WindowSpecSchema),
    notice: z.optional(DurationSchema),
  }))();
export type MaintenanceScheduleConfig = z.infer<typeof MaintenanceScheduleConfigSchema>;
