import { describe, expect, it } from 'vitest';
import { crmMaintenance } from '../../src/presets/crm-maintenance.js';
import { checkInfrastructureWindow } from '../../src/calendars/maintenance/check-infrastructure-window.js';
import { checkEmergencyPatch } from '../../src/calendars/maintenance/check-emergency-patch.js';
import { checkNotice } from '../../src/calendars/maintenance/check-notice.js';
import type { Occurrence } from '../../src/calendars/maintenance/occurrence.js';

const iso = (list: readonly Occurrence[]): string[][] => list.map((o) => [o.windowId, o.start.toISOString(), o.end.toISOString()]);
const starts = (list: readonly Occurrence[]): string[] => list.map((o) => o.start.toISOString());
const crm = crmMaintenance();

describe('crmMaintenance (POLICIES.md §2, seed 002, Europe/Oslo)', () => {
  it('maintenance.system: every second week, Friday 00:00–06:00, from the documented anchor week', () => {
    const jan = crm.occurrences('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', { windowId: 'maintenance.system' });
    expect(iso(jan)).toEqual([
      ['maintenance.system', '2026-01-01T23:00:00.000Z', '2026-01-02T05:00:00.000Z'], // Fri 2 Jan 00:00–06:00 CET
      ['maintenance.system', '2026-01-15T23:00:00.000Z', '2026-01-16T05:00:00.000Z'],
      ['maintenance.system', '2026-01-29T23:00:00.000Z', '2026-01-30T05:00:00.000Z'],
    ]);
    // Summer time: Friday 10 April 2026 00:00–06:00 CEST.
    expect(iso(crm.occurrences('2026-04-06T00:00:00Z', '2026-04-13T00:00:00Z', { kind: 'system' })))
      .toEqual([['maintenance.system', '2026-04-09T22:00:00.000Z', '2026-04-10T04:00:00.000Z']]);
    // The other week of the pair, with an overridden anchor.
    const shifted = crmMaintenance({ systemAnchor: '2026-01-07' });
    expect(starts(shifted.occurrences('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', { windowId: 'maintenance.system' })))
      .toEqual(['2026-01-08T23:00:00.000Z', '2026-01-22T23:00:00.000Z']);
  });

  it('maintenance.application: every third week Tuesday 22:00 for cohort early, the following Friday 22:00 for main, 30 min by default', () => {
    const q1 = crm.occurrences('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', { kind: 'application' });
    expect(q1.map((o) => [o.windowId, o.cohort, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['maintenance.application.early', 'early', '2026-01-06T21:00:00.000Z', '2026-01-06T21:30:00.000Z'], // Tue 6 Jan 22:00 CET
      ['maintenance.application.main', 'main', '2026-01-09T21:00:00.000Z', '2026-01-09T21:30:00.000Z'], // Fri 9 Jan
      ['maintenance.application.early', 'early', '2026-01-27T21:00:00.000Z', '2026-01-27T21:30:00.000Z'],
      ['maintenance.application.main', 'main', '2026-01-30T21:00:00.000Z', '2026-01-30T21:30:00.000Z'],
      ['maintenance.application.early', 'early', '2026-02-17T21:00:00.000Z', '2026-02-17T21:30:00.000Z'],
      ['maintenance.application.main', 'main', '2026-02-20T21:00:00.000Z', '2026-02-20T21:30:00.000Z'],
    ]);
    // Across the spring change the Tuesday (31 March, CEST) and its Friday stay at 22:00 local.
    expect(starts(crm.occurrences('2026-03-30T00:00:00Z', '2026-04-06T00:00:00Z', { kind: 'application' })))
      .toEqual(['2026-03-31T20:00:00.000Z', '2026-04-03T20:00:00.000Z']);
    const longer = crmMaintenance({ applicationDuration: { minutes: 45 }, applicationAnchor: '2026-01-13' });
    expect(iso([longer.next('2026-01-01T00:00:00Z', { windowId: 'maintenance.application.early' })!]))
      .toEqual([['maintenance.application.early', '2026-01-13T21:00:00.000Z', '2026-01-13T21:45:00.000Z']]);
  });

  it('maintenance.application: a tenant of cohort early sees its Tuesday and the shared windows, not the main wave', () => {
    const early = crm.occurrences('2026-01-06T00:00:00Z', '2026-01-11T00:00:00Z', { cohort: 'early' }).map((o) => o.windowId);
    expect(early).toContain('maintenance.application.early');
    expect(early).toContain('maintenance.restart');
    expect(early).not.toContain('maintenance.application.main');
    expect(crm.next('2026-01-07T00:00:00Z', { cohort: 'main', kind: 'application' })?.start.toISOString()).toBe('2026-01-09T21:00:00.000Z');
  });

  it('maintenance.restart: every night at 02:00 for 3 s, also on both DST nights', () => {
    const restarts = crm.occurrences('2026-03-27T12:00:00Z', '2026-03-31T00:00:00Z', { windowId: 'maintenance.restart' });
    expect(iso(restarts)).toEqual([
      ['maintenance.restart', '2026-03-28T01:00:00.000Z', '2026-03-28T01:00:03.000Z'], // 02:00 CET
      ['maintenance.restart', '2026-03-29T01:00:00.000Z', '2026-03-29T01:00:03.000Z'], // no 02:00: 03:00 CEST
      ['maintenance.restart', '2026-03-30T00:00:00.000Z', '2026-03-30T00:00:03.000Z'], // 02:00 CEST
    ]);
    expect(starts(crm.occurrences('2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z', { kind: 'restart' })))
      .toEqual(['2026-10-25T00:00:00.000Z', '2026-10-26T01:00:00.000Z']); // the first of the two 02:00s, then 02:00 CET
    expect(crm.activeAt('2026-03-29T01:00:02.999Z', { kind: 'restart' })).toHaveLength(1);
    expect(crm.activeAt('2026-03-29T01:00:03Z', { kind: 'restart' })).toHaveLength(0);
  });

  it('maintenance.os-vendor-patches: the second Friday of each month, 00:00–06:00', () => {
    const year = crm.occurrences('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', { windowId: 'maintenance.os-vendor-patches' });
    expect(year.map((o) => o.start.toISOString())).toEqual([
      '2026-01-08T23:00:00.000Z', '2026-02-12T23:00:00.000Z', '2026-03-12T23:00:00.000Z',
      '2026-04-09T22:00:00.000Z', // 10 April 00:00 CEST
      '2026-05-07T22:00:00.000Z', '2026-06-11T22:00:00.000Z', '2026-07-09T22:00:00.000Z', '2026-08-13T22:00:00.000Z',
      '2026-09-10T22:00:00.000Z', '2026-10-08T22:00:00.000Z', '2026-11-12T23:00:00.000Z', '2026-12-10T23:00:00.000Z',
    ]);
    expect(year.every((o) => o.end.getTime() - o.start.getTime() === 6 * 3_600_000)).toBe(true);
  });

  it('maintenance.infrastructure: ad hoc, only between Saturday 20:00 and Sunday 06:00', () => {
    expect(checkInfrastructureWindow({ start: '2026-05-09T20:00:00+02:00', end: '2026-05-10T06:00:00+02:00' })).toEqual({ ok: true, findings: [] });
    const early = checkInfrastructureWindow({ start: '2026-05-09T19:30:00+02:00', end: '2026-05-09T23:00:00+02:00' });
    expect(early.ok).toBe(false);
    expect(early.findings.map((f) => f.rule)).toEqual(['maintenance.infrastructure']);
    expect(checkInfrastructureWindow({ start: '2026-05-10T01:00:00+02:00', end: '2026-05-10T06:00:01+02:00' }).ok).toBe(false);
    expect(checkInfrastructureWindow({ start: '2026-05-08T21:00:00+02:00', end: '2026-05-08T23:00:00+02:00' }).ok).toBe(false); // a Friday
  });

  it('maintenance.emergency: ad hoc, after business hours (from 18:00, before 09:00, or at weekends)', () => {
    expect(checkEmergencyPatch({ start: '2026-04-14T18:00:00+02:00' }).ok).toBe(true);
    expect(checkEmergencyPatch({ start: '2026-04-14T17:59:00+02:00' }).findings.map((f) => f.rule)).toEqual(['maintenance.emergency']);
    expect(checkEmergencyPatch({ start: '2026-04-18T12:00:00+02:00' }).ok).toBe(true); // Saturday
    expect(checkEmergencyPatch({ start: '2026-04-15T07:00:00+02:00', end: '2026-04-15T09:00:00+02:00' }).ok).toBe(true);
    expect(checkEmergencyPatch({ start: '2026-04-15T07:00:00+02:00', end: '2026-04-15T09:00:01+02:00' }).ok).toBe(false);
  });

  it('maintenance.notice: at least 24 hours ahead, in the feed as announceBy', () => {
    expect(checkNotice({ start: '2026-04-10T00:00:00+02:00', announcedAt: '2026-04-09T00:00:00+02:00' })).toEqual({ ok: true, leadTime: 86_400_000, shortBy: 0 });
    expect(checkNotice({ start: '2026-04-10T00:00:00+02:00', announcedAt: '2026-04-09T00:01:00+02:00' })).toEqual({ ok: false, leadTime: 86_340_000, shortBy: 60_000 });
    const feed = crm.toFeed('2026-04-08T00:00:00Z', { filter: { kind: 'os-vendor-patches' } });
    expect(feed.windows.map((w) => [w.start, w.announceBy])).toEqual([['2026-04-09T22:00:00.000Z', '2026-04-08T22:00:00.000Z']]);
    expect(crmMaintenance({ notice: { hours: 48 } }).notice).toBe(172_800_000);
    expect(checkInfrastructureWindow({ start: '2026-05-09T21:00:00+02:00', end: '2026-05-09T23:00:00+02:00', announcedAt: '2026-05-09T09:00:00+02:00' })
      .findings.map((f) => f.rule)).toEqual(['maintenance.notice']);
  });

  it('maintenance.downtime: planned application windows last the expected 30 minutes, restarts 3 seconds', () => {
    const year = crm.occurrences('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const lengths = (kind: string): Set<number> => new Set(year.filter((o) => o.kind === kind).map((o) => o.end.getTime() - o.start.getTime()));
    expect(lengths('application')).toEqual(new Set([30 * 60_000]));
    expect(lengths('restart')).toEqual(new Set([3000]));
    expect(year.filter((o) => o.kind === 'restart')).toHaveLength(365);
    // 27 system windows: the 27th is Friday 1 January 2027 00:00 CET = 2026-12-31T23:00Z, inside the UTC year.
    expect(year.filter((o) => o.kind === 'system')).toHaveLength(27);
    expect(year.filter((o) => o.windowId === 'maintenance.application.early')).toHaveLength(18);
  });

  it('rejects bad options with their path', () => {
    expect(() => crmMaintenance({ systemAnchor: '2026-02-30' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'options.systemAnchor' }));
    expect(() => crmMaintenance({ applicationDuration: 0 })).toThrow(expect.objectContaining({ path: 'options.applicationDuration' }));
    expect(() => crmMaintenance({ restartDuration: { seconds: -3 } })).toThrow(expect.objectContaining({ path: 'options.restartDuration' }));
    expect(() => crmMaintenance({ anchor: '2026-01-01' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'options.anchor' }));
  });
});
