import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/errors.js';
import { auditVendorAccount } from '../../src/rules/vendor-access/audit-vendor-account.js';
import type { VendorAccount, VendorSession } from '../../src/rules/vendor-access/vendor-account-schema.js';
import { numRuns } from '../_support/fc.js';

const NOW = '2026-06-11T00:00:00+02:00';
const session: VendorSession = { start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:00:00+02:00', supervisor: 'J. Weber' };
const account = (enabled: VendorAccount['enabled']): VendorAccount => ({ name: 'acme-support', enabled });
const intervals = (findings: ReturnType<typeof auditVendorAccount>) => findings.map((f) => [f.interval!.from.toISOString(), f.interval!.to.toISOString()]);

describe('auditVendorAccount (vendor.account-disabled)', () => {
  it('passes when the account was enabled exactly during supervised sessions', () => {
    expect(auditVendorAccount(account([{ from: session.start, to: session.end }]), [session], { now: NOW })).toEqual([]);
    expect(auditVendorAccount(account([]), [session], { now: NOW })).toEqual([]);
  });

  it('reports each stretch enabled outside a session, with the exact interval', () => {
    const findings = auditVendorAccount(account([{ from: '2026-06-10T09:30:00+02:00', to: '2026-06-10T12:15:00+02:00' }]), [session], { now: NOW });
    expect(intervals(findings)).toEqual([
      ['2026-06-10T07:30:00.000Z', '2026-06-10T08:00:00.000Z'],
      ['2026-06-10T10:00:00.000Z', '2026-06-10T10:15:00.000Z'],
    ]);
    expect(findings[0]).toMatchObject({
      rule: 'vendor.account-disabled', level: 'must', path: 'enabled',
      message: 'Vendor account "acme-support" was enabled from 2026-06-10 09:30 to 2026-06-10 10:00 (Europe/Berlin), 30 min, outside any approved, supervised session.',
      source: expect.stringContaining('disabled at all times'),
    });
  });

  it('an open-ended enabled interval counts up to now', () => {
    const findings = auditVendorAccount(account([{ from: '2026-06-10T10:00:00+02:00' }]), [session], { now: '2026-06-10T13:30:20+02:00' });
    expect(intervals(findings)).toEqual([['2026-06-10T10:00:00.000Z', '2026-06-10T11:30:20.000Z']]);
    expect(findings[0]!.message).toBe(
      'Vendor account "acme-support" was enabled from 2026-06-10 12:00 to 2026-06-10 13:30:20 (Europe/Berlin), 1 h 30 min 20 s (until now), outside any approved, supervised session.',
    );
  });

  it('a session without a supervisor does not count as supervised', () => {
    const unsupervised = { ...session, supervisor: ' ' };
    const findings = auditVendorAccount(account([{ from: session.start, to: session.end }]), [unsupervised], { now: NOW, locale: 'de' });
    expect(intervals(findings)).toEqual([['2026-06-10T08:00:00.000Z', '2026-06-10T10:00:00.000Z']]);
    expect(findings[0]!.message).toContain('Eine überlappende Sitzung hat keine Aufsicht und zählt nicht.');
  });

  it('overlapping enabled intervals merge; adjacent sessions cover without a gap; times after now are not audited', () => {
    const findings = auditVendorAccount(
      account([{ from: '2026-06-10T10:00:00+02:00', to: '2026-06-10T15:00:00+02:00' }, { from: '2026-06-10T11:00:00+02:00', to: '2026-06-10T13:00:00+02:00' }]),
      [session, { start: '2026-06-10T12:00:00+02:00', end: '2026-06-10T14:00:00+02:00', supervisor: 'A. Kim' }],
      { now: '2026-06-10T14:30:00+02:00' },
    );
    expect(intervals(findings)).toEqual([['2026-06-10T12:00:00.000Z', '2026-06-10T12:30:00.000Z']]);
  });

  it('rejects bad input with the field path', () => {
    const error = (f: () => unknown) => { try { f(); } catch (e) { if (isPolicyClockError(e)) return { code: e.code, path: e.path }; } return undefined; };
    expect(error(() => auditVendorAccount(account([{ from: '2026-06-10T10:00:00+02:00', to: '2026-06-10T09:00:00+02:00' }]), [], { now: NOW }))).toEqual({ code: 'INVALID_INPUT', path: 'account.enabled[0].to' });
    expect(error(() => auditVendorAccount(account([{ from: '2026-06-10T10:00' }]), [], { now: NOW }))).toEqual({ code: 'INVALID_INPUT', path: 'account.enabled[0].from' });
    expect(error(() => auditVendorAccount(account([]), [{ ...session, end: session.start }], { now: NOW }))).toEqual({ code: 'INVALID_INPUT', path: 'sessions[0].end' });
    expect(error(() => auditVendorAccount(account([]), [], {} as { now: string }))).toEqual({ code: 'INVALID_INPUT', path: 'now' });
  });
});

describe('auditVendorAccount properties', () => {
  const BASE = Date.UTC(2026, 5, 10);
  const MIN = 60_000;
  const arbCase = fc.record({
    enabled: fc.array(fc.record({ from: fc.integer({ min: 0, max: 100 }), length: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }) }), { maxLength: 5 }),
    sessions: fc.array(fc.record({ start: fc.integer({ min: 0, max: 100 }), length: fc.integer({ min: 1, max: 40 }), supervised: fc.boolean() }), { maxLength: 5 }),
    now: fc.integer({ min: 0, max: 150 }),
  });
  type AuditCase = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;
  const toInputs = (c: AuditCase) => ({
    account: account(c.enabled.map((e) => ({ from: BASE + e.from * MIN, ...(e.length !== undefined && { to: BASE + (e.from + e.length) * MIN }) }))),
    sessions: c.sessions.map((s) => ({ start: BASE + s.start * MIN, end: BASE + (s.start + s.length) * MIN, ...(s.supervised && { supervisor: 'S' }) })),
    now: BASE + c.now * MIN,
  });

  it('agrees with a minute-by-minute reference', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { account: a, sessions, now } = toInputs(c);
        const bad: boolean[] = [];
        for (let m = 0; m < c.now; m++) {
          const on = c.enabled.some((e) => e.from <= m && (e.length === undefined || m < e.from + e.length));
          const covered = c.sessions.some((s) => s.supervised && s.start <= m && m < s.start + s.length);
          bad.push(on && !covered);
        }
        const expected: [number, number][] = [];
        bad.forEach((b, m) => {
          if (!b) return;
          const last = expected[expected.length - 1];
          if (last && last[1] === m) last[1] = m + 1;
          else expected.push([m, m + 1]);
        });
        const got = auditVendorAccount(a, sessions, { now }).map((f) => [(f.interval!.from.getTime() - BASE) / MIN, (f.interval!.to.getTime() - BASE) / MIN]);
        expect(got).toEqual(expected);
      }),
      { numRuns },
    );
  });

  it('findings do not depend on the order of intervals and sessions', () => {
    fc.assert(
      fc.property(arbCase, fc.integer(), (c, seed) => {
        const { account: a, sessions, now } = toInputs(c);
        const shuffle = <T,>(xs: T[]): T[] => xs.map((x, i) => [x, Math.sin(seed + i)] as const).sort((p, q) => p[1] - q[1]).map((p) => p[0]);
        expect(auditVendorAccount({ ...a, enabled: shuffle([...a.enabled]) }, shuffle([...sessions]), { now })).toEqual(auditVendorAccount(a, sessions, { now }));
      }),
      { numRuns },
    );
  });
});
