import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPausedAt, normalisePauses } from '../../src/sla/pauses.js';
import { numRuns } from '../_support/fc.js';

describe('normalisePauses', () => {
  it('sorts, merges overlapping and touching pauses, drops empty ones', () => {
    expect(normalisePauses([50, 60, 10, 20, 15, 30, 30, 35, 40, 40], 0, 100)).toEqual([10, 35, 50, 60]);
  });
  it('cuts pauses to receipt … end', () => {
    expect(normalisePauses([-10, 5, 90, 120, 200, 300], 0, 100)).toEqual([0, 5, 90, 100]);
  });
  it('keeps an open pause open unless the end cuts it; later pauses merge into it', () => {
    expect(normalisePauses([20, Infinity, 30, 40], 0, Infinity)).toEqual([20, Infinity]);
    expect(normalisePauses([20, Infinity], 0, 100)).toEqual([20, 100]);
  });
  it('covers exactly the union of the pauses within the range (against a point-by-point check)', () => {
    const pause = fc.tuple(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 60 }), fc.boolean())
      .map(([from, len, open]) => [from, open ? Infinity : from + len] as const);
    fc.assert(
      fc.property(fc.array(pause, { maxLength: 5 }), fc.integer({ min: 0, max: 50 }), fc.option(fc.integer({ min: 50, max: 150 }), { nil: Infinity }), (ps, start, end) => {
        const raw = ps.flat();
        const out = normalisePauses(raw, start, end);
        for (let i = 0; i + 2 < out.length; i += 2) expect(out[i + 1]!).toBeLessThan(out[i + 2]!); // sorted, disjoint, not touching
        for (let i = 0; i < out.length; i += 2) expect(out[i]!).toBeLessThan(out[i + 1]!);
        const wrong: number[] = [];
        for (let x = start - 1; x < Math.min(end, 200) + 1; x++) {
          if (isPausedAt(out, x) !== (x >= start && x < end && isPausedAt(raw, x))) wrong.push(x);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns },
    );
  });
});

describe('isPausedAt', () => {
  it('is half-open: paused at from, running again at to', () => {
    expect(isPausedAt([10, 20], 10)).toBe(true);
    expect(isPausedAt([10, 20], 19)).toBe(true);
    expect(isPausedAt([10, 20], 20)).toBe(false);
    expect(isPausedAt([10, Infinity], 1e15)).toBe(true);
  });
});
