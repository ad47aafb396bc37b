import { describe, expect, it } from 'vitest';
import { ukSupportSla } from '../../src/presets/uk-support-sla.js';

const sla = ukSupportSla();
const H = 3_600_000;
const iso = (d: Date) => d.toISOString();
// Severity 2 (4 business hours), Monday 2 March 2026, 09:00 GMT: due 13:00 without pauses.
const received = '2026-03-02T09:00:00Z';
const ticket = { id: 'T-1', severity: 2, receivedAt: received, pauses: [{ from: '2026-03-02T10:30:00Z', to: '2026-03-02T11:30:00Z' }] };

describe('status transitions', () => {
  it('running: the clock counts business time', () => {
    const s = sla.status(ticket, '2026-03-02T10:00:00Z');
    expect(s).toMatchObject({ severity: '2', state: 'running', elapsed: 1 * H, remaining: 3 * H, fractionUsed: 0.25 });
    expect(iso(s.deadline)).toBe('2026-03-02T13:00:00.000Z'); // the pause at 10:30 has not happened yet
  });

  it('→ paused: a pause covers now; the deadline is projected as if the clock restarted now', () => {
    const s = sla.status(ticket, '2026-03-02T11:00:00Z');
    expect(s).toMatchObject({ state: 'paused', elapsed: 1.5 * H, remaining: 2.5 * H });
    expect(iso(s.deadline)).toBe('2026-03-02T13:30:00.000Z');
    expect(sla.status(ticket, '2026-03-02T10:30:00Z').state).toBe('paused'); // paused from its first instant
  });

  it('→ running again: the pause is over and moved the deadline by its business length', () => {
    const s = sla.status(ticket, '2026-03-02T12:00:00Z');
    expect(s).toMatchObject({ state: 'running', elapsed: 2 * H, remaining: 2 * H });
    expect(iso(s.deadline)).toBe('2026-03-02T14:00:00.000Z');
    expect(sla.status(ticket, '2026-03-02T11:30:00Z').state).toBe('running'); // pauses are half-open
  });

  it('→ met: a response exactly at the deadline is met', () => {
    const s = sla.status({ ...ticket, respondedAt: '2026-03-02T14:00:00Z' }, '2026-03-05T00:00:00Z');
    expect(s).toMatchObject({ state: 'met', elapsed: 4 * H, remaining: 0, fractionUsed: 1 });
  });

  it('→ breached: a response one millisecond late', () => {
    const s = sla.status({ ...ticket, respondedAt: '2026-03-02T14:00:00.001Z' }, '2026-03-05T00:00:00Z');
    expect(s).toMatchObject({ state: 'breached', elapsed: 4 * H + 1, remaining: -1 });
  });

  it('→ breached: no response and now past the deadline (at the deadline it is still running)', () => {
    expect(sla.status(ticket, '2026-03-02T14:00:00Z')).toMatchObject({ state: 'running', remaining: 0 });
    expect(sla.status(ticket, '2026-03-02T14:00:00.001Z')).toMatchObject({ state: 'breached', remaining: -1 });
    expect(sla.status(ticket, '2026-03-02T15:00:00Z')).toMatchObject({ state: 'breached', remaining: -1 * H, fractionUsed: 1.25 });
  });

  it('breached in closed hours: remaining stays 0 until business time passes', () => {
    const late = { severity: 2, receivedAt: '2026-03-02T14:00:00Z' }; // due 18:00, closing time
    expect(sla.status(late, '2026-03-02T18:30:00Z')).toMatchObject({ state: 'breached', remaining: 0 });
    expect(sla.status(late, '2026-03-03T09:15:00Z')).toMatchObject({ state: 'breached', remaining: -0.25 * H });
  });

  it('paused with an open pause; the projection follows now', () => {
    const open = { ...ticket, pauses: [{ from: '2026-03-02T10:30:00Z' }] };
    expect(iso(sla.status(open, '2026-03-02T11:00:00Z').deadline)).toBe('2026-03-02T13:30:00.000Z');
    const later = sla.status(open, '2026-03-02T12:00:00Z');
    expect(later).toMatchObject({ state: 'paused', elapsed: 1.5 * H });
    expect(iso(later.deadline)).toBe('2026-03-02T14:30:00.000Z');
    expect(iso(later.thresholds.at50)).toBe('2026-03-02T12:30:00.000Z');
  });

  it('a pause that begins after the deadline does not save a breach', () => {
    const s = sla.status({ ...ticket, pauses: [{ from: '2026-03-02T14:30:00Z' }] }, '2026-03-02T15:00:00Z');
    expect(s.state).toBe('breached');
    expect(iso(s.deadline)).toBe('2026-03-02T13:00:00.000Z');
  });

  it('a response recorded after now is not known yet; now before receipt reads as receipt', () => {
    const answered = { ...ticket, respondedAt: '2026-03-02T12:00:00Z' };
    expect(sla.status(answered, '2026-03-02T10:00:00Z').state).toBe('running');
    expect(sla.status(answered, '2026-03-02T12:00:00Z').state).toBe('met');
    expect(sla.status(ticket, '2026-03-02T08:00:00Z')).toMatchObject({ state: 'running', elapsed: 0, remaining: 4 * H });
  });

  it('response before receipt is an error at respondedAt', () => {
    expect(() => sla.status({ ...ticket, respondedAt: '2026-03-02T08:00:00Z' }, '2026-03-02T10:00:00Z')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: 'respondedAt' }),
    );
  });
});

