import type { ZoneTable } from '../../calendars/zone-table.js';
import { DAY_MS, WEEKDAYS, weekdayIndex } from '../../_lib/local-time.js';
import type { Exemption } from './builtin-rule-schema.js';
import type { NormalisedVendorAccessRequest } from './read-vendor-access-request.js';

const HOUR_MS = 3_600_000;

/** The facts every vendor-access rule sees (see VENDOR_ACCESS_FACTS for their meaning). */
export type VendorAccessFacts = ReturnType<typeof vendorAccessFacts>;

/**
 * Derives the flat facts from a validated request. Notice and duration are exact elapsed hours;
 * weekday and hour are local to `zone`.
 */
export function vendorAccessFacts(request: NormalisedVendorAccessRequest, nowMs: number, zone: ZoneTable, exemption: Exemption) {
  const localStart = zone.toLocal(request.start);
  const day = Math.floor(localStart / DAY_MS);
  const software = request.software;
  return {
    request,
    exempt: request.purpose === exemption.when.purpose && request.target.kind === exemption.when.targetKind,
    infrastructure: request.target.kind !== 'workstation',
    noticeHours: (request.start - request.requestedAt) / HOUR_MS,
    durationHours: (request.end - request.start) / HOUR_MS,
    startWeekday: WEEKDAYS[weekdayIndex(day)]!,
    startHour: Math.floor((localStart - day * DAY_MS) / HOUR_MS),
    agreementForm: request.agreement.form,
    admin: request.account.admin,
    adminJustified: (request.account.adminJustification ?? '').trim() !== '',
    supervised: (request.supervisor ?? '').trim() !== '',
    walkthrough: request.walkthrough === true,
    confirmed: request.confirmations?.client !== undefined && request.confirmations.vendor !== undefined,
    started: nowMs >= request.start,
    licensed: software?.licensed ?? true,
    vendorSupported: software?.vendorSupported ?? true,
  };
}
