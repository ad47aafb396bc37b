import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ukSupportSla } from '../../src/presets/uk-support-sla.js';
import { percentile } from '../../src/sla/percentile.js';
import { numRuns } from '../_support/fc.js';
import { refPercentile, refReport } from '../reference/sla-reference.js';
import { HOUR, SEVERITIES, TARGETS, asInput, instantArb, policy, ticketArb, type Sev } from './arbitraries.js';

const sla = ukSupportSla();
const NOW = '2026-07-15T12:00:00Z';

describe('report', () => {
  const tickets = [
    // Q1: one met, one breached (severity 1), one met at exactly 1 h.
    { id: 'a', severity: 1, receivedAt: '2026-01-05T09:00:00Z', respondedAt: '2026-01-05T09:20:00Z' },
    { id: 'b', severity: 1, receivedAt: '2026-02-02T09:00:00Z', respondedAt: '2026-02-02T11:00:00Z' },
    { id: 'c', severity: '1', receivedAt: '2026-03-02T09:00:00Z', respondedAt: '2026-03-02T10:00:00Z' },
    // 31 Mar 23:30 UTC is 1 Apr 00:30 in London: second quarter.
    { id: 'd', severity: 3, receivedAt: '2026-03-31T23:30:00Z', respondedAt: '2026-04-01T09:30:00+01:00' },
    // Q3: still open at now (received 11:00 BST, now 13:00 BST), and one breached without a response.
    { id: 'e', severity: 2, receivedAt: '2026-07-15T11:00:00+01:00' },
    { id: 'f', severity: 2, receivedAt: '2026-07-13T09:00:00+01:00' },
  ];

  it('counts per quarter of receipt (London dates) and severity', () => {
    const r = sla.report(tickets, { now: NOW });
    expect(r.period).toBe('quarter');
    expect(r.timeZone).toBe('Europe/London');
    expect(r.now.toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(r.rows).toEqual([
      { period: '2026-Q1', severity: '1', tickets: 3, met: 2, breached: 1, open: 0, responded: 3, complianceRate: 2 / 3, medianResponse: 1 * HOUR, p90Response: 2 * HOUR },
      { period: '2026-Q2', severity: '3', tickets: 1, met: 1, breached: 0, open: 0, responded: 1, complianceRate: 1, medianResponse: 0.5 * HOUR, p90Response: 0.5 * HOUR },
      { period: '2026-Q3', severity: '2', tickets: 2, met: 0, breached: 1, open: 1, responded: 0, complianceRate: 0, medianResponse: null, p90Response: null },
    ]);
  });

  it('by month, and in the literal-GMT reading the midnight ticket stays in March', () => {
    expect(sla.report(tickets, { now: NOW, period: 'month' }).rows.map((r) => `${r.period}/${r.severity}/${r.tickets}`)).toEqual([
      '2026-01/1/1', '2026-02/1/1', '2026-03/1/1', '2026-04/3/1', '2026-07/2/2',
    ]);
    expect(ukSupportSla({ timeZone: 'UTC' }).report(tickets, { now: NOW, period: 'month' }).rows.map((r) => r.period)).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-03', '2026-07',
    ]);
  });

  it('has no compliance rate while nothing is decided, and no response times without responses', () => {
    const r = sla.report([{ severity: 2, receivedAt: '2026-07-15T11:00:00+01:00' }], { now: NOW });
    expect(r.rows[0]).toMatchObject({ open: 1, complianceRate: null, medianResponse: null, p90Response: null });
    expect(sla.report([], { now: NOW }).rows).toEqual([]);
  });

  it('equals a brute-force recount on random ticket sets', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 12 }), instantArb, fc.constantFrom('quarter', 'month') as fc.Arbitrary<'quarter' | 'month'>, fc.nat(5), (ts, now, period, style) => {
        const got = policy.report(ts.map((t) => asInput(t, style)), { now, period }).rows;
        expect(got).toEqual(refReport((s) => TARGETS[s as Sev], SEVERITIES, 'Europe/London', ts, now, period));
      }),
      { numRuns },
    );
  });
});

describe('percentile (nearest rank)', () => {
  it('picks a value that happened: the lower middle for an even count', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
  });
  it('matches its definition: the smallest value with at least p % of the values at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 100 }), (xs, p) => {
        expect(percentile([...xs].sort((a, b) => a - b), p)).toBe(refPercentile(xs, p));
      }),
      { numRuns },
    );
  });
});
