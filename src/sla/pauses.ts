const NONE: readonly number[] = [];

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
  if (isNormal(raw, startMs, endMs)) return raw; // the usual case: nothing to cut, sort or merge
  const cut: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const from = raw[i]! > startMs ? raw[i]! : startMs;
    const to = raw[i + 1]! < endMs ? raw[i + 1]! : endMs;
    if (from >= to) continue;
    // Insertion sort by start: tickets carry a handful of pauses.
    let j = cut.length;
    cut.push(from, to);
    while (j > 0 && cut[j - 2]! > from) {
      cut[j] = cut[j - 2]!;
      cut[j + 1] = cut[j - 1]!;
      j -= 2;
    }
    cut[j] = from;
    cut[j + 1] = to;
  }
  if (cut.length <= 2) return cut;
  const out: number[] = [cut[0]!, cut[1]!];
  for (let r = 2; r < cut.length; r += 2) {
    const last = out.length - 1;
    if (cut[r]! <= out[last]!) {
      if (cut[r + 1]! > out[last]!) out[last] = cut[r + 1]!;
    } else {
      out.push(cut[r]!, cut[r + 1]!);
    }
  }
  return out;
}

// Sorted, within [startMs, endMs], non-empty, and each starting after the previous one ends.
function isNormal(raw: readonly number[], startMs: number, endMs: number): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    const from = raw[i]!;
    const to = raw[i + 1]!;
    if (i === 0 ? from < startMs : from <= raw[i - 1]!) return false;
    if (!(from < to && to <= endMs)) return false;
  }
  return true;
}

/** True when a pause covers the instant `atMs` (pauses are half-open: `[from, to)`). */
export function isPausedAt(raw: readonly number[], atMs: number): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]! <= atMs && atMs < raw[i + 1]!) return true;
  }
  return false;
}
