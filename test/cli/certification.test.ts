import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempFile } from './temp-file.js';

const EVENTS = 'examples/cli/certification-events.json';

describe('policyclock certification', () => {
  it('follows the example case to certified after the free second review', async () => {
    const { code, stdout, stderr } = await runCli('certification', EVENTS, '--now', '2026-06-02T12:00:00+02:00');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('CERTIFIED (2 reviews completed)');
    expect(lines[1]).toBe('  fee: standard, invoiced');
    expect(lines.at(-1)).toMatch(/^ {2}next step: /);
  });

  it('shows the feedback date of a pending review, and OVERDUE past 14 days', async () => {
    const applied = tempFile('applied.json', [{ type: 'applied', at: '2026-05-04T09:00:00+02:00' }]);
    const pending = await runCli('certification', applied, '--now', '2026-05-10T12:00:00+02:00');
    expect(pending.stdout.split('\n')[0]).toBe('APPLIED (0 reviews completed; feedback due Mon 18 May 2026 09:00 CEST)');
    const late = await runCli('certification', applied, '--now', '2026-05-20T12:00:00+02:00');
    expect(late.stdout.split('\n')[0]).toBe('APPLIED (0 reviews completed; feedback due Mon 18 May 2026 09:00 CEST — OVERDUE)');
  });

  it('reports an event the process does not allow as a finding, not a crash', async () => {
    const early = tempFile('invoice.json', [{ type: 'applied', at: '2026-05-04T09:00:00+02:00' }, { type: 'invoice-issued', at: '2026-05-05T09:00:00+02:00' }]);
    const { code, stdout } = await runCli('certification', early, '--now', '2026-05-06T12:00:00+02:00');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}✗ cert\.billing: /m);
  });

  it('prints the status as JSON with --json', async () => {
    const { stdout } = await runCli('certification', EVENTS, '--now', '2026-06-02T12:00:00+02:00', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ state: 'certified', reviews: 2, fee: 'standard', overdue: false });
  });

  it.each([
    ['an unknown event type', [{ type: 'approved', at: '2026-05-04T09:00:00Z' }], /events\.json: (events)?\[0\]\.type: /],
    ['an instant without an offset', [{ type: 'applied', at: '2026-05-04T09:00' }], /events\.json: (events)?\[0\]\.at: expected an ISO 8601 instant with an offset/],
  ])('rejects %s with exit 2, naming the file and the field', async (_, events, message) => {
    const path = tempFile('events.json', events);
    const { code, stdout, stderr } = await runCli('certification', path, '--now', '2026-06-02T12:00:00+02:00');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});
