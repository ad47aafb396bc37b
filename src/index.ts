// The package root re-exports only. Keep module top levels free of side effects
// ("sideEffects": false lets bundlers drop whatever a user does not import).
export { PolicyClockError, isPolicyClockError } from './errors.js';
export type { PolicyClockErrorCode, PolicyClockIssue } from './errors.js';
export { InstantSchema } from './_lib/instant.js';
export type { Instant } from './_lib/instant.js';
export { DurationSchema } from './_lib/duration.js';
export type { Duration } from './_lib/duration.js';
export { WeekdaySchema } from './_lib/local-time.js';
export type { Weekday } from './_lib/local-time.js';
export type { Holiday, HolidaySource } from './calendars/holidays/holiday-source.js';

// Calendars: UK bank holidays from a generated table (other countries: `policyclock/date-holidays`).
export { ukBankHolidays, UkDivisionSchema } from './calendars/holidays/uk-bank-holidays.js';
export type { UkBankHolidaySource, UkDivision } from './calendars/holidays/uk-bank-holidays.js';

// Calendars: business hours.
export { businessCalendar } from './calendars/business-calendar.js';
export type { BusinessCalendar, BusinessInterval } from './calendars/business-calendar.js';
export { BusinessCalendarConfigSchema } from './calendars/business-calendar/business-calendar-config-schema.js';
export type { BusinessCalendarConfig, BusinessCalendarConfigInput } from './calendars/business-calendar/business-calendar-config-schema.js';
export { ukBusinessHours, UkBusinessHoursOptionsSchema } from './presets/uk-business-hours.js';
export type { UkBusinessHoursOptions } from './presets/uk-business-hours.js';
