/** A half-open interval of epoch milliseconds, `[from, to)`. */
export interface Interval {
  readonly from: number;
  readonly to: number;
}

/** The union of `intervals` as sorted, disjoint, non-touching intervals. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, i.to) };
    else out.push(i);
  }
  return out;
}

/** The parts of merged `a` not covered by merged `b` (both as `mergeIntervals` returns them). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const { from, to } of a) {
    let cursor = from;
    while (j < b.length && b[j]!.to <= cursor) j++;
    for (let k = j; k < b.length && b[k]!.from < to; k++) {
      if (b[k]!.from > cursor) out.push({ from: cursor, to: b[k]!.from });
      cursor = Math.max(cursor, b[k]!.to);
    }
    if (cursor < to) out.push({ from: cursor, to });
  }
  return out;
}
