import { describe, expect, it } from 'vitest';
import { ukSupportSla } from '../../src/presets/uk-support-sla.js';

const london = ukSupportSla();
const gmt = ukSupportSla({ timeZone: 'UTC' });
const due = (sla: typeof london, t: Parameters<typeof london.deadline>[0]) => sla.deadline(t).toISOString();

describe('deadline', () => {
  it('Christmas 2026: 25 Dec (Fri), the weekend and 28 Dec (Boxing Day substitute) are closed', () => {
    // Thursday 24 Dec 17:30 GMT: 30 minutes that evening, the rest from Tuesday 29 Dec 09:00.
    expect(due(london, { severity: 1, receivedAt: '2026-12-24T17:30:00Z' })).toBe('2026-12-29T09:30:00.000Z');
    expect(due(london, { severity: 2, receivedAt: '2026-12-24T17:30:00Z' })).toBe('2026-12-29T12:30:00.000Z');
    expect(due(london, { severity: 3, receivedAt: '2026-12-24T17:30:00Z' })).toBe('2026-12-29T16:30:00.000Z');
  });

  it('the spring DST weekend: Friday in GMT, Monday in BST', () => {
    // Friday 27 Mar 2026 16:00 GMT, severity 3: 2 h on Friday, 6 h from Monday 09:00 BST (08:00Z).
    expect(due(london, { severity: 3, receivedAt: '2026-03-27T16:00:00Z' })).toBe('2026-03-30T14:00:00.000Z');
    // The literal "09:00–18:00 GMT" reading opens an hour later in summer: 15:00 GMT = 16:00 BST.
    expect(due(gmt, { severity: 3, receivedAt: '2026-03-27T16:00:00Z' })).toBe('2026-03-30T15:00:00.000Z');
  });

  it('the autumn DST weekend: Friday in BST, Monday in GMT', () => {
    // Friday 23 Oct 2026 16:00 BST (15:00Z): 2 h on Friday, 6 h from Monday 09:00 GMT.
    expect(due(london, { severity: 3, receivedAt: '2026-10-23T16:00:00+01:00' })).toBe('2026-10-26T15:00:00.000Z');
    // Literal GMT: Friday 15:00–18:00 GMT is 3 h, then Monday 09:00–14:00 GMT.
    expect(due(gmt, { severity: 3, receivedAt: '2026-10-23T16:00:00+01:00' })).toBe('2026-10-26T14:00:00.000Z');
  });

  it('a pause waiting on the customer moves the deadline by its business length', () => {
    // Tuesday 9 Jun 2026 10:00 BST, severity 2: due 14:00 BST without the pause.
    const ticket = { severity: 2, receivedAt: '2026-06-09T10:00:00+01:00' };
    expect(due(london, ticket)).toBe('2026-06-09T13:00:00.000Z');
    // Waiting 11:00 Tue → 10:00 Wed: 7 h + 1 h of business time stop the clock; 3 h remain from Wed 10:00.
    expect(due(london, { ...ticket, pauses: [{ from: '2026-06-09T11:00:00+01:00', to: '2026-06-10T10:00:00+01:00' }] })).toBe('2026-06-10T12:00:00.000Z');
  });

  it('a pause outside business hours costs nothing', () => {
    const ticket = { severity: 2, receivedAt: '2026-06-09T16:00:00+01:00' };
    expect(due(london, { ...ticket, pauses: [{ from: '2026-06-09T19:00:00+01:00', to: '2026-06-10T08:00:00+01:00' }] })).toBe(due(london, ticket));
  });

  it('unsorted, overlapping pauses count once (their union)', () => {
    const ticket = { severity: 3, receivedAt: '2026-06-08T09:00:00+01:00' };
    const messy = [
      { from: '2026-06-08T12:00:00+01:00', to: '2026-06-08T13:00:00+01:00' },
      { from: '2026-06-08T10:00:00+01:00', to: '2026-06-08T11:00:00+01:00' },
      { from: '2026-06-08T10:30:00+01:00', to: '2026-06-08T12:30:00+01:00' },
    ];
    // Union 10:00–13:00: 3 h stopped, due 17:00 + 3 h → Tuesday 11:00 BST.
    expect(due(london, { ...ticket, pauses: messy })).toBe('2026-06-09T10:00:00.000Z');
    expect(due(london, { ...ticket, pauses: [{ from: '2026-06-08T10:00:00+01:00', to: '2026-06-08T13:00:00+01:00' }] })).toBe('2026-06-09T10:00:00.000Z');
  });

  it('a request on a weekend or bank holiday starts at the next opening', () => {
    expect(due(london, { severity: 1, receivedAt: '2026-03-07T11:00:00Z' })).toBe('2026-03-09T10:00:00.000Z'); // Saturday
    expect(due(london, { severity: 1, receivedAt: '2026-04-03T11:00:00+01:00' })).toBe('2026-04-07T09:00:00.000Z'); // Good Friday → Tuesday 10:00 BST
  });

  it('an open pause that hides the deadline throws at its `to`; one after the deadline does not matter', () => {
    const ticket = { severity: 2, receivedAt: '2026-06-09T10:00:00+01:00' };
    expect(() => london.deadline({ ...ticket, pauses: [{ from: '2026-06-09T09:00:00Z', to: '2026-06-09T09:30:00Z' }, { from: '2026-06-09T11:00:00+01:00' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: 'pauses[1].to', message: expect.stringContaining('status(ticket, now)') }),
    );
    expect(due(london, { ...ticket, pauses: [{ from: '2026-06-09T14:00:00+01:00' }] })).toBe('2026-06-09T13:00:00.000Z');
  });

  it('pauses before receipt or after the response are cut off', () => {
    const ticket = { severity: 2, receivedAt: '2026-06-09T10:00:00+01:00' };
    expect(due(london, { ...ticket, pauses: [{ from: '2026-06-08T10:00:00+01:00', to: '2026-06-09T10:00:00+01:00' }] })).toBe('2026-06-09T13:00:00.000Z');
    // An open pause after a response is over when the response came.
    const answered = { ...ticket, respondedAt: '2026-06-09T11:00:00+01:00', pauses: [{ from: '2026-06-09T10:30:00+01:00' }] };
    expect(due(london, answered)).toBe('2026-06-09T13:30:00.000Z');
    expect(london.status(answered, '2026-06-09T12:00:00+01:00').deadline.toISOString()).toBe('2026-06-09T13:30:00.000Z');
  });
});
