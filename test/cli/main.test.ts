import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

const COMMANDS = ['demo', 'deadline', 'maintenance', 'vendor-access', 'certification'];

describe('policyclock', () => {
  it('lists every command under --help, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await runCli('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('without a command prints the usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await runCli();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: policyclock <command>');
  });

  it('names an unknown command on one line, exit 2', async () => {
    const { code, stderr } = await runCli('deadlines');
    expect(code).toBe(2);
    expect(stderr).toBe('policyclock: unknown command "deadlines" (commands: demo, deadline, maintenance, vendor-access, certification)\n');
  });

  it.each(COMMANDS)('%s --help shows its usage and options, exit 0, evaluating nothing', async (name) => {
    const { code, stdout } = await runCli(name, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: policyclock ${name}\\b`));
    for (const option of ['--now', '--json', '--help']) expect(stdout).toContain(option);
  });

  it.each(COMMANDS)('%s names an unknown option on one line, exit 2', async (name) => {
    const { code, stdout, stderr } = await runCli(name, '--colour', 'red');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`policyclock ${name}: --colour: unknown option\n`);
  });

  const FILES: Record<string, string[]> = { 'vendor-access': ['examples/cli/vendor-access-request.json'], certification: ['examples/cli/certification-events.json'] };

  it.each(COMMANDS)('%s names a --now without an offset, exit 2', async (name) => {
    const { code, stderr } = await runCli(name, ...(FILES[name] ?? []), '--now', '2026-06-05T17:30');
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^policyclock ${name}: --now: expected an ISO 8601 instant with an offset, got "2026-06-05T17:30" .*\\n$`));
    expect(stderr.split('\n')).toHaveLength(2); // one line
  });

  it.each(COMMANDS)('%s names an unexpected or missing argument, exit 2', async (name) => {
    const files = FILES[name] ?? [];
    const extra = await runCli(name, ...files, 'extra.json', '--now', '2026-06-05T17:30:00Z');
    expect([extra.code, extra.stderr]).toEqual([2, `policyclock ${name}: extra.json: unexpected argument\n`]);
    if (files.length > 0) {
      const missing = await runCli(name, '--now', '2026-06-05T17:30:00Z');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(new RegExp(`^policyclock ${name}: <\\w+\\.json>: missing\n$`));
    }
  });

  it('reads the real clock only when --now is absent', async () => {
    let reads = 0;
    let stdout = '';
    const io = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      clock: () => (reads++, new Date('2026-06-05T16:45:00Z')),
    };
    expect(await main(['deadline', '--severity', '1'], io)).toBe(0);
    expect(reads).toBe(1);
    expect(stdout).toContain('now Fri 5 Jun 2026 17:45 BST');
    expect(await main(['deadline', '--severity', '1', '--now', '2026-06-05T16:45:00Z'], io)).toBe(0);
    expect(reads).toBe(1);
  });
});
