import { describe, expect, it } from 'vitest';
import { toDurationMs } from '../../src/_lib/duration.js';
import { toMs } from '../../src/_lib/instant.js';

describe('error messages name the rejected value', () => {
  it('a valid Date where a duration belongs is "a Date", not "Invalid Date"', () => {
    expect(() => toDurationMs(new Date(0), ['duration'])).toThrow(/got a Date$/);
    expect(() => toDurationMs({ hours: new Date(0) }, ['duration'])).toThrow(/duration\.hours: expected a finite number, got a Date$/);
  });

  it('an Invalid Date is still called so', () => {
    expect(() => toMs(new Date(Number.NaN), ['at'])).toThrow(/got Invalid Date$/);
  });
});
