import type { Evaluation, SlaState } from './evaluate.js';
import { explain, type SlaExplanation } from './explain.js';
import type { TicketFacts } from './read-ticket.js';
import type { SeverityTarget } from './severity-table.js';
import type { SlaThresholds } from './thresholds.js';

/**
 * Where a ticket stands at `now`.
 *
 * - `state`: `met` (responded at or before the deadline), `breached` (responded after it, or no
 *   response and `now` is past it), `paused` (a pause covers `now`), else `running`.
 * - `elapsed`: business ms counted since receipt, less pauses, up to the response or `now`.
 * - `remaining`: `target − elapsed`; negative once business time has run past the deadline. A
 *   ticket breached in closed hours (deadline at 18:00, `now` 18:30) has `remaining` 0 until the
 *   next opening: no business time has passed since the deadline.
 * - `fractionUsed`: `elapsed / target` (1 at the deadline, above 1 once overdue).
 * - `deadline` and `thresholds` follow the pauses; while one is open, as if it ended at `now`.
 */
export interface SlaStatus {
  readonly severity: string;
  readonly state: SlaState;
  readonly deadline: Date;
  readonly elapsed: number;
  readonly remaining: number;
  readonly fractionUsed: number;
  readonly thresholds: SlaThresholds;
  /** Only with `{ explain: true }`. */
  readonly explanation?: SlaExplanation;
}

export interface SlaStatusOptions {
  /** Add `explanation`: the counted business segments, day by day. Off by default (it allocates). */
  readonly explain?: boolean;
}

export function toStatus(target: SeverityTarget, facts: TicketFacts, ev: Evaluation, withExplanation: boolean): SlaStatus {
  const [at50, at75, at100] = ev.reached as [number, number, number];
  const deadline = new Date(at100);
  const status = {
    severity: target.severity,
    state: ev.state,
    deadline,
    elapsed: ev.elapsed,
    remaining: target.targetMs - ev.elapsed,
    fractionUsed: ev.elapsed / target.targetMs,
    thresholds: { at50: new Date(at50), at75: new Date(at75), at100: deadline },
  };
  if (!withExplanation) return status;
  return { ...status, explanation: explain(target.calendar, facts.receivedMs, ev.pauses, ev.endMs, at100) };
}
