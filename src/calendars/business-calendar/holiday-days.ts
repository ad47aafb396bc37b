import { fail } from '../../errors.js';
import { parseLocalDate } from '../../_lib/local-time.js';
import type { HolidaySource } from '../holidays/holiday-source.js';

/** A holiday source with the config path it came from (`holidays` or `holidays[1]`). */
export interface PlacedHolidaySource {
  readonly source: HolidaySource;
  readonly path: readonly PropertyKey[];
}

/**
 * The local day numbers that the sources declare holidays in `year`. A source's own
 * `PolicyClockError` (`OUT_OF_RANGE` for a year it does not cover) propagates unchanged; a date a
 * source cannot spell is its bug, reported as `INVALID_INPUT` at the source's path.
 */
export function holidayDays(sources: readonly PlacedHolidaySource[], year: number): Set<number> {
  const days = new Set<number>();
  for (const { source, path } of sources) {
    const holidays = source.holidaysIn(year);
    if (!Array.isArray(holidays)) fail('INVALID_INPUT', path, `holiday source "${source.name}" returned no array for ${year}`);
    for (const holiday of holidays as readonly unknown[]) {
      const date = (holiday as { date?: unknown } | null)?.date;
      const day = typeof date === 'string' ? parseLocalDate(date) : undefined;
      if (day === undefined) fail('INVALID_INPUT', path, `holiday source "${source.name}" returned ${JSON.stringify(date)} for ${year}, not a date "YYYY-MM-DD"`);
      days.add(day);
    }
  }
  return days;
}
