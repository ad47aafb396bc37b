// The `policyclock/date-holidays` subpath: any country's holidays through a date-holidays instance
// that the user creates. Nothing here imports date-holidays itself (an optional peer dependency).
export { fromDateHolidays, DateHolidaysTypeSchema, FromDateHolidaysOptionsSchema } from './calendars/holidays/from-date-holidays.js';
export type { DateHolidaysEntry, DateHolidaysLike, FromDateHolidaysOptions } from './calendars/holidays/from-date-holidays.js';
export type { Holiday, HolidaySource } from './calendars/holidays/holiday-source.js';
