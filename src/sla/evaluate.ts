import { isPausedAt, normalisePauses } from './pauses.js';
import type { TicketFacts } from './read-ticket.js';
import { runClock } from './run-clock.js';
import type { SeverityTarget } from './severity-table.js';

export type SlaState = 'running' | 'paused' | 'met' | 'breached';

/** A ticket's SLA clock as of an instant, in numbers (no Date is made: `report` runs this a million times). */
export interface Evaluation {
  state: SlaState;
  /** Where the clock was read: the response if there was one by `now`, else `now` (never before receipt). */
  endMs: number;
  /** The pauses that counted, normalised and cut at `endMs`. */
  pauses: readonly number[];
  elapsed: number;
  /** Epoch ms at which each goal is reached: `[at50, at75, at100]`, or just the deadline. */
  readonly reached: number[];
}

export function newEvaluation(): Evaluation {
  return { state: 'running', endMs: 0, pauses: [], elapsed: 0, reached: [0, 0, 0] };
}

/**
 * Reads the clock as of `nowMs`, using only what had happened by then: a response after `now` is
 * not yet a response, a pause that starts after `now` has not begun, and a pause still going at
 * `now` is projected as if the clock restarted at `now`. So `status(ticket, t)` is what a person
 * looking at the ticket at `t` would have seen, and replaying `t` forwards shows its transitions.
 * `now` before receipt (clock skew between systems) reads as receipt: nothing has elapsed.
 */
export function evaluate(
  target: SeverityTarget,
  facts: TicketFacts,
  nowMs: number,
  out: Evaluation,
  goals: readonly number[] = target.goals, // `report` needs only the deadline
): Evaluation {
  const received = facts.receivedMs;
  const responded = facts.respondedMs <= nowMs;
  const endMs = responded ? facts.respondedMs : nowMs > received ? nowMs : received;
  const pauses = normalisePauses(facts.pauses, received, endMs);
  out.elapsed = runClock(target.axis, received, pauses, endMs, goals, out.reached);
  const deadline = out.reached[goals.length - 1]!;
  out.state = responded
    ? facts.respondedMs <= deadline ? 'met' : 'breached'
    : nowMs > deadline ? 'breached' : isPausedAt(facts.pauses, endMs) ? 'paused' : 'running';
  out.endMs = endMs;
  out.pauses = pauses;
  return out;
}
