import { describe, expect, it } from 'vitest';
import { businessCalendar, isPolicyClockError, PolicyClockError, type BusinessCalendarConfigInput } from '../../src/index.js';
import { WEEKDAYS_9_TO_6, ukTestCalendar } from './uk-test-calendar.js';

/** Runs `call` and returns the PolicyClockError it throws (failing the test if it throws anything else). */
function thrown(call: () => unknown): PolicyClockError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyClockError);
    expect(isPolicyClockError(error)).toBe(true);
    return error as PolicyClockError;
  }
  throw new Error('expected a PolicyClockError, but nothing was thrown');
}

const config = (patch: Record<string, unknown>) => ({ timeZone: 'Europe/London', hours: WEEKDAYS_9_TO_6, ...patch }) as BusinessCalendarConfigInput;

describe('businessCalendar rejects bad configuration', () => {
  it.each([
    ['unknown zone', config({ timeZone: 'Europe/Londres' }), 'INVALID_TIME_ZONE', 'timeZone'],
    ['zone not a string', config({ timeZone: 1 }), 'INVALID_INPUT', 'timeZone'],
    ['missing hours', { timeZone: 'UTC' } as BusinessCalendarConfigInput, 'INVALID_INPUT', 'hours'],
    ['malformed range', config({ hours: { mon: '9-17' } }), 'INVALID_INPUT', 'hours.mon'],
    ['malformed range in a list', config({ hours: { mon: ['09:00-12:00', '13:00-17:60'] } }), 'INVALID_INPUT', 'hours.mon[1]'],
    ['24:00 as a start', config({ hours: { tue: '24:00-02:00' } }), 'INVALID_INPUT', 'hours.tue'],
    ['hour 25', config({ hours: { wed: ['25:00-26:00'] } }), 'INVALID_INPUT', 'hours.wed[0]'],
    ['a number for a range', config({ hours: { thu: 9 } }), 'INVALID_INPUT', 'hours.thu'],
    ['unknown weekday', config({ hours: { mon: '09:00-17:00', fri2: '09:00-17:00' } }), 'INVALID_INPUT', 'hours.fri2'],
    ['unknown option', config({ holiday: [] }), 'INVALID_INPUT', 'holiday'],
    ['overlapping ranges on a day', config({ hours: { mon: ['09:00-12:00', '11:00-13:00'] } }), 'INVALID_INPUT', 'hours.mon[1]'],
    ['overlap listed out of order', config({ hours: { mon: ['11:00-13:00', '09:00-12:00'] } }), 'INVALID_INPUT', 'hours.mon[0]'],
    ['overnight range into the next day', config({ hours: { mon: '22:00-06:00', tue: '05:00-10:00' } }), 'INVALID_INPUT', 'hours.tue'],
    ['Sunday night into Monday', config({ hours: { sun: '23:00-02:00', mon: ['01:00-03:00'] } }), 'INVALID_INPUT', 'hours.mon[0]'],
    ['an overnight range over a later range of its own day', config({ hours: { fri: ['22:00-06:00', '23:00-23:30'] } }), 'INVALID_INPUT', 'hours.fri[1]'],
    ['no weekly hours', config({ hours: {} }), 'NO_BUSINESS_HOURS', 'hours'],
    ['only empty days', config({ hours: { mon: [], tue: [] }, closures: [{ date: '2026-06-06', hours: '10:00-12:00' }] }), 'NO_BUSINESS_HOURS', 'hours'],
    ['impossible closure date', config({ closures: [{ date: '2026-02-30' }] }), 'INVALID_INPUT', 'closures[0].date'],
    ['closure date not padded', config({ closures: [{ date: '2026-06-08' }, { date: '2026-6-9' }] }), 'INVALID_INPUT', 'closures[1].date'],
    ['closure date with a time', config({ closures: [{ date: '2026-06-08T00:00' }] }), 'INVALID_INPUT', 'closures[0].date'],
    ['repeated closure date', config({ closures: [{ date: '2026-06-08' }, { date: '2026-06-08', hours: '10:00-11:00' }] }), 'INVALID_INPUT', 'closures[1].date'],
    ['malformed closure hours', config({ closures: [{ date: '2026-06-08', hours: ['10:00-11:00', 'noon'] }] }), 'INVALID_INPUT', 'closures[0].hours[1]'],
    ['unknown closure key', config({ closures: [{ date: '2026-06-08', note: 'x' }] }), 'INVALID_INPUT', 'closures[0].note'],
    ['closure hours over the previous night', config({ hours: { sun: '22:00-06:00' }, closures: [{ date: '2026-06-08', hours: '05:00-09:00' }] }), 'INVALID_INPUT', 'closures[0].hours'],
    ['closure overnight into the next day', config({ closures: [{ date: '2026-06-08', hours: ['18:00-19:00', '22:00-10:00'] }] }), 'INVALID_INPUT', 'closures[0].hours[1]'],
    ['closure into the next closure', config({ closures: [{ date: '2026-06-08', hours: '22:00-10:00' }, { date: '2026-06-09', hours: '09:00-12:00' }] }), 'INVALID_INPUT', 'closures[1].hours'],
    ['holiday source without holidaysIn', config({ holidays: { name: 'x' } }), 'INVALID_INPUT', 'holidays'],
    ['second holiday source broken', config({ holidays: [{ name: 'ok', holidaysIn: () => [] }, 'GB'] }), 'INVALID_INPUT', 'holidays[1]'],
  ])('%s', (_, input, code, path) => {
    const error = thrown(() => businessCalendar(input));
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it('names every problem in issues, not only the first', () => {
    const error = thrown(() => businessCalendar(config({ hours: { mon: 'x', tue: ['09:00-12:00', 'y'] }, closures: [{ date: 'z' }] })));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['hours.mon', 'hours.tue.1', 'closures.0.date']);
  });

  it('a holiday source that returns a bad date is reported at its path when first asked', () => {
    const calendar = businessCalendar(config({ holidays: [{ name: 'ok', holidaysIn: () => [] }, { name: 'bad', holidaysIn: () => [{ date: '2026/12/25', name: 'x' }] }] }));
    const error = thrown(() => calendar.isOpen('2026-06-08T10:00:00Z'));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'holidays[1]' });
    expect(error.message).toContain('"bad"');
  });
});

