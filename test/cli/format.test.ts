import { describe, expect, it } from 'vitest';
import { formatDuration, formatInstant, formatJson, formatRange, formatTable } from '../../src/cli/format.js';

describe('formatInstant', () => {
  it('shows the wall clock of the named zone with its abbreviation, whatever the host zone', () => {
    expect(formatInstant(new Date('2026-12-02T18:00:00Z'), 'Europe/London')).toBe('Wed 2 Dec 2026 18:00 GMT');
    expect(formatInstant(new Date('2026-06-08T08:30:00Z'), 'Europe/London')).toBe('Mon 8 Jun 2026 09:30 BST');
    expect(formatInstant(new Date('2026-04-09T22:00:00Z'), 'Europe/Oslo')).toBe('Fri 10 Apr 2026 00:00 CEST');
  });
});

describe('formatRange', () => {
  it('writes the date once for a window within one day', () => {
    expect(formatRange(new Date('2026-04-09T22:00:00Z'), new Date('2026-04-10T04:00:00Z'), 'Europe/Oslo')).toBe('Fri 10 Apr 2026 00:00–06:00 CEST');
  });

  it('writes both ends of a window across midnight or a change of offset', () => {
    expect(formatRange(new Date('2026-04-07T20:00:00Z'), new Date('2026-04-07T22:30:00Z'), 'Europe/Oslo')).toBe('Tue 7 Apr 2026 22:00 CEST – Wed 8 Apr 2026 00:30 CEST');
    expect(formatRange(new Date('2026-03-29T00:00:00Z'), new Date('2026-03-29T02:00:00Z'), 'Europe/Oslo')).toBe('Sun 29 Mar 2026 01:00 CET – Sun 29 Mar 2026 04:00 CEST');
  });

  it('shows a window shorter than a minute by its start', () => {
    expect(formatRange(new Date('2026-04-10T00:00:00Z'), new Date('2026-04-10T00:00:03Z'), 'Europe/Oslo')).toBe('Fri 10 Apr 2026 02:00 CEST');
  });
});

describe('formatDuration', () => {
  it('keeps the two largest units and drops a zero second unit', () => {
    expect(formatDuration(7 * 3_600_000 + 45 * 60_000)).toBe('7 h 45 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(2 * 86_400_000 + 4 * 3_600_000 + 59_000)).toBe('2 d 4 h');
    expect(formatDuration(3_000)).toBe('3 s');
    expect(formatDuration(61_000)).toBe('1 min 1 s');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(-90 * 60_000)).toBe('-1 h 30 min');
  });
});

describe('formatTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(formatTable([['a', 'long', 'x'], ['bbb', 's', 'y']])).toBe('  a    long  x\n  bbb  s     y');
  });
});

describe('formatJson', () => {
  it('writes dates as ISO instants in UTC and ends with a newline', () => {
    expect(formatJson({ at: new Date('2026-06-08T08:30:00Z') })).toBe('{\n  "at": "2026-06-08T08:30:00.000Z"\n}\n');
  });
});
