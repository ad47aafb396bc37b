import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/errors.js';
import { slaPolicy } from '../../src/sla/sla-policy.js';
import { readTicket } from '../../src/sla/read-ticket.js';
import { TicketSchema } from '../../src/sla/ticket-schema.js';
import { numRuns } from '../_support/fc.js';
import { allDay, policy, uk } from './arbitraries.js';

const NOW = '2026-03-02T12:00:00Z';
const ok = { severity: 2, receivedAt: '2026-03-02T09:00:00Z' };

function errorOf(fn: () => unknown): { code: string; path: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isPolicyClockError(e)) return { code: e.code, path: e.path, message: e.message };
    throw e;
  }
  throw new Error('expected a PolicyClockError');
}

describe('ticket validation (status, deadline, report)', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown severity', { ...ok, severity: 9 }, 'severity'],
    ['a missing severity', { receivedAt: ok.receivedAt }, 'severity'],
    ['a severity of the wrong type', { ...ok, severity: true }, 'severity'],
    ['a missing receivedAt', { severity: 2 }, 'receivedAt'],
    ['an instant without an offset', { ...ok, receivedAt: '2026-03-02 09:00' }, 'receivedAt'],
    ['an Invalid Date', { ...ok, receivedAt: new Date(NaN) }, 'receivedAt'],
    ['a non-finite instant', { ...ok, receivedAt: Infinity }, 'receivedAt'],
    ['a response before receipt', { ...ok, respondedAt: '2026-03-02T08:59:59Z' }, 'respondedAt'],
    ['a pause without from', { ...ok, pauses: [{ to: NOW }] }, 'pauses[0].from'],
    ['a pause that ends before it starts', { ...ok, pauses: [{ from: NOW }, { from: NOW, to: '2026-03-02T11:00:00Z' }] }, 'pauses[1].to'],
    ['pauses that are not an array', { ...ok, pauses: { from: NOW } }, 'pauses'],
    ['an id that is not a string', { ...ok, id: 7 }, 'id'],
    ['no ticket at all', null, ''],
  ];
  for (const [what, ticket, path] of cases) {
    it(`rejects ${what} with INVALID_INPUT at "${path}"`, () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
      const bad = ticket as any;
      expect(errorOf(() => policy.status(bad, NOW))).toMatchObject({ code: 'INVALID_INPUT', path });
      expect(errorOf(() => policy.deadline(bad))).toMatchObject({ code: 'INVALID_INPUT', path });
      expect(errorOf(() => policy.report([ok, bad], { now: NOW }))).toMatchObject({ code: 'INVALID_INPUT', path: path === '' ? 'tickets[1]' : `tickets[1].${path}` });
    });
  }

  it('names the field and the fix in the message', () => {
    expect(errorOf(() => policy.status({ ...ok, receivedAt: '2026-03-02T09:00' }, NOW)).message).toMatch(/^receivedAt: .*add Z or an offset/);
    expect(errorOf(() => policy.status({ ...ok, severity: '7' }, NOW)).message).toBe('severity: unknown severity "7" (this policy knows "1", "2", "3", "4")');
  });

  it('rejects a bad now, report options and a non-array of tickets', () => {
    expect(errorOf(() => policy.status(ok, '2026-03-02'))).toMatchObject({ code: 'INVALID_INPUT', path: 'now' });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
    expect(errorOf(() => policy.report([ok], { now: NOW, period: 'week' as any }))).toMatchObject({ code: 'INVALID_INPUT', path: 'period' });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
    expect(errorOf(() => policy.report([ok], {} as any))).toMatchObject({ code: 'INVALID_INPUT', path: 'now' });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
    expect(errorOf(() => policy.report(ok as any, { now: NOW }))).toMatchObject({ code: 'INVALID_INPUT', path: 'tickets' });
  });

  it('accepts a response exactly at receipt, an empty pause and numeric or string severities alike', () => {
    expect(policy.status({ ...ok, respondedAt: ok.receivedAt, pauses: [{ from: NOW, to: NOW }] }, NOW).state).toBe('met');
    expect(policy.status({ ...ok, severity: '2' }, NOW)).toEqual(policy.status(ok, NOW));
  });
});