describe('calendar methods reject bad arguments', () => {
  const uk = ukTestCalendar();
  const t = '2026-06-08T10:00:00Z';

  it.each([
    ['a string without an offset', () => uk.isOpen('2026-06-08 09:00'), 'INVALID_INPUT', 'at'],
    ['a date without a time', () => uk.nextOpen('2026-06-08'), 'INVALID_INPUT', 'at'],
    ['Invalid Date', () => uk.nextClose(new Date('nope')), 'INVALID_INPUT', 'at'],
    ['NaN', () => uk.add(Number.NaN, 1), 'INVALID_INPUT', 'at'],
    ['Infinity as an instant', () => uk.between(Number.POSITIVE_INFINITY, t), 'INVALID_INPUT', 'from'],
    ['a bad `to`', () => uk.between(t, 'tomorrow'), 'INVALID_INPUT', 'to'],
    ['a bad interval end', () => uk.intervals(t, new Date(Number.NaN)), 'INVALID_INPUT', 'to'],
    ['intervals backwards', () => uk.intervals(t, '2026-06-07T10:00:00Z'), 'INVALID_INPUT', 'to'],
    ['an impossible date', () => uk.isOpen('2026-02-30T10:00:00Z'), 'INVALID_INPUT', 'at'],
    ['a NaN duration', () => uk.add(t, Number.NaN), 'INVALID_INPUT', 'duration'],
    ['an infinite duration', () => uk.add(t, Number.POSITIVE_INFINITY), 'INVALID_INPUT', 'duration'],
    ['an infinite part', () => uk.add(t, { hours: Number.NEGATIVE_INFINITY }), 'INVALID_INPUT', 'duration.hours'],
    ['an unknown unit', () => uk.add(t, { days: 1 } as never), 'INVALID_INPUT', 'duration.days'],
    ['a fraction of a millisecond', () => uk.add(t, 0.5), 'INVALID_INPUT', 'duration'],
    ['a string duration', () => uk.add(t, '4h' as never), 'INVALID_INPUT', 'duration'],
    ['a year beyond the zone tables', () => uk.isOpen('2300-01-01T00:00:00Z'), 'OUT_OF_RANGE', 'at'],
    ['a year before them', () => uk.between('1850-01-01T00:00:00Z', t), 'OUT_OF_RANGE', 'from'],
    ['an instant no Date can hold', () => uk.isOpen(9e15), 'OUT_OF_RANGE', 'at'],
  ])('%s', (_, call, code, path) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
  });
});
