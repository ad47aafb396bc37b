import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { parseInput } from '../../_lib/validate.js';
import { decodeDayTable } from './decode-day-table.js';
import type { Holiday, HolidaySource } from './holiday-source.js';
import { FIRST_YEAR, LAST_YEAR, NAMES, TABLES } from './uk-bank-holidays.data.js';

/** The three UK bank-holiday jurisdictions, as gov.uk names them. */
export const UkDivisionSchema = /* @__PURE__ */ z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type UkDivision = z.infer<typeof UkDivisionSchema>;

/** A `HolidaySource` that also says which division and which years it covers. */
export interface UkBankHolidaySource extends HolidaySource {
  readonly division: UkDivision;
  /** First and last year `holidaysIn` answers; any other year throws `OUT_OF_RANGE`. */
  readonly firstYear: number;
  readonly lastYear: number;
}

// Decoded on first use, per division: importing the module costs nothing. A memo that callers
// cannot observe (the lists are frozen).
const decoded: Partial<Record<UkDivision, readonly (readonly Holiday[])[]>> = {};

/**
 * The UK bank holidays of one division, 1990–2080, from a compact table generated from
 * date-holidays (with documented corrections; see docs/holidays.md). Only days that are bank
 * holidays are listed: a holiday on a Saturday or Sunday appears as its substitute day
 * (`'Christmas Day (substitute day)'`), not on the weekend date. A year outside the table throws
 * `PolicyClockError` `OUT_OF_RANGE`, never an empty list.
 *
 * @param division - `'england-and-wales'` (default), `'scotland'` or `'northern-ireland'`
 *
 * @example
 * ukBankHolidays().holidaysIn(2022).map((h) => h.date)
 * //=> ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03',
 * //    '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']
 *
 * @example
 * ukBankHolidays('scotland').holidaysIn(2026).find((h) => h.date === '2026-11-30')
 * //=> { date: '2026-11-30', name: 'St Andrew’s Day' }
 *
 * @example
 * ukBankHolidays().holidaysIn(2081) // throws PolicyClockError, code 'OUT_OF_RANGE', path 'year'
 */
export function ukBankHolidays(division: UkDivision = 'england-and-wales'): UkBankHolidaySource {
  const checked = parseInput(UkDivisionSchema, division, ['division']);
  const name = `uk-bank-holidays:${checked}`;
  return Object.freeze({
    name,
    division: checked,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    holidaysIn(year: number): readonly Holiday[] {
      if (typeof year !== 'number' || !Number.isInteger(year)) {
        return fail('INVALID_INPUT', ['year'], `expected a whole year, got ${String(year)}`);
      }
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        return fail('OUT_OF_RANGE', ['year'], `${name} covers ${FIRST_YEAR}–${LAST_YEAR}; ${year} is outside the table`);
      }
      const years = (decoded[checked] ??= decodeDayTable(TABLES[checked], NAMES, FIRST_YEAR, LAST_YEAR));
      return years[year - FIRST_YEAR]!;
    },
  });
}