describe('thresholds', () => {
  it('are the instants at 50 %, 75 % and 100 % of the target, across the pause', () => {
    const { thresholds } = sla.status(ticket, '2026-03-02T09:00:00Z');
    // Before the pause is known: 11:00, 12:00, 13:00.
    expect([thresholds.at50, thresholds.at75, thresholds.at100].map(iso)).toEqual([
      '2026-03-02T11:00:00.000Z', '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z',
    ]);
    // Once it has happened: 2 h counted at 12:00 (09:00–10:30, 11:30–12:00), 3 h at 13:00, 4 h at 14:00.
    const after = sla.status(ticket, '2026-03-02T16:00:00Z').thresholds;
    expect([after.at50, after.at75, after.at100].map(iso)).toEqual([
      '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z',
    ]);
  });

  it('cross nights and weekends like the deadline', () => {
    const friday = sla.status({ severity: 3, receivedAt: '2026-03-06T15:00:00Z' }, '2026-03-06T15:00:00Z').thresholds;
    // 8 h from Friday 15:00: 3 h on Friday, then Monday from 09:00.
    expect([friday.at50, friday.at75, friday.at100].map(iso)).toEqual([
      '2026-03-09T10:00:00.000Z', '2026-03-09T12:00:00.000Z', '2026-03-09T14:00:00.000Z',
    ]);
  });
});

describe('explanations', () => {
  it('list the counted business segments by local day, summing to elapsed and to the target', () => {
    const s = sla.status({ severity: 2, receivedAt: '2026-07-09T16:30:00+01:00', respondedAt: '2026-07-10T11:15:00+01:00', pauses: [{ from: '2026-07-10T09:30:00+01:00', to: '2026-07-10T10:00:00+01:00' }] }, '2026-07-11T00:00:00Z', { explain: true });
    expect(s.state).toBe('met');
    expect(s.explanation.timeZone).toBe('Europe/London');
    expect(s.explanation.pauses.map((p) => [iso(p.from), iso(p.to)])).toEqual([['2026-07-10T08:30:00.000Z', '2026-07-10T09:00:00.000Z']]);
    expect(s.explanation.counted.map(({ date, from, to, ms }) => ({ date, from, to, ms }))).toEqual([
      { date: '2026-07-09', from: '16:30', to: '18:00', ms: 1.5 * H },
      { date: '2026-07-10', from: '09:00', to: '09:30', ms: 0.5 * H },
      { date: '2026-07-10', from: '10:00', to: '11:15', ms: 1.25 * H },
    ]);
    expect(s.elapsed).toBe(3.25 * H);
    expect(s.explanation.untilDeadline.at(-1)).toMatchObject({ date: '2026-07-10', from: '10:00', to: '12:00' });
    expect(sla.status(ticket, '2026-03-02T12:00:00Z')).not.toHaveProperty('explanation');
  });
});

describe('independence of calls', () => {
  it('a result does not change when the policy evaluates other tickets, or fails on one', () => {
    const first = sla.status(ticket, '2026-03-02T12:00:00Z', { explain: true });
    const copy = structuredClone(first);
    sla.status({ severity: 3, receivedAt: '2026-12-24T17:30:00Z', pauses: [{ from: '2026-12-29T10:00:00Z' }] }, '2027-01-04T12:00:00Z', { explain: true });
    expect(() => sla.status({ ...ticket, pauses: [{ from: 'soon' }] }, '2026-03-02T12:00:00Z')).toThrow();
    sla.report([ticket, { severity: 1, receivedAt: '2026-03-03T09:00:00Z' }], { now: '2026-03-04T00:00:00Z' });
    expect(first).toEqual(copy);
    expect(sla.status(ticket, '2026-03-02T12:00:00Z', { explain: true })).toEqual(copy);
  });
});