describe('the hand-written ticket reader and TicketSchema', () => {
  const instant = fc.oneof(
    fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
    fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms)),
    fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString()),
    fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 16)),
    fc.constantFrom<unknown>(NaN, Infinity, 1.5, 1e17, new Date(NaN), '2026-13-01T00:00Z', '', null, true, {}, []),
  );
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
  const pause = fc.oneof(
    fc.record({ from: maybe(instant), to: maybe(instant) }, { requiredKeys: [] }),
    fc.constantFrom<unknown>(null, 3, 'x', []),
  );
  const ticket = fc.oneof(
    { weight: 9, arbitrary: fc.record({
      id: maybe(fc.oneof(fc.string(), fc.integer())),
      severity: maybe(fc.oneof(fc.constantFrom('1', '2', 'x', ''), fc.integer({ min: -2, max: 5 }), fc.constantFrom<unknown>(NaN, Infinity, null, true))),
      receivedAt: maybe(instant),
      respondedAt: maybe(instant),
      pauses: maybe(fc.oneof(fc.array(pause, { maxLength: 3 }), fc.constantFrom<unknown>('x', {}))),
      extra: maybe(fc.anything()),
    }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.anything() },
  );

  it('accept and reject the same values, at one of the same paths', () => {
    fc.assert(
      fc.property(ticket, (value) => {
        const zod = TicketSchema.safeParse(value);
        let error: unknown;
        try {
          readTicket(value);
        } catch (e) {
          error = e;
        }
        expect(error === undefined).toBe(zod.success);
        if (isPolicyClockError(error) && !zod.success) {
          const paths = zod.error.issues.map((i) => i.path.join('.'));
          expect(paths).toContain(error.issues[0]!.path.join('.'));
        }
      }),
      { numRuns },
    );
  });
});

describe('policy configuration', () => {
  const cases: [string, unknown, string][] = [
    ['a zero target', { calendar: uk, targets: { 1: 0 } }, 'targets.1'],
    ['a negative target', { calendar: uk, targets: { 2: { within: { hours: -4 } } } }, 'targets.2.within'],
    ['an infinite target', { calendar: uk, targets: { 2: { within: Infinity } } }, 'targets.2.within'],
    ['a NaN target part', { calendar: uk, targets: { 2: { within: { hours: NaN } } } }, 'targets.2.within.hours'],
    ['an unknown duration unit', { calendar: uk, targets: { 3: { days: 1 } } }, 'targets.3.days'],
    ['a fraction of a millisecond', { calendar: uk, targets: { 3: 0.5 } }, 'targets.3'],
    ['a target calendar that is not one', { calendar: uk, targets: { 1: { within: 1, calendar: {} } } }, 'targets.1.calendar'],
    ['no targets', { calendar: uk, targets: {} }, 'targets'],
    ['targets that are not an object', { calendar: uk, targets: [1] }, 'targets'],
    ['a missing calendar', { targets: { 1: 1 } }, 'calendar'],
    ['no configuration', undefined, ''],
  ];
  for (const [what, config, path] of cases) {
    it(`rejects ${what} with INVALID_INPUT at "${path}"`, () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately bad input
      expect(errorOf(() => slaPolicy(config as any))).toMatchObject({ code: 'INVALID_INPUT', path });
    });
  }

  it('treats numeric and string severities as the same key, and keeps the configured order', () => {
    const p = slaPolicy({ calendar: uk, targets: { b: { hours: 2 }, 10: { minutes: 30 }, 1.5: 1000 } });
    expect(p.severities).toEqual(['10', 'b', '1.5']); // JavaScript orders integer keys first
    expect(p.deadline({ severity: 10, receivedAt: '2026-03-02T09:00:00Z' })).toEqual(p.deadline({ severity: '10', receivedAt: '2026-03-02T09:00:00Z' }));
    expect(p.status({ severity: 1.5, receivedAt: '2026-03-02T09:00:00Z' }, NOW).severity).toBe('1.5');
    expect(errorOf(() => p.status({ severity: '010', receivedAt: '2026-03-02T09:00:00Z' }, NOW)).path).toBe('severity');
  });

  it('lets one severity count on its own calendar (24/7 severity 1)', () => {
    const p = slaPolicy({ calendar: uk, targets: { 1: { within: { hours: 1 }, calendar: allDay }, 2: { hours: 4 } } });
    // Saturday 23:30 UTC: severity 1 is due at 00:30 on Sunday, severity 2 not before Monday.
    expect(p.deadline({ severity: 1, receivedAt: '2026-03-07T23:30:00Z' }).toISOString()).toBe('2026-03-08T00:30:00.000Z');
    expect(p.deadline({ severity: 2, receivedAt: '2026-03-07T23:30:00Z' }).toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });
});
