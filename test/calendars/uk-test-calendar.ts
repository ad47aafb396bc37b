import { businessCalendar, type HolidaySource } from '../../src/index.js';

/**
 * England & Wales bank holidays 2026–2027 (gov.uk), inline until the generated `ukBankHolidays`
 * table lands; other years are OUT_OF_RANGE-free empty answers, so keep tests inside 2026–2027.
 */
export const ENGLAND_AND_WALES_2026_2027: HolidaySource = {
  name: 'test:england-and-wales-2026-2027',
  holidaysIn: (year) =>
    [
      ['2026-01-01', "New Year's Day"],
      ['2026-04-03', 'Good Friday'],
      ['2026-04-06', 'Easter Monday'],
      ['2026-05-04', 'Early May bank holiday'],
      ['2026-05-25', 'Spring bank holiday'],
      ['2026-08-31', 'Summer bank holiday'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-28', 'Boxing Day (substitute day)'],
      ['2027-01-01', "New Year's Day"],
      ['2027-03-26', 'Good Friday'],
      ['2027-03-29', 'Easter Monday'],
      ['2027-05-03', 'Early May bank holiday'],
      ['2027-05-31', 'Spring bank holiday'],
      ['2027-08-30', 'Summer bank holiday'],
      ['2027-12-27', 'Christmas Day (substitute day)'],
      ['2027-12-28', 'Boxing Day (substitute day)'],
    ]
      .filter(([date]) => date!.startsWith(`${year}-`))
      .map(([date, name]) => ({ date: date!, name: name! })),
};

export const WEEKDAYS_9_TO_6 = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' } as const;

/** `sla.business-hour`: Mon–Fri 09:00–18:00 UK local time, England & Wales bank holidays. */
export function ukTestCalendar(timeZone = 'Europe/London') {
  return businessCalendar({ timeZone, hours: WEEKDAYS_9_TO_6, holidays: ENGLAND_AND_WALES_2026_2027 });
}
