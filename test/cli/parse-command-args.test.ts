import { describe, expect, it } from 'vitest';
import { expectPositionals, parseCommandArgs, resolveNow } from '../../src/cli/parse-command-args.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { isPolicyClockError } from '../../src/errors.js';

const io = { stdout: { write: () => true }, stderr: { write: () => true }, clock: () => new Date('2030-01-01T00:00:00Z') };

function usageError(fn: () => unknown): { field: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandArgs', () => {
  it('adds --now, --json and --help to the command’s own options', () => {
    const { values, positionals } = parseCommandArgs(['file.json', '--days', '3', '--json', '--now', '2026-01-01T00:00:00Z'], { days: { type: 'string' } });
    expect(values).toEqual({ days: '3', json: true, now: '2026-01-01T00:00:00Z' });
    expect(positionals).toEqual(['file.json']);
  });

  it('names an unknown option, a missing value and a value given to a switch', () => {
    expect(usageError(() => parseCommandArgs(['--colour'], {}))).toEqual({ field: '--colour', message: 'unknown option' });
    expect(usageError(() => parseCommandArgs(['--days'], { days: { type: 'string' } }))).toEqual({ field: '--days', message: 'needs a value' });
    expect(usageError(() => parseCommandArgs(['--json=yes'], {}))).toEqual({ field: '--json', message: 'takes no value' });
    const severity = { severity: { type: 'string', short: 's' } } as const;
    expect(usageError(() => parseCommandArgs(['--severity'], severity))).toEqual({ field: '--severity', message: 'needs a value' });
    expect(usageError(() => parseCommandArgs(['--severity', '--json'], severity))).toEqual({
      field: '--severity', message: 'needs a value (a value that starts with "-" is written --severity=<value>)',
    });
    expect(usageError(() => parseCommandArgs(['-x'], severity))).toEqual({ field: '-x', message: 'unknown option' });
  });
});

describe('resolveNow', () => {
  it('reads --now when given, and the clock only when not', () => {
    expect(resolveNow('2026-06-05T17:30:00+01:00', io).toISOString()).toBe('2026-06-05T16:30:00.000Z');
    expect(resolveNow(undefined, io).toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('rejects an instant without an offset, naming --now', () => {
    try {
      resolveNow('2026-06-05T17:30', io);
      expect.unreachable();
    } catch (error) {
      expect(isPolicyClockError(error) && error.path).toBe('--now');
    }
  });
});

describe('expectPositionals', () => {
  it('names the missing input file and an extra argument', () => {
    expect(usageError(() => expectPositionals([], ['request.json']))).toEqual({ field: '<request.json>', message: 'missing' });
    expect(usageError(() => expectPositionals(['a.json', 'b.json'], ['request.json']))).toEqual({ field: 'b.json', message: 'unexpected argument' });
    expect(expectPositionals(['a.json'], ['request.json'])).toEqual(['a.json']);
  });
});
