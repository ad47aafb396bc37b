import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// Friday 5 June 2026, 17:30 BST: half an hour of UK business time left that day.
const RECEIVED = '2026-06-05T17:30:00+01:00';

describe('policyclock deadline', () => {
  it('prints the deadline, state and business time left of one severity', async () => {
    const { code, stdout, stderr } = await runCli('deadline', '--severity', '2', '--received', RECEIVED, '--now', '2026-06-05T17:45:00+01:00');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      'UK support SLA — received Fri 5 Jun 2026 17:30 BST, now Fri 5 Jun 2026 17:45 BST\n' +
        '  severity 2  Individual users degraded  due Mon 8 Jun 2026 12:30 BST  running, 3 h 45 min left (business time)\n',
    );
  });

  it('prints all three severities without --severity, breached once past the deadline', async () => {
    const { code, stdout } = await runCli('deadline', '--received', RECEIVED, '--now', '2026-06-08T13:00:00+01:00');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').slice(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/severity 1 .* due Mon 8 Jun 2026 09:30 BST +breached, overdue by 3 h 30 min/);
    expect(lines[1]).toMatch(/severity 2 .* due Mon 8 Jun 2026 12:30 BST +breached, overdue by 30 min/);
    expect(lines[2]).toMatch(/severity 3 .* due Mon 8 Jun 2026 16:30 BST +running, 3 h 30 min left/);
  });

  it('reads the hours as literal GMT with --time-zone UTC: one hour later in summer', async () => {
    const { stdout } = await runCli('deadline', '--severity', '1', '--received', RECEIVED, '--now', RECEIVED, '--time-zone', 'UTC');
    // 16:30 GMT: 1 h 30 min left on Friday, so the hour is used up at 17:30 GMT (18:30 BST).
    expect(stdout).toContain('due Fri 5 Jun 2026 17:30 UTC');
  });

  it('prints JSON with ISO instants under --json', async () => {
    const { code, stdout } = await runCli('deadline', '--severity', '1', '--received', RECEIVED, '--now', RECEIVED, '--json');
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    expect(body.timeZone).toBe('Europe/London');
    expect(body.tickets).toHaveLength(1);
    expect(body.tickets[0]).toMatchObject({ severity: '1', state: 'running', receivedAt: '2026-06-05T16:30:00.000Z', deadline: '2026-06-08T08:30:00.000Z' });
  });

  it.each([
    [['--severity', '7'], '--severity: unknown severity "7"'],
    [['--received', '2026-06-05T17:30'], '--received: expected an ISO 8601 instant with an offset'],
    [['--received', 'yesterday'], '--received: expected an ISO 8601 instant with an offset, got "yesterday"'],
    [['--time-zone', 'Mars/Olympus'], '--time-zone: '],
    [['--division', 'wales'], '--division: expected one of england-and-wales, scotland, northern-ireland, got "wales"'],
    [['--severity'], '--severity: needs a value'],
  ])('rejects %j with exit 2 and one line naming the flag', async (args, message) => {
    const { code, stdout, stderr } = await runCli('deadline', '--now', RECEIVED, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`policyclock deadline: ${message}`)).toBe(true);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});
