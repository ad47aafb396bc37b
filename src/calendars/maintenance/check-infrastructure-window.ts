import { DAY_MS, MINUTE_MS, formatLocalMs, weekdayOnOrBefore } from '../../_lib/local-time.js';
import { parseInput } from '../../_lib/validate.js';
import { zoneTable } from '../zone-table.js';
import { AdHocOptionsSchema, AdHocWindowSchema, windowBounds, type AdHocCheck, type AdHocOptions, type AdHocWindow } from './ad-hoc-window.js';
import { checkNotice, DEFAULT_NOTICE } from './check-notice.js';

const SATURDAY = 5;
const SPAN_START_MINUTE = 20 * 60; // Saturday 20:00
const SPAN_END_MINUTE = 30 * 60; // Sunday 06:00, counted from Saturday midnight

/**
 * `maintenance.infrastructure`: an ad-hoc infrastructure window must lie within one Saturday 20:00 –
 * Sunday 06:00 span, local time (default `Europe/Oslo`). On a DST night the span is its real length
 * (both bounds follow the API's DST rule). With `announcedAt` it also checks `maintenance.notice`.
 *
 * @example
 * checkInfrastructureWindow({ start: '2026-05-09T21:00:00+02:00', end: '2026-05-10T05:00:00+02:00' })
 * //=> { ok: true, findings: [] }
 * checkInfrastructureWindow({ start: '2026-05-09T19:00:00+02:00', end: '2026-05-09T23:00:00+02:00' }).findings[0].rule
 * //=> 'maintenance.infrastructure'
 */
export function checkInfrastructureWindow(w: AdHocWindow, options: AdHocOptions = {}): AdHocCheck {
  const input = parseInput(AdHocWindowSchema, w, ['w']);
  const o = parseInput(AdHocOptionsSchema, options, ['options']);
  const zone = zoneTable(o.timeZone ?? 'Europe/Oslo', ['options', 'timeZone']);
  const [startMs, endMs] = windowBounds(input);
  const findings: { rule: string; message: string }[] = [];

  const startDay = Math.floor(zone.toLocal(startMs) / DAY_MS);
  // The only span that can hold the start begins on the Saturday of the start's weekend.
  const saturday = weekdayOnOrBefore(startDay, SATURDAY);
  const spanStart = zone.fromLocal(saturday * DAY_MS + SPAN_START_MINUTE * MINUTE_MS);
  const spanEnd = zone.fromLocal(saturday * DAY_MS + SPAN_END_MINUTE * MINUTE_MS);
  if (startMs < spanStart || endMs > spanEnd) {
    findings.push({
      rule: 'maintenance.infrastructure',
      message: `infrastructure work must lie between Saturday 20:00 and Sunday 06:00 (${zone.timeZone}); this window runs ${formatLocalMs(zone.toLocal(startMs))} – ${formatLocalMs(zone.toLocal(endMs))} local time`,
    });
  }
  if (input.announcedAt !== undefined) {
    const notice = checkNotice({ start: startMs, announcedAt: input.announcedAt }, o.notice ?? DEFAULT_NOTICE);
    if (!notice.ok) findings.push({ rule: 'maintenance.notice', message: `announced ${(notice.shortBy / 3_600_000).toFixed(2)} h short of the required notice` });
  }
  return { ok: findings.length === 0, findings };
}
