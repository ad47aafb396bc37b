import * as z from 'zod/mini';
import { InstantSchema, toMs } from '../../_lib/instant.js';
import { OccurrenceFilterSchema, type RawOccurrence } from './occurrence.js';
import { icalUtc, occurrenceUid } from './occurrence-uid.js';

/**
 * Options of `toICalendar`: the calendar's display name; `stamp`, the instant written as every
 * event's DTSTAMP (there is no hidden clock, so it defaults to `from`: the same call always gives
 * the same bytes); and `filter`, e.g. `{ cohort }` for one tenant's calendar.
 */
export const ICalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.optional(z.string()),
    stamp: z.optional(InstantSchema),
    filter: z.optional(OccurrenceFilterSchema),
  }))();
export type ICalendarOptions = z.infer<typeof ICalendarOptionsSchema>;

const CRLF = '\r\n';

/**
 * RFC 5545 text of the occurrences: CRLF line ends, lines folded at 75 octets of UTF-8, TEXT values
 * escaped, UTC times, UID `${windowId}-${startUtc}@policyclock`. DTEND is rounded up to a whole
 * second (iCalendar has no milliseconds), so the event still covers the whole window.
 */
export function toICalendar(occurrences: readonly RawOccurrence[], fromMs: number, o: ICalendarOptions): string {
  const stamp = icalUtc(o.stamp === undefined ? fromMs : toMs(o.stamp, ['options', 'stamp']));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//policyclock//maintenance//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (o.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(o.name)}`);
  for (const { window: w, startMs, endMs } of occurrences) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(occurrenceUid(w.id, startMs))}@policyclock`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icalUtc(startMs)}`,
      `DTEND:${icalUtc(Math.ceil(endMs / 1000) * 1000)}`,
      `SUMMARY:${escapeText(w.title ?? w.id)}`,
    );
    if (w.kind !== undefined) lines.push(`CATEGORIES:${escapeText(w.kind)}`);
    lines.push(
      `DESCRIPTION:${escapeText(`Maintenance window ${w.id}, ${w.cohort === undefined ? 'all tenants' : `cohort ${w.cohort}`}.`)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes `\n`;
 * other control characters (not allowed in TEXT) are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * RFC 5545 §3.1: a line longer than 75 octets is split, continuation lines starting with a space.
 * Counts UTF-8 octets and never splits a character (nor a surrogate pair).
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
