/**
 * The instants at which a ticket's SLA clock has used 50 %, 75 % and 100 % of its target, so a
 * caller can schedule a reminder instead of polling. Pauses are accounted for; while a pause is
 * open they are projected as if the clock restarted at `now` (like the deadline). `at100` is the
 * deadline: the very same `Date` object as `SlaStatus.deadline` (one allocation less per status).
 */
export interface SlaThresholds {
  readonly at50: Date;
  readonly at75: Date;
  readonly at100: Date;
}

/**
 * Business ms at which each threshold is reached: the first whole millisecond at which at least
 * that share of the target is used (`ceil`), so `at50` of a 1 ms target is its deadline.
 */
export function thresholdGoals(targetMs: number): readonly number[] {
  return [Math.ceil(targetMs / 2), Math.ceil((targetMs * 3) / 4), targetMs];
}
