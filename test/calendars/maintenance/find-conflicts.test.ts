import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../src/calendars/maintenance/find-conflicts.js';
import { crmMaintenance } from '../../../src/presets/crm-maintenance.js';
import { numRuns } from '../../_support/fc.js';

const pairs = (list: ReturnType<typeof findConflicts>) => list.map((c) => [c.a.windowId, c.b.windowId, c.cohort, c.from.toISOString(), c.to.toISOString()]);

describe('findConflicts', () => {
  it('finds the overlaps inside the CRM plan itself (restart within system maintenance, patches on a system Friday)', () => {
    expect(pairs(findConflicts(crmMaintenance(), { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' }))).toEqual([
      ['maintenance.os-vendor-patches', 'maintenance.system', undefined, '2026-04-09T22:00:00.000Z', '2026-04-10T04:00:00.000Z'],
      ['maintenance.os-vendor-patches', 'maintenance.restart', undefined, '2026-04-10T00:00:00.000Z', '2026-04-10T00:00:03.000Z'],
      ['maintenance.system', 'maintenance.restart', undefined, '2026-04-10T00:00:00.000Z', '2026-04-10T00:00:03.000Z'],
      ['maintenance.system', 'maintenance.restart', undefined, '2026-04-24T00:00:00.000Z', '2026-04-24T00:00:03.000Z'],
    ]);
  });

  it('windows of different cohorts do not conflict; a cohort-less window conflicts with every cohort; touching is not overlapping', () => {
    const list = [
      { windowId: 'early', cohort: 'early', start: '2026-05-05T20:00:00Z', end: '2026-05-05T21:00:00Z' },
      { windowId: 'main', cohort: 'main', start: '2026-05-05T20:30:00Z', end: '2026-05-05T21:30:00Z' },
      { windowId: 'infra', start: '2026-05-05T21:15:00Z', end: '2026-05-05T22:00:00Z' },
      { windowId: 'later', cohort: 'early', start: '2026-05-05T22:00:00Z', end: '2026-05-05T23:00:00Z' },
    ];
    expect(pairs(findConflicts(list))).toEqual([['main', 'infra', 'main', '2026-05-05T21:15:00.000Z', '2026-05-05T21:30:00.000Z']]);
  });

  it('rejects malformed occurrences and a schedule without a range', () => {
    expect(() => findConflicts([{ windowId: 'x', start: '2026-05-05T20:00', end: 0 }])).toThrow(expect.objectContaining({ path: 'occurrences[0].start' }));
    expect(() => findConflicts([{ windowId: 'x', start: 10, end: 5 }])).toThrow(expect.objectContaining({ path: 'occurrences[0].end' }));
    expect(() => findConflicts(crmMaintenance())).toThrow(expect.objectContaining({ path: 'range' }));
  });
});

describe('findConflicts against every pair (property)', () => {
  it('reports exactly the pairs that overlap and share a cohort (or lack one), with their overlap', () => {
    const occurrenceArb = fc.record({
      windowId: fc.constantFrom('a', 'b', 'c', 'd'),
      cohort: fc.option(fc.constantFrom('early', 'main'), { nil: undefined }),
      start: fc.integer({ min: 0, max: 100 }),
      length: fc.integer({ min: 0, max: 30 }),
    }).map(({ windowId, cohort, start, length }) => ({ windowId, ...(cohort !== undefined && { cohort }), start: start * 60_000, end: (start + length) * 60_000 }));
    fc.assert(fc.property(fc.array(occurrenceArb, { maxLength: 12 }), (list) => {
      const expected: string[] = [];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const x = list[i]!, y = list[j]!;
          const from = Math.max(x.start, y.start), to = Math.min(x.end, y.end);
          const sameTenants = x.cohort === undefined || y.cohort === undefined || x.cohort === y.cohort;
          if (from < to && sameTenants) expected.push([from, to, ...[`${x.windowId}@${x.start}`, `${y.windowId}@${y.start}`].sort()].join(' '));
        }
      }
      const got = findConflicts(list).map((c) => [c.from.getTime(), c.to.getTime(), ...[`${c.a.windowId}@${c.a.start.getTime()}`, `${c.b.windowId}@${c.b.start.getTime()}`].sort()].join(' '));
      expect(got.sort()).toEqual(expected.sort());
    }), { numRuns });
  });
});
