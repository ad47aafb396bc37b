import { describe, expect, it } from 'vitest';
import { maintenanceSchedule } from '../../../src/calendars/maintenance/maintenance-schedule.js';
import { crmMaintenance } from '../../../src/presets/crm-maintenance.js';

describe('toFeed (JSON for a status page)', () => {
  it('lists the active and upcoming windows with stable ids, ISO instants and announceBy = start − notice', () => {
    const feed = crmMaintenance().toFeed('2026-04-10T01:00:00Z', { horizon: { hours: 24 }, filter: { cohort: 'early' } });
    expect(JSON.parse(JSON.stringify(feed))).toEqual({
      generatedAt: '2026-04-10T01:00:00.000Z',
      timeZone: 'Europe/Oslo',
      notice: 86_400_000,
      windows: [
        {
          id: 'maintenance.os-vendor-patches-20260409T220000Z', windowId: 'maintenance.os-vendor-patches', title: 'OS vendor security patches',
          kind: 'os-vendor-patches', start: '2026-04-09T22:00:00.000Z', end: '2026-04-10T04:00:00.000Z', state: 'active', announceBy: '2026-04-08T22:00:00.000Z',
        },
        {
          id: 'maintenance.system-20260409T220000Z', windowId: 'maintenance.system', title: 'System maintenance',
          kind: 'system', start: '2026-04-09T22:00:00.000Z', end: '2026-04-10T04:00:00.000Z', state: 'active', announceBy: '2026-04-08T22:00:00.000Z',
        },
        {
          id: 'maintenance.restart-20260411T000000Z', windowId: 'maintenance.restart', title: 'Nightly server restart',
          kind: 'restart', start: '2026-04-11T00:00:00.000Z', end: '2026-04-11T00:00:03.000Z', state: 'upcoming', announceBy: '2026-04-10T00:00:00.000Z',
        },
      ],
    });
  });

  it('a window starting exactly at now is active, one that ended at now is gone; limit and the default 14-day horizon', () => {
    const s = maintenanceSchedule({ timeZone: 'UTC', notice: { hours: 2 }, windows: [{ id: 'd', start: '10:00', end: '11:00', repeat: { every: 'day' } }] });
    expect(s.toFeed('2026-05-01T10:00:00Z').windows[0]).toMatchObject({ state: 'active', start: '2026-05-01T10:00:00.000Z', announceBy: '2026-05-01T08:00:00.000Z', title: 'd' });
    expect(s.toFeed('2026-05-01T11:00:00Z').windows[0]).toMatchObject({ state: 'upcoming', start: '2026-05-02T10:00:00.000Z' });
    expect(s.toFeed('2026-05-01T11:00:00Z').windows).toHaveLength(14);
    expect(s.toFeed('2026-05-01T11:00:00Z', { limit: 2 }).windows.map((w) => w.start)).toEqual(['2026-05-02T10:00:00.000Z', '2026-05-03T10:00:00.000Z']);
  });
});
