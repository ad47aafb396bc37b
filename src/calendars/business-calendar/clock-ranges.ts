import { parseClockRange } from '../../_lib/local-time.js';

/**
 * One opening range of a day in minutes after its local midnight, `[start, end)`; `end` passes
 * 1440 for a range that runs past midnight, which still belongs to the day it starts on.
 * `index` is its position in the configured array (`undefined` for a lone string), for error paths.
 */
export interface ClockRange {
  readonly start: number;
  readonly end: number;
  readonly index: number | undefined;
}

/** Validated `'HH:MM-HH:MM'` text (one range or several) → ranges sorted by start. */
export function toClockRanges(value: string | readonly string[] | undefined): ClockRange[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  return list
    .map((text, i) => {
      // The schema has checked every range, so a parse failure here would be a bug, not bad input.
      const [start, end] = parseClockRange(text)!;
      return { start, end, index: typeof value === 'string' ? undefined : i };
    })
    .sort((a, b) => a.start - b.start);
}

/** Minutes past the next local midnight that the day's last range still runs for (0 if none). */
export function spillOf(ranges: readonly ClockRange[]): number {
  let spill = 0;
  for (const range of ranges) spill = Math.max(spill, range.end - 1440);
  return spill;
}
