import { describe, expect, it } from 'vitest';
import { UK_SUPPORT_SEVERITIES, ukSupportSla } from '../../src/presets/uk-support-sla.js';
import { UK_SUPPORT_TIERS } from '../../src/presets/uk-support-tiers.js';
import { ukBusinessHours } from '../../src/presets/uk-business-hours.js';

const H = 3_600_000;
const sla = ukSupportSla();
const due = (severity: number | string, receivedAt: string, policy = sla) => policy.deadline({ severity, receivedAt }).toISOString();

describe('ukSupportSla — POLICIES.md §1 (seed 004)', () => {
  it('sla.business-hour: 09:00–18:00 UK time on weekdays, 9 business hours a day, holidays closed', () => {
    // 9 hours a day: 18 business hours from Monday 09:00 end at Tuesday 18:00.
    const long = ukSupportSla({ targets: { 3: { hours: 18 } } });
    expect(due(3, '2026-01-05T09:00:00Z', long)).toBe('2026-01-06T18:00:00.000Z');
    // Nothing counts on a weekend or a bank holiday (Easter Monday 6 Apr 2026).
    expect(sla.status({ severity: 3, receivedAt: '2026-04-03T09:00:00+01:00' }, '2026-04-06T17:00:00+01:00').elapsed).toBe(0);
  });

  it('sla.severity-1: all users down → 1 business hour', () => {
    expect(due(1, '2026-01-05T09:00:00Z')).toBe('2026-01-05T10:00:00.000Z');
    expect(due(1, '2026-01-05T17:30:00Z')).toBe('2026-01-06T09:30:00.000Z');
  });

  it('sla.severity-2: individual users degraded → 4 business hours', () => {
    expect(due(2, '2026-01-05T09:00:00Z')).toBe('2026-01-05T13:00:00.000Z');
    expect(due('2', '2026-01-05T16:00:00Z')).toBe('2026-01-06T11:00:00.000Z');
  });

  it('sla.severity-3: cosmetic, documentation or improvement → 8 business hours', () => {
    expect(due(3, '2026-01-05T09:00:00Z')).toBe('2026-01-05T17:00:00.000Z');
    expect(due(3, '2026-01-05T10:00:00Z')).toBe('2026-01-05T18:00:00.000Z'); // exactly at closing time
    expect(due(3, '2026-01-09T12:00:00Z')).toBe('2026-01-12T11:00:00.000Z'); // 6 h on Friday, 2 h on Monday
  });

  it('severity data for UIs: ids, labels, definitions, rule ids and targets', () => {
    expect(UK_SUPPORT_SEVERITIES.map((s) => [s.id, s.rule, s.target.hours])).toEqual([
      ['1', 'sla.severity-1', 1], ['2', 'sla.severity-2', 4], ['3', 'sla.severity-3', 8],
    ]);
    expect(UK_SUPPORT_SEVERITIES[0]!.definition).toMatch(/all users/);
    expect(UK_SUPPORT_SEVERITIES[1]!.definition).toMatch(/individual users/);
    expect(UK_SUPPORT_SEVERITIES[2]!.definition).toMatch(/cosmetic errors, documentation errors or requests for improvement/);
    expect(sla.severities).toEqual(UK_SUPPORT_SEVERITIES.map((s) => s.id));
  });

  it('sla.response-time: from receipt to contacting the customer, in business time', () => {
    const s = sla.status({ severity: 2, receivedAt: '2026-01-05T16:00:00Z', respondedAt: '2026-01-06T10:30:00Z' }, '2026-01-07T00:00:00Z');
    expect(s).toMatchObject({ state: 'met', elapsed: 3.5 * H, remaining: 0.5 * H });
    expect(s.elapsed).toBe(ukBusinessHours().between('2026-01-05T16:00:00Z', '2026-01-06T10:30:00Z'));
  });

  it('sla.reports: reports are quarterly by default', () => {
    const r = sla.report([{ severity: 1, receivedAt: '2026-05-05T09:00:00+01:00', respondedAt: '2026-05-05T09:10:00+01:00' }], { now: '2026-07-01T00:00:00Z' });
    expect(r.period).toBe('quarter');
    expect(r.rows.map((row) => row.period)).toEqual(['2026-Q2']);
  });

  it('sla.tiers: 1st/2nd level by the customer for its users, 3rd level by the provider for its administrators', () => {
    expect(UK_SUPPORT_TIERS.map((t) => [t.level, t.providedBy, t.rule])).toEqual([
      [1, 'customer', 'sla.tiers'], [2, 'customer', 'sla.tiers'], [3, 'provider', 'sla.tiers'],
    ]);
    expect(UK_SUPPORT_TIERS[0]!.scope).toContain('user account management');
    expect(UK_SUPPORT_TIERS[1]!.scope).toContain('troubleshooting and problem isolation');
    expect(UK_SUPPORT_TIERS[2]!.scope).toContain('fixes or workarounds for software defects');
    expect(UK_SUPPORT_TIERS[2]!.audience).toBe("the customer's administrators");
  });
});

describe('ukSupportSla options', () => {
  it('literal "09:00–18:00 GMT" against UK local time in summer: one hour apart', () => {
    // Monday 1 June 2026 08:30 GMT (09:30 BST), severity 1.
    expect(due(1, '2026-06-01T08:30:00Z')).toBe('2026-06-01T09:30:00.000Z'); // London: open since 08:00 GMT
    expect(due(1, '2026-06-01T08:30:00Z', ukSupportSla({ timeZone: 'UTC' }))).toBe('2026-06-01T10:00:00.000Z'); // opens 09:00 GMT
    // In winter the two readings agree.
    expect(due(1, '2026-01-05T08:30:00Z')).toBe(due(1, '2026-01-05T08:30:00Z', ukSupportSla({ timeZone: 'UTC' })));
  });

  it('Scotland: St Andrew’s Day (Mon 30 Nov 2026) is closed there, not in England', () => {
    expect(due(1, '2026-11-30T10:00:00Z')).toBe('2026-11-30T11:00:00.000Z');
    expect(due(1, '2026-11-30T10:00:00Z', ukSupportSla({ division: 'scotland' }))).toBe('2026-12-01T10:00:00.000Z');
  });

  it('rejects bad options with their paths', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
    expect(() => ukSupportSla({ colour: 'red' } as any)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'options.colour' }));
    expect(() => ukSupportSla({ targets: { 1: { hours: 0 } } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'targets.1' }));
  });

  it('every number can be overridden', () => {
    const faster = ukSupportSla({ targets: { 1: { minutes: 30 } } });
    expect(due(1, '2026-01-05T09:00:00Z', faster)).toBe('2026-01-05T09:30:00.000Z');
    expect(due(2, '2026-01-05T09:00:00Z', faster)).toBe('2026-01-05T13:00:00.000Z');
  });
});
