import * as z from 'zod/mini';
import { parseInput } from '../_lib/validate.js';
import { businessCalendar, type BusinessCalendar } from '../calendars/business-calendar.js';
import { ukBankHolidays, UkDivisionSchema } from '../calendars/holidays/uk-bank-holidays.js';

export const UkBusinessHoursOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Whose bank holidays close the desk; default `'england-and-wales'`. */
    division: z.optional(UkDivisionSchema),
    /** Default `'Europe/London'` (GMT in winter, BST in summer); `'UTC'` reads "09:00–18:00 GMT" literally. */
    timeZone: z.optional(z.string()),
  }))();
export type UkBusinessHoursOptions = z.input<typeof UkBusinessHoursOptionsSchema>;

const DAY = '09:00-18:00';

/**
 * UK business hours as POLICIES.md `sla.business-hour` reads them: Monday to Friday 09:00–18:00
 * UK local time, closed on England & Wales bank holidays (1990–2080). `division` picks Scotland's
 * or Northern Ireland's holidays; `timeZone: 'UTC'` gives the literal "09:00–18:00 GMT" reading,
 * an hour later than UK local time in summer.
 *
 * @example
 * ukBusinessHours().isOpen('2026-12-28T10:00:00Z') //=> false (Boxing Day, substitute day)
 *
 * @example
 * ukBusinessHours({ timeZone: 'UTC' }).isOpen('2026-07-01T08:30:00Z') //=> false (09:30 BST, but 08:30 GMT)
 */
export function ukBusinessHours(options?: UkBusinessHoursOptions): BusinessCalendar {
  const { division, timeZone = 'Europe/London' } = parseInput(
    UkBusinessHoursOptionsSchema,
    options === undefined ? {} : options,
    ['options'],
  );
  return businessCalendar({
    timeZone,
    hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
    holidays: ukBankHolidays(division),
  });
}
