import type { BusinessAxis } from './business-axis.js';

/**
 * Runs a ticket's SLA clock: business time counts from `receivedMs`, except inside `pauses`
 * (normalised: sorted, disjoint, within `[receivedMs, endMs]`).
 *
 * Writes into `reached[k]` the earliest instant at which the counted time reaches `goals[k]`
 * (ascending, each > 0) — `NaN` when an open pause stops the clock before that — and returns the
 * business time counted in `[receivedMs, endMs)` (`NaN` for an endless `endMs`).
 *
 * Every goal lies in exactly one running stretch, so each costs one `instantAt`; the stretches
 * cost two `at` lookups per pause. Nothing is allocated.
 */
export function runClock(
  axis: BusinessAxis,
  receivedMs: number,
  pauses: readonly number[],
  endMs: number,
  goals: readonly number[],
  reached: number[],
): number {
  let pos = axis.at(receivedMs); // position where the current running stretch starts
  let used = 0; // business ms counted before it
  let k = 0;
  for (let i = 0; i < pauses.length; i += 2) {
    const stretch = axis.at(pauses[i]!) - pos;
    while (k < goals.length && goals[k]! <= used + stretch) {
      reached[k] = axis.instantAt(pos + goals[k]! - used);
      k++;
    }
    used += stretch;
    const to = pauses[i + 1]!;
    if (to === Infinity) {
      for (; k < goals.length; k++) reached[k] = NaN;
      return NaN;
    }
    pos = axis.at(to);
  }
  for (; k < goals.length; k++) reached[k] = axis.instantAt(pos + goals[k]! - used);
  return endMs === Infinity ? NaN : used + axis.at(endMs) - pos;
}
