/**
 * The `p`-th percentile (0 < p ≤ 100) of ascending `sorted` values by the nearest-rank method:
 * the smallest value with at least p % of the values at or below it, i.e. `sorted[⌈p·n/100⌉ − 1]`.
 * Always one of the values (no interpolation), so a reported response time is one that happened;
 * the median of an even count is the lower middle value. `undefined` for no values.
 *
 * @example
 * percentile([1, 2, 3, 4], 50) //=> 2
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) //=> 9
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  // p·n is an exact integer for integer p, so the division rounds only when it must.
  return sorted[Math.max(1, Math.ceil((p * n) / 100)) - 1];
}
