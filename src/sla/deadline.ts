import { fail } from '../errors.js';
import { normalisePauses } from './pauses.js';
import type { TicketFacts } from './read-ticket.js';
import { runClock } from './run-clock.js';
import type { SeverityTarget } from './severity-table.js';

/**
 * The deadline of a ticket from its own facts (no `now`): the earliest instant at which the
 * business time counted since receipt, less the pauses, reaches the target. Pauses after a
 * response are cut off (the clock had stopped).
 *
 * An open pause (no `to`) that begins before the target is used up leaves the deadline unknown:
 * it depends on when the customer answers. Rather than guess (the pause's start would be too
 * early, "never" is not a date), this throws `INVALID_INPUT` at `pauses[i].to`; `status(ticket,
 * now)` gives the projection "if the clock restarted now". An open pause that begins after the
 * deadline changes nothing, and the deadline is returned.
 */
export function deadlineMs(target: SeverityTarget, facts: TicketFacts): number {
  const pauses = normalisePauses(facts.pauses, facts.receivedMs, facts.respondedMs);
  const reached = [0];
  runClock(target.axis, facts.receivedMs, pauses, facts.respondedMs, target.deadlineGoal, reached);
  const deadline = reached[0]!;
  if (Number.isNaN(deadline)) {
    const open = openPauseIndex(facts.pauses);
    fail('INVALID_INPUT', ['pauses', open, 'to'], 'this pause is still open and stops the clock before the target is used up, so the deadline is not known yet: give the pause its `to`, or use status(ticket, now) for a projection');
  }
  return deadline;
}

// The open pause that stopped the clock: the earliest-starting one (later ones merge into it).
function openPauseIndex(raw: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i + 1] === Infinity && (best < 0 || raw[i]! < raw[2 * best]!)) best = i / 2;
  }
  return best;
}
