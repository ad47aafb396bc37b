import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('policyclock demo', () => {
  it('shows the presets at a glance during the April patch night', async () => {
    const { code, stdout, stderr } = await runCli('demo', '--now', '2026-04-10T01:30:00+02:00', '--tenant', 'acme');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('policyclock demo — Fri 10 Apr 2026 00:30 BST (2026-04-09T23:30:00.000Z)');
    expect(lines).toContain('  CLOSED — opens Fri 10 Apr 2026 09:00 BST (8 h 30 min from now)');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}severity 1 +All users down +1 business h +Fri 10 Apr 2026 10:00 BST$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}severity 2 +.+ +4 business h +Fri 10 Apr 2026 13:00 BST$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}severity 3 +.+ +8 business h +Fri 10 Apr 2026 17:00 BST$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}IN MAINTENANCE NOW: .*OS vendor security patches until Fri 10 Apr 2026 06:00 CEST/));
    expect(stdout).toMatch(/tenant "acme" is in the (early|main) wave/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}Fri 10 Apr 2026 02:00 CEST +3 s +Nightly server restart +all tenants$/));
    expect(lines).toContain('  DENY');
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}✗ vendor\.no-admin: /));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}SECOND-REVIEW \(1 review completed; feedback due /));
  });

  it('says when support closes on a working afternoon, and that no maintenance runs', async () => {
    const { stdout } = await runCli('demo', '--now', '2026-04-08T14:15:00+01:00');
    expect(stdout).toContain('  OPEN until Wed 8 Apr 2026 18:00 BST (3 h 45 min from now)');
    expect(stdout).toContain('  no maintenance now');
    expect(stdout).toContain('tenant "demo-tenant"');
  });

  it('lists only the tenant’s own application wave', async () => {
    const { stdout } = await runCli('demo', '--now', '2026-04-08T14:15:00+01:00', '--json');
    const { maintenance } = JSON.parse(stdout);
    const waves = maintenance.upcoming.map((o: { cohort?: string }) => o.cohort).filter(Boolean);
    expect(waves.length).toBeGreaterThan(0);
    expect(new Set(waves)).toEqual(new Set([maintenance.cohort]));
    expect(maintenance.upcoming.map((o: { windowId: string }) => o.windowId)).toEqual(expect.arrayContaining(['maintenance.restart', 'maintenance.system', 'maintenance.os-vendor-patches']));
  });

  it('prints every section as JSON with --json', async () => {
    const { code, stdout } = await runCli('demo', '--now', '2026-04-10T01:30:00+02:00', '--json');
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    expect(body.now).toBe('2026-04-09T23:30:00.000Z');
    expect(body.support).toEqual({ open: false, timeZone: 'Europe/London', opensAt: '2026-04-10T08:00:00.000Z' });
    expect(body.deadlines.map((d: { deadline: string }) => d.deadline)).toEqual(['2026-04-10T09:00:00.000Z', '2026-04-10T12:00:00.000Z', '2026-04-10T16:00:00.000Z']);
    expect(body.maintenance.active.map((o: { windowId: string }) => o.windowId)).toContain('maintenance.os-vendor-patches');
    expect(body.vendorAccess.verdict.decision).toBe('deny');
    expect(body.certification.status.state).toBe('second-review');
  });
});
