import { DAY_MS, formatLocalDate } from '../../_lib/local-time.js';
import type { Holiday } from './holiday-source.js';

/**
 * Decodes a generated holiday table (format: scripts/generate-uk-holidays.mjs) into frozen lists
 * of holidays, one per year from `firstYear` to `lastYear` (index 0 is `firstYear`).
 */
export function decodeDayTable(
  table: string,
  names: string,
  firstYear: number,
  lastYear: number,
): readonly (readonly Holiday[])[] {
  const dictionary = names.split('|');
  const years: Holiday[][] = Array.from({ length: lastYear - firstYear + 1 }, () => []);
  let day = Date.UTC(firstYear, 0, 1) / DAY_MS;
  for (let i = 0; i < table.length; i += 3) {
    day += parseInt(table.slice(i, i + 2), 36);
    const date = formatLocalDate(day);
    const name = dictionary[parseInt(table.charAt(i + 2), 36)]!;
    years[+date.slice(0, 4) - firstYear]!.push(Object.freeze({ date, name }));
  }
  return Object.freeze(years.map((list) => Object.freeze(list)));
}
