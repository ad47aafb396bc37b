import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempFile } from './temp-file.js';

const ALLOWED = 'examples/cli/vendor-access-request.json';
const DENIED = 'examples/cli/vendor-access-denied.json';
const RULES = 'examples/cli/vendor-access-rules.json';
const allowed = JSON.parse(readFileSync(ALLOWED, 'utf8')) as Record<string, unknown>;

describe('policyclock vendor-access', () => {
  it('allows a planned, supervised, written-agreed server session: exit 0, with the obligations', async () => {
    const { code, stdout, stderr } = await runCli('vendor-access', ALLOWED, '--now', '2026-06-01T12:00:00+02:00');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('ALLOW');
    expect(lines.filter((l) => l.startsWith('  ✗') || l.startsWith('  !'))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}→ Enable vendor account "acme-support".*2026-06-10 10:00/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}→ Disable vendor account "acme-support".*2026-06-10 12:00/));
  });

  it('denies admin rights, a verbal agreement and no walkthrough: exit 1, each rule named', async () => {
    const { code, stdout } = await runCli('vendor-access', DENIED, '--now', '2026-06-08T16:00:00+02:00');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('DENY — billed separately (non-standard situation)');
    const rules = lines.filter((l) => /^ {2}[✗!] /.test(l)).map((l) => l.slice(2, l.indexOf(':')));
    expect(rules).toEqual(expect.arrayContaining(['✗ vendor.no-admin', '✗ vendor.walkthrough', '✗ vendor.written-agreement', '! vendor.advance-notice']));
  });

  it('prints the verdict as JSON with --json, custom rules included', async () => {
    const weekend = tempFile('weekend.json', { ...allowed, start: '2026-06-13T10:00:00+02:00', end: '2026-06-13T12:00:00+02:00' });
    const { code, stdout } = await runCli('vendor-access', weekend, '--rules', RULES, '--now', '2026-06-01T12:00:00+02:00', '--json');
    expect(code).toBe(0);
    const verdict = JSON.parse(stdout);
    expect(verdict.decision).toBe('allow');
    expect(verdict.warnings.map((f: { rule: string }) => f.rule)).toContain('custom.no-weekend');
  });

  it('writes the messages in German with --lang de', async () => {
    const en = await runCli('vendor-access', DENIED, '--now', '2026-06-08T16:00:00+02:00');
    const de = await runCli('vendor-access', DENIED, '--now', '2026-06-08T16:00:00+02:00', '--lang', 'de');
    expect(de.code).toBe(1);
    expect(de.stdout.split('\n')[0]).toBe(en.stdout.split('\n')[0]);
    expect(de.stdout).not.toBe(en.stdout);
  });

  it.each([
    ['a missing file', () => tempFile('present.json', {}).replace('present.json', 'nope.json'), /: no such file$/],
    ['a file that is not JSON', () => tempFile('broken.json', '{ "vendor": '), /broken\.json: not valid JSON \(/],
    ['a field of the wrong type', () => tempFile('admin.json', { ...allowed, account: { name: 'x', admin: 'yes' } }), /admin\.json: (request\.)?account\.admin: /],
    ['an instant without an offset', () => tempFile('start.json', { ...allowed, start: '2026-06-10T10:00' }), /start\.json: (request\.)?start: expected an ISO 8601 instant with an offset/],
  ])('rejects %s with exit 2 and one line naming the file and field', async (_, make, message) => {
    const path = make();
    const { code, stdout, stderr } = await runCli('vendor-access', path, '--now', '2026-06-01T12:00:00+02:00');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.startsWith(`policyclock vendor-access: ${path}`)).toBe(true);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('names the rules file and the rule for a bad custom rule', async () => {
    const rules = tempFile('rules.json', [{ conditions: { all: [{ fact: 'request', path: '__proto__.polluted', operator: 'equal', value: 1 }] }, event: { type: 'finding', params: { rule: 'x', level: 'must', message: 'm' } } }]);
    const { code, stderr } = await runCli('vendor-access', ALLOWED, '--rules', rules, '--now', '2026-06-01T12:00:00+02:00');
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^policyclock vendor-access: ${rules}: rules\\[0\\]\\.`));
  });

  it('names an unknown --lang', async () => {
    const { code, stderr } = await runCli('vendor-access', ALLOWED, '--lang', 'fr', '--now', '2026-06-01T12:00:00+02:00');
    expect(code).toBe(2);
    expect(stderr).toBe('policyclock vendor-access: --lang: expected one of en, de, got "fr"\n');
  });
});
