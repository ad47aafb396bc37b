import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import { escapeText, foldLine } from '../../../src/calendars/maintenance/to-icalendar.js';
import { crmMaintenance } from '../../../src/presets/crm-maintenance.js';
import { numRuns } from '../../_support/fc.js';

const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().getTime(), end: e.endDate.toJSDate().getTime(), description: e.description };
  });
const octets = (line: string): number => new TextEncoder().encode(line).length;

describe('toICalendar (RFC 5545)', () => {
  const crm = crmMaintenance();
  const from = '2026-04-01T00:00:00Z';
  const to = '2026-05-01T00:00:00Z';

  it('ical.js reads back exactly the occurrences: same UIDs, titles, instants', () => {
    const text = crm.toICalendar(from, to, { name: 'CRM maintenance' });
    const expected = crm.occurrences(from, to).map((o) => ({
      uid: `${o.windowId}-${o.start.toISOString().replace(/[-:]/g, '').replace('.000', '')}@policyclock`,
      summary: o.title,
      start: o.start.getTime(),
      end: o.end.getTime(),
    }));
    expect(events(text).map(({ uid, summary, start, end }) => ({ uid, summary, start, end }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(30);
    expect(text).toContain('UID:maintenance.os-vendor-patches-20260409T220000Z@policyclock\r\n');
    expect(text).toContain('X-WR-CALNAME:CRM maintenance\r\n');
  });

  it('uses CRLF only, keeps every line within 75 octets, and is deterministic (DTSTAMP = from, or the stamp option)', () => {
    const text = crm.toICalendar(from, to);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(crm.toICalendar(from, to)).toBe(text);
    expect(text).toContain('DTSTAMP:20260401T000000Z\r\n');
    expect(crm.toICalendar(from, to, { stamp: '2026-03-15T12:00:00+01:00' })).toContain('DTSTAMP:20260315T110000Z\r\n');
  });

  it('escapes TEXT and folds long multi-byte titles without splitting a character', () => {
    const title = 'Oppgradering; database, lagring\\nett\nØkt for 🇳🇴 kunder — ' + 'æøå'.repeat(30);
    const s = maintenanceSchedule({ timeZone: 'Europe/Oslo', windows: [{ id: 'w,1', title, start: '20:00', end: '06:00', repeat: { once: '2026-05-09' } }] });
    const text = s.toICalendar('2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z');
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Oppgradering\\; database\\, lagring\\\\nett\\nØkt');
    const [event] = events(text);
    expect(event).toMatchObject({ summary: title, uid: 'w,1-20260509T180000Z@policyclock', start: Date.parse('2026-05-09T18:00:00Z') });
  });

  it('folding is lossless and respects octets for any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const line = `SUMMARY:${escapeText(text)}`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }), { numRuns });
  });

  it('rounds a sub-second end up to the whole second, so the event still covers the window', () => {
    const s = maintenanceSchedule({ timeZone: 'UTC', windows: [{ id: 'blip', start: '02:00', duration: 1500, repeat: { once: '2026-05-09' } }] });
    expect(s.toICalendar('2026-05-09T00:00:00Z', '2026-05-10T00:00:00Z')).toContain('DTEND:20260509T020002Z\r\n');
  });
});

describe('toICalendar for one cohort', () => {
  it('keeps that cohort\'s windows and the shared ones', () => {
    const text = crmMaintenance().toICalendar('2026-01-05T00:00:00Z', '2026-01-12T00:00:00Z', { filter: { cohort: 'early', kind: 'application' } });
    expect(events(text).map((e) => e.uid)).toEqual(['maintenance.application.early-20260106T210000Z@policyclock']);
    expect(() => crmMaintenance().toICalendar(0, 1, { filter: { windowId: 'x' } })).toThrow(expect.objectContaining({ path: 'options.filter.windowId' }));
  });
});
