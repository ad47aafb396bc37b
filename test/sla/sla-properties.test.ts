import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../_support/fc.js';
import { refDeadline, refStatus } from '../reference/sla-reference.js';
import { HOUR, MINUTE, TARGETS, asInput, instantArb, offsetArb, policy, ticketArb, uk, type Sev } from './arbitraries.js';

const closed = (t: { pauses: { from: number; to?: number }[] }) => t.pauses.every((p) => p.to !== undefined);

describe('SLA clock properties', () => {
  it('status agrees with the slow reference (state, deadline, elapsed) for any now', () => {
    fc.assert(
      fc.property(ticketArb, offsetArb, fc.nat(5), (t, nowOffset, style) => {
        const now = t.receivedAt + nowOffset;
        const { calendar, targetMs } = TARGETS[t.severity as Sev];
        const ref = refStatus(calendar, targetMs, t, now);
        const s = policy.status(asInput(t, style), now);
        expect({ state: s.state, deadline: s.deadline.getTime(), elapsed: s.elapsed }).toEqual(ref);
      }),
      { numRuns },
    );
  });

  it('deadline() agrees with the reference, and throws only while an open pause hides it', () => {
    fc.assert(
      fc.property(ticketArb, fc.nat(5), (t, style) => {
        const { calendar, targetMs } = TARGETS[t.severity as Sev];
        const end = t.respondedAt ?? Infinity;
        const pauses = t.pauses.map((p) => ({ from: Math.max(p.from, t.receivedAt), to: Math.min(p.to ?? Infinity, end) })).filter((p) => p.from < p.to);
        const ref = refDeadline(calendar, targetMs, t.receivedAt, pauses);
        if (Number.isNaN(ref)) {
          expect(() => policy.deadline(asInput(t, style))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: expect.stringMatching(/^pauses\[\d\]\.to$/) }));
        } else {
          expect(policy.deadline(asInput(t, style)).getTime()).toBe(ref);
        }
      }),
      { numRuns },
    );
  });

  it('the deadline never moves earlier when receivedAt moves later', () => {
    fc.assert(
      fc.property(ticketArb.filter(closed), fc.integer({ min: 0, max: 3 * 24 * 60 }), (t, laterBy) => {
        const open = { severity: t.severity, receivedAt: t.receivedAt, pauses: t.pauses };
        const later = { ...open, receivedAt: t.receivedAt + laterBy * MINUTE };
        expect(policy.deadline(later).getTime()).toBeGreaterThanOrEqual(policy.deadline(open).getTime());
      }),
      { numRuns },
    );
  });

  it('adding a pause of business length p moves the deadline by exactly p business time', () => {
    fc.assert(
      fc.property(ticketArb.filter(closed), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 4 * 24 * 60 }), (t, where, len) => {
        const ticket = { severity: t.severity, receivedAt: t.receivedAt, pauses: t.pauses };
        const before = policy.deadline(ticket).getTime();
        // The new pause starts after every other pause and before the old deadline, so it matters.
        const lastEnd = Math.max(t.receivedAt, ...ticket.pauses.map((p) => p.to!));
        fc.pre(lastEnd < before);
        const from = Math.floor(lastEnd + where * (before - 1 - lastEnd));
        const to = from + len * MINUTE;
        const { calendar } = TARGETS[t.severity as Sev];
        const after = policy.deadline({ ...ticket, pauses: [...ticket.pauses, { from, to }] }).getTime();
        expect(calendar.between(before, after)).toBe(calendar.between(from, to));
      }),
      { numRuns },
    );
  });

  it('while running, elapsed + remaining === target and remaining is the business time left to the deadline', () => {
    fc.assert(
      fc.property(ticketArb, offsetArb, (t, nowOffset) => {
        const now = t.receivedAt + nowOffset;
        const s = policy.status(t, now);
        fc.pre(s.state === 'running');
        const { calendar, targetMs } = TARGETS[t.severity as Sev];
        expect(s.elapsed + s.remaining).toBe(targetMs);
        expect(calendar.between(Math.max(now, t.receivedAt), s.deadline)).toBe(s.remaining);
        expect(s.fractionUsed).toBe(s.elapsed / targetMs);
      }),
      { numRuns },
    );
  });

  it('thresholds are ordered, at100 is the deadline, and each marks its share of the target', () => {
    fc.assert(
      fc.property(ticketArb, offsetArb, (t, nowOffset) => {
        const now = t.receivedAt + nowOffset;
        const s = policy.status(t, now);
        const { at50, at75, at100 } = s.thresholds;
        expect(at50.getTime()).toBeLessThanOrEqual(at75.getTime());
        expect(at75.getTime()).toBeLessThanOrEqual(at100.getTime());
        expect(at100.getTime()).toBe(s.deadline.getTime());
        // Read at a threshold, the clock has used (at least, to the millisecond) that share.
        const { targetMs } = TARGETS[t.severity as Sev];
        // Replay with the pauses exactly as the status saw them (cut at the response or now).
        const end = t.respondedAt !== undefined && t.respondedAt <= now ? t.respondedAt : Math.max(now, t.receivedAt);
        const ticket = { severity: t.severity, receivedAt: t.receivedAt, pauses: t.pauses.filter((p) => p.from <= end).map((p) => ({ from: p.from, to: Math.min(p.to ?? Infinity, end) })) };
        for (const [at, share] of [[at50, 0.5], [at75, 0.75]] as const) {
          if (at.getTime() >= end) {
            expect(policy.status(ticket, at).elapsed).toBe(Math.ceil(targetMs * share));
          }
        }
      }),
      { numRuns },
    );
  });

  it('explanation segments sum to elapsed and to the target', () => {
    fc.assert(
      fc.property(ticketArb, offsetArb, (t, nowOffset) => {
        const s = policy.status(t, t.receivedAt + nowOffset, { explain: true });
        const sum = (xs: readonly { ms: number }[]) => xs.reduce((a, x) => a + x.ms, 0);
        expect(sum(s.explanation.counted)).toBe(s.elapsed);
        expect(sum(s.explanation.untilDeadline)).toBe(TARGETS[t.severity as Sev].targetMs);
        for (const seg of s.explanation.counted) expect(seg.end.getTime() - seg.start.getTime()).toBe(seg.ms);
      }),
      { numRuns },
    );
  });

  it('a pause wholly outside business hours costs nothing', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 6 }), (receivedAt, nightsLater) => {
        // 19:00 → 08:00 the next morning, UK time, some nights after receipt.
        const base = uk.nextOpen(receivedAt + nightsLater * 24 * HOUR);
        const evening = uk.nextClose(base).getTime() + HOUR;
        const ticket = { severity: 3, receivedAt };
        const withPause = { ...ticket, pauses: [{ from: evening, to: evening + 13 * HOUR }] };
        fc.pre(uk.between(evening, evening + 13 * HOUR) === 0);
        expect(policy.deadline(withPause)).toEqual(policy.deadline(ticket));
      }),
      { numRuns },
    );
  });
});
