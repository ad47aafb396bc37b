import { describe, expect, it } from 'vitest';
import { cohortOf } from '../../src/index.js';
import { runCli } from './run-cli.js';

// Friday 10 April 2026 is the second Friday of April: vendor patches 00:00–06:00 CEST.
const NOW = '2026-04-10T01:30:00+02:00';
const WEEK = ['--from', '2026-04-06T00:00:00+02:00', '--days', '7', '--now', NOW];

/** Two tenant ids, one in each wave, found through the library's own (stable) assignment. */
function tenantIn(cohort: string): string {
  for (let i = 0; ; i++) if (cohortOf(`tenant-${i}`, { early: 0.1, main: 0.9 }) === cohort) return `tenant-${i}`;
}

describe('policyclock maintenance', () => {
  it('lists the windows of the range in Oslo time and marks those active at --now', async () => {
    const { code, stdout, stderr } = await runCli('maintenance', ...WEEK);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('CRM cloud maintenance (Europe/Oslo), Mon 6 Apr 2026 00:00 CEST – Mon 13 Apr 2026 00:00 CEST');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}NOW +Fri 10 Apr 2026 00:00–06:00 CEST +6 h +maintenance\.os-vendor-patches +all tenants$/));
    // The 02:00 restart every night of the week, a few seconds long, never marked at 01:30.
    const restarts = lines.filter((line) => line.includes('maintenance.restart'));
    expect(restarts).toHaveLength(7);
    expect(restarts.every((line) => /^ {7}\w{3} \d+ Apr 2026 02:00 CEST +3 s +maintenance\.restart +all tenants$/.test(line))).toBe(true);
  });

  it('has no marker column when nothing is active', async () => {
    const { stdout } = await runCli('maintenance', '--from', '2026-04-06T00:00:00+02:00', '--days', '1', '--now', '2026-04-06T12:00:00+02:00');
    expect(stdout.split('\n')[1]).toBe('  Mon 6 Apr 2026 02:00 CEST  3 s  maintenance.restart  all tenants');
  });

  it('shows one wave with --cohort or --tenant, and all-tenant windows', async () => {
    const range = ['--from', '2026-04-01T00:00:00+02:00', '--days', '42', '--now', NOW];
    const early = await runCli('maintenance', ...range, '--cohort', 'early');
    expect(early.stdout).toContain('maintenance.application.early');
    expect(early.stdout).not.toContain('maintenance.application.main');
    expect(early.stdout).toContain('maintenance.restart');
    const main = await runCli('maintenance', ...range, '--tenant', tenantIn('main'));
    expect(main.stdout).toContain('maintenance.application.main');
    expect(main.stdout).not.toContain('maintenance.application.early');
    expect(main.stdout.split('\n')[0]).toContain('— main wave and all-tenant windows');
  });

  it('prints JSON with --json or --format json', async () => {
    for (const flag of [['--json'], ['--format', 'json']]) {
      const { code, stdout } = await runCli('maintenance', ...WEEK, ...flag);
      expect(code).toBe(0);
      const body = JSON.parse(stdout);
      expect(body.from).toBe('2026-04-05T22:00:00.000Z');
      expect(body.to).toBe('2026-04-12T22:00:00.000Z');
      expect(body.windows).toContainEqual(expect.objectContaining({
        windowId: 'maintenance.os-vendor-patches', start: '2026-04-09T22:00:00.000Z', end: '2026-04-10T04:00:00.000Z', active: true,
      }));
      expect(body.windows.filter((w: { active: boolean }) => w.active).map((w: { windowId: string }) => w.windowId).sort())
        .toEqual(body.windows.filter((w: { start: string; end: string }) => w.start <= '2026-04-09T23:30:00.000Z' && '2026-04-09T23:30:00.000Z' < w.end).map((w: { windowId: string }) => w.windowId).sort());
    }
  });

  it('prints an RFC 5545 calendar with --format ics', async () => {
    const { code, stdout } = await runCli('maintenance', ...WEEK, '--format', 'ics');
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(stdout.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(stdout).toContain('UID:maintenance.os-vendor-patches-20260409T220000Z@policyclock\r\n');
    expect(stdout).toContain('DTSTART:20260409T220000Z\r\n');
    expect(stdout.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(8); // 7 restarts and the patch window, at least
  });

  it('writes one wave’s calendar with --format ics and --cohort', async () => {
    const range = ['--from', '2026-04-01T00:00:00+02:00', '--days', '42', '--now', NOW, '--format', 'ics'];
    const early = (await runCli('maintenance', ...range, '--cohort', 'early')).stdout;
    expect(early).toContain('UID:maintenance.application.early-20260421T200000Z@policyclock\r\n');
    expect(early).not.toContain('UID:maintenance.application.main-');
    expect(early).toContain('UID:maintenance.os-vendor-patches-20260409T220000Z@policyclock\r\n');
    const all = (await runCli('maintenance', ...range)).stdout;
    expect(all).toContain('UID:maintenance.application.main-20260424T200000Z@policyclock\r\n');
    expect(all).toContain('UID:maintenance.application.early-20260421T200000Z@policyclock\r\n');
  });

  it.each([
    [['--format', 'xml'], '--format: expected one of table, json, ics, got "xml"'],
    [['--days', '0'], '--days: expected a whole number of days from 1 to 3660, got "0"'],
    [['--days', '7', '--to', '2026-05-01T00:00:00Z'], '--days: give --to or --days, not both'],
    [['--from', '2026-05-01T00:00:00Z', '--to', '2026-04-01T00:00:00Z'], '--to: must be after --from'],
    [['--from', '1 April'], '--from: expected an ISO 8601 instant with an offset, got "1 April"'],
  ])('rejects %j with exit 2 and one line naming the flag', async (args, message) => {
    const { code, stdout, stderr } = await runCli('maintenance', ...args, '--now', NOW);
    expect([code, stdout, stderr]).toEqual([2, '', `policyclock maintenance: ${message}\n`]);
  });
});
