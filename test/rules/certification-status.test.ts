import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/errors.js';
import type { CertificationEvent } from '../../src/rules/certification/certification-event-schema.js';
import { certificationStatus } from '../../src/rules/certification/certification-status.js';
import { CERTIFICATION_EVENT_TYPES } from '../../src/rules/certification/certification-transitions.js';
import { numRuns } from '../_support/fc.js';

const NOW = '2026-06-01T00:00:00+02:00';
const day = (d: number, type: CertificationEvent['type'], findings?: string[]): CertificationEvent => ({
  type, at: `2026-03-${String(d).padStart(2, '0')}T09:00:00+01:00`, ...(findings && { findings }),
});
const status = (events: CertificationEvent[], now = NOW) => certificationStatus(events, { now });
const mustRules = (s: ReturnType<typeof status>) => s.findings.filter((f) => f.level === 'must').map((f) => [f.rule, f.path]);

describe('certificationStatus: one example per rule of POLICIES.md §5', () => {
  it('before any event: not applied, next step the application', () => {
    expect(status([])).toMatchObject({ state: 'not-applied', reviews: 0, overdue: false, billable: false, fee: 'none', findings: [], nextStep: 'Submit the online application form.' });
  });

  it('cert.application: the case starts with one application; events before it, or a second one, are refused', () => {
    const s = status([day(1, 'review-completed', []), day(2, 'applied'), day(3, 'applied')], '2026-03-04T00:00:00+01:00');
    expect(s.state).toBe('applied');
    expect(mustRules(s)).toEqual([['cert.application', 'events[0]'], ['cert.application', 'events[2]']]);
    expect(s.findings[0]!.message).toBe(
      'review-completed (2026-03-01 09:00 (Europe/Berlin)) is not allowed while the case is not-applied: a case starts with exactly one application; a new application starts a new case.',
    );
    expect(s.findings[0]!.expected).toBe('applied');
  });

  it('cert.review: feedback due 14 calendar days after the application; overdue after that; questionnaire in parallel', () => {
    const events = [day(2, 'applied')];
    const due = status(events, '2026-03-16T09:00:00+01:00');
    expect(due).toMatchObject({ state: 'applied', overdue: false, feedbackDue: new Date('2026-03-16T08:00:00Z'), findings: [] });
    expect(due.nextStep).toBe('The review is under way (feedback due 2026-03-16 09:00 (Europe/Berlin)). Answer the audit questionnaire in parallel.');
    const late = status([...events, day(5, 'questionnaire-submitted')], '2026-03-16T09:00:00.001+01:00');
    expect(late).toMatchObject({ state: 'in-review', overdue: true, questionnaireSubmitted: true });
    expect(late.findings).toEqual([expect.objectContaining({ rule: 'cert.review', level: 'should', path: 'events[0]' })]);
    // A questionnaire after the review procedure is over is refused.
    expect(mustRules(status([...events, day(10, 'review-completed', []), day(11, 'questionnaire-submitted')]))).toEqual([['cert.review', 'events[2]']]);
  });

  it('cert.review: 14 calendar days span the spring DST change in the zone (13 days 23 h)', () => {
    const s = certificationStatus([{ type: 'applied', at: '2026-03-20T09:00:00+01:00' }], { now: '2026-03-21T00:00:00Z', timeZone: 'Europe/Berlin' });
    expect(s.feedbackDue).toEqual(new Date('2026-04-03T07:00:00Z')); // 09:00 CEST
  });

  it('cert.pass: a review without findings certifies; the fee is billable after it', () => {
    const s = status([day(2, 'applied'), day(4, 'questionnaire-submitted'), day(10, 'review-completed', [])]);
    expect(s).toMatchObject({ state: 'certified', reviews: 1, overdue: false, billable: true, fee: 'standard', findings: [], openPoints: [] });
    expect(s.feedbackDue).toBeUndefined();
  });

  it('cert.findings: findings → remediation → free second review → certified or not certified; a third review is refused', () => {
    const first = [day(2, 'applied'), day(10, 'review-completed', ['no backup evidence', 'missing SCC'])];
    expect(status(first)).toMatchObject({ state: 'remediation', reviews: 1, fee: 'none', billable: false, openPoints: ['no backup evidence', 'missing SCC'] });
    const second = [...first, day(15, 'remediation-submitted')];
    expect(status(second, '2026-03-20T00:00:00+01:00')).toMatchObject({ state: 'second-review', fee: 'none', feedbackDue: new Date('2026-03-29T07:00:00Z') });
    expect(status([...second, day(20, 'review-completed', [])])).toMatchObject({ state: 'certified', reviews: 2, fee: 'standard', billable: true, openPoints: [] });
    const failed = status([...second, day(20, 'review-completed', ['missing SCC']), day(25, 'review-completed', [])]);
    expect(failed).toMatchObject({ state: 'not-certified', reviews: 2, fee: 'standard', billable: true, openPoints: ['missing SCC'] });
    expect(mustRules(failed)).toEqual([['cert.findings', 'events[4]']]);
    // A review while remediation is outstanding is refused too.
    expect(mustRules(status([...first, day(12, 'review-completed', [])]))).toEqual([['cert.findings', 'events[2]']]);
  });

  it('cert.documents: requests come from the reviewers; the review waits for the documents and resumes where it was', () => {
    const s = status([day(2, 'applied'), day(3, 'documents-requested'), day(4, 'questionnaire-submitted'), day(5, 'review-completed', [])], '2026-03-06T00:00:00+01:00');
    expect(s.state).toBe('documents-requested');
    expect(mustRules(s)).toEqual([['cert.documents', 'events[3]']]);
    expect(s.nextStep).toBe('Send the requested documents to the reviewers.');
    const resumed = status([day(2, 'applied'), day(3, 'documents-requested'), day(4, 'questionnaire-submitted'), day(6, 'documents-received')], '2026-03-07T00:00:00+01:00');
    expect(resumed.state).toBe('in-review');
    const inRemediation = status([day(2, 'applied'), day(5, 'review-completed', ['x']), day(6, 'documents-requested'), day(7, 'documents-received')]);
    expect(inRemediation.state).toBe('remediation');
    expect(mustRules(status([day(2, 'applied'), day(3, 'documents-received')]))).toEqual([['cert.documents', 'events[1]']]);
  });

  it('cert.billing: an invoice before the review procedure is complete, or a second invoice, is refused', () => {
    const early = status([day(2, 'applied'), day(3, 'invoice-issued'), day(10, 'review-completed', ['x'])]);
    expect(early).toMatchObject({ state: 'remediation', invoiced: false, billable: false, fee: 'none' });
    expect(mustRules(early)).toEqual([['cert.billing', 'events[1]']]);
    const twice = status([day(2, 'applied'), day(10, 'review-completed', []), day(11, 'invoice-issued'), day(12, 'invoice-issued')]);
    expect(twice).toMatchObject({ state: 'certified', invoiced: true, billable: false, fee: 'standard' });
    expect(mustRules(twice)).toEqual([['cert.billing', 'events[3]']]);
    expect(twice.findings[0]!.message).toContain('the case is already invoiced');
  });

  it('events are taken in time order, ties in input order', () => {
    const s = status([day(10, 'review-completed', []), day(2, 'applied')]);
    expect(s).toMatchObject({ state: 'certified', findings: [] });
  });

  it('German on request', () => {
    const s = certificationStatus([day(2, 'applied'), day(3, 'invoice-issued')], { now: NOW, locale: 'de' });
    expect(s.findings[0]!.message).toContain('ist im Zustand applied nicht zulässig: Gebühren werden einmal abgerechnet');
    expect(s.findings[0]!.source).toContain('Die Abrechnung der Gebühren fällt erst nach der erfolgten Prüf-Prozedur an');
  });

  it('rejects malformed events with the field path', () => {
    const error = (events: unknown, now: unknown = NOW) => {
      try { certificationStatus(events as CertificationEvent[], { now } as { now: string }); } catch (e) { if (isPolicyClockError(e)) return { code: e.code, path: e.path }; }
      return undefined;
    };
    expect(error([{ type: 'certified', at: NOW }])).toEqual({ code: 'INVALID_INPUT', path: 'events[0].type' });
    expect(error([day(2, 'applied'), { type: 'applied', at: '2026-03-02T09:00' }])).toEqual({ code: 'INVALID_INPUT', path: 'events[1].at' });
    expect(error([{ ...day(2, 'applied'), findings: ['x'] }])).toEqual({ code: 'INVALID_INPUT', path: 'events[0].findings' });
    expect(error([day(2, 'applied')], '2026-03-01T00:00:00Z')).toEqual({ code: 'INVALID_INPUT', path: 'events[0].at' });
    expect(error([{ type: 'applied', at: NOW, note: 'x' }])).toEqual({ code: 'INVALID_INPUT', path: 'events[0].note' });
    expect(error('applied')).toEqual({ code: 'INVALID_INPUT', path: 'events' });
  });
});

