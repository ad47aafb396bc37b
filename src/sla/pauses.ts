const NONE: readonly number[] = Object.freeze([]);

/**
 * The pauses that stop the clock within `[startMs, endMs]`, as sorted, disjoint, non-empty
 * stretches `[from0, to0, from1, to1, …]` (flattened, like `TicketFacts.pauses`).
 *
 * - Pauses before receipt or after the end (the response, or `now`) are cut off: the clock runs
 *   only between receipt and response, so nothing outside can stop it.
 * - Overlapping, touching and unsorted pauses merge: the clock stops on their union.
 * - An open pause (`to = Infinity`) stays open unless `endMs` cuts it.
 */
export function normalisePauses(raw: readonly number[], startMs: number, endMs: number): readonly number[] {
  if (raw.length === 0) return NONE;
  const out: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const from = raw[i]! > startMs ? raw[i]! : startMs;
    const to = raw[i + 1]! < endMs ? raw[i + 1]! : endMs;
    if (from >= to) continue;
    // Insertion sort by start: tickets carry a handful of pauses.
    let j = out.length;
    out.push(from, to);
    while (j > 0 && out[j - 2]! > from) {
      out[j] = out[j - 2]!;
      out[j + 1] = out[j - 1]!;
      j -= 2;
    }
    out[j] = from;
    out[j + 1] = to;
  }
  let w = 0;
  for (let r = 2; r < out.length; r += 2) {
    if (out[r]! <= out[w + 1]!) {
      if (out[r + 1]! > out[w + 1]!) out[w + 1] = out[r + 1]!;
    } else {
      w += 2;
      out[w] = out[r]!;
      out[w + 1] = out[r + 1]!;
    }
  }
  out.length = out.length === 0 ? 0 : w + 2;
  return out;
}

/** True when a pause covers the instant `atMs` (pauses are half-open: `[from, to)`). */
export function isPausedAt(raw: readonly number[], atMs: number): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]! <= atMs && atMs < raw[i + 1]!) return true;
  }
  return false;
}
