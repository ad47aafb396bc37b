import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../src/_lib/local-time.js';
import { numRuns } from '../_support/fc.js';

describe('formatClock', () => {
  it('writes hours and minutes with two digits, and the end of the day as 24:00', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(9 * 60 + 5)).toBe('09:05');
    expect(formatClock(1439)).toBe('23:59');
    expect(formatClock(1440)).toBe('24:00');
  });

  it('is the inverse of parseClock', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1440 }), (m) => parseClock(formatClock(m), true) === m), { numRuns });
  });
});