describe('certificationStatus properties on random event sequences', () => {
  const HOUR = 3_600_000;
  const BASE = Date.UTC(2026, 0, 1);
  const NOW_MS = BASE + 400 * 24 * HOUR;
  const event = fc.record({
    type: fc.constantFrom(...CERTIFICATION_EVENT_TYPES),
    hour: fc.integer({ min: 0, max: 300 * 24 }),
    findings: fc.constantFrom<string[]>([], ['x'], ['x', 'y']),
  }).map(({ type, hour, findings }): CertificationEvent => ({ type, at: BASE + hour * HOUR, ...(type === 'review-completed' && { findings }) }));
  // Realistic cases often start with an application: bias a share of sequences that way.
  const sequence = fc.oneof(
    fc.array(event, { maxLength: 12 }),
    fc.array(event, { maxLength: 12 }).map((es) => [{ type: 'applied' as const, at: BASE }, ...es]),
  );

  it('never certified without an accepted review that left no open points; never invoiced before the procedure is complete', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        const s = certificationStatus(events, { now: NOW_MS });
        const refused = new Set(s.findings.filter((f) => f.level === 'must').map((f) => f.path));
        const accepted = events.map((e, i) => ({ ...e, i })).filter((e) => !refused.has(`events[${e.i}]`)).sort((a, b) => (a.at as number) - (b.at as number) || a.i - b.i);
        const reviews = accepted.filter((e) => e.type === 'review-completed');
        if (s.state === 'certified') {
          expect(reviews.at(-1)?.findings).toEqual([]);
          expect(s.openPoints).toEqual([]);
        }
        const complete = s.state === 'certified' || s.state === 'not-certified';
        const invoice = accepted.findIndex((e) => e.type === 'invoice-issued');
        expect(s.invoiced).toBe(invoice >= 0);
        if (invoice >= 0) {
          expect(complete).toBe(true);
          expect(accepted.slice(invoice).some((e) => e.type === 'review-completed')).toBe(false);
          expect(accepted.filter((e) => e.type === 'invoice-issued')).toHaveLength(1);
        }
        expect(s.reviews).toBe(reviews.length);
        expect(s.reviews).toBeLessThanOrEqual(2);
        expect(s.billable).toBe(complete && !s.invoiced);
        expect(s.fee).toBe(complete ? 'standard' : 'none');
        expect(s.overdue).toBe(s.feedbackDue !== undefined && NOW_MS > s.feedbackDue.getTime());
        expect(s.findings.filter((f) => f.level === 'must')).toHaveLength(events.length - accepted.length);
      }),
      { numRuns },
    );
  });

  it('the status does not depend on the input order of events at distinct times', () => {
    fc.assert(
      fc.property(sequence, fc.integer(), (events, seed) => {
        const distinct = events.filter((e, i) => events.findIndex((f) => f.at === e.at) === i);
        const shuffled = distinct.map((e, i) => [e, Math.sin(seed + i)] as const).sort((a, b) => a[1] - b[1]).map(([e]) => e);
        const a = certificationStatus(distinct, { now: NOW_MS });
        const b = certificationStatus(shuffled, { now: NOW_MS });
        // Findings name events by input index: compare the instants they point at instead.
        const refusedAt = (s: typeof a, es: CertificationEvent[]) =>
          s.findings.map((f) => `${f.rule} ${f.level} ${es[Number(/\d+/.exec(f.path!)![0])]!.at as number}`).sort();
        expect({ ...b, findings: refusedAt(b, shuffled) }).toEqual({ ...a, findings: refusedAt(a, distinct) });
      }),
      { numRuns },
    );
  });
});
