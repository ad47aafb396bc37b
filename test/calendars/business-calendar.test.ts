import { describe, expect, it } from 'vitest';
import { businessCalendar, PolicyClockError, type HolidaySource } from '../../src/index.js';
import { ENGLAND_AND_WALES_2026_2027, WEEKDAYS_9_TO_6, ukTestCalendar } from './uk-test-calendar.js';

const HOUR = 3_600_000;
const iso = (date: Date) => date.toISOString();
const span = (intervals: { start: Date; end: Date }[]) => intervals.map(({ start, end }) => `${iso(start)} ${iso(end)}`);

describe('sla.business-hour: UK business hours (Mon–Fri 09:00–18:00 Europe/London, E&W bank holidays)', () => {
  const uk = ukTestCalendar();

  it('is 9 business hours per working day', () => {
    expect(uk.between('2026-06-08T00:00:00Z', '2026-06-09T00:00:00Z')).toBe(9 * HOUR);
    expect(uk.between('2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z')).toBe(45 * HOUR);
    // 2026 has 261 weekdays, 8 of them bank holidays.
    expect(uk.between('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(253 * 9 * HOUR);
  });

  it('a request on a weekend starts its clock at Monday 09:00', () => {
    expect(iso(uk.nextOpen('2026-06-06T12:00:00Z'))).toBe('2026-06-08T08:00:00.000Z'); // 09:00 BST
    expect(iso(uk.add('2026-06-06T12:00:00Z', { hours: 1 }))).toBe('2026-06-08T09:00:00.000Z');
    expect(uk.isOpen('2026-06-06T12:00:00Z')).toBe(false);
  });

  it('a deadline that ends exactly at 18:00 is 18:00, not the next morning', () => {
    expect(iso(uk.add('2026-06-08T14:00:00+01:00', { hours: 4 }))).toBe('2026-06-08T17:00:00.000Z'); // 18:00 BST
    expect(iso(uk.add('2026-06-08T09:00:00+01:00', { hours: 9 }))).toBe('2026-06-08T17:00:00.000Z');
    expect(iso(uk.add('2026-06-08T09:00:00+01:00', { hours: 9, milliseconds: 1 }))).toBe('2026-06-09T08:00:00.001Z');
  });

  it('is open on [09:00, 18:00): 18:00 itself is closed', () => {
    expect(uk.isOpen('2026-06-08T09:00:00+01:00')).toBe(true);
    expect(uk.isOpen('2026-06-08T17:59:59.999+01:00')).toBe(true);
    expect(uk.isOpen('2026-06-08T18:00:00+01:00')).toBe(false);
    expect(uk.isOpen('2026-06-08T08:59:59.999+01:00')).toBe(false);
    expect(iso(uk.nextClose('2026-06-08T18:00:00+01:00'))).toBe('2026-06-09T17:00:00.000Z');
    expect(iso(uk.nextClose('2026-06-08T10:00:00+01:00'))).toBe('2026-06-08T17:00:00.000Z');
  });

  it('spring-forward weekend (2026-03-29): Friday in GMT, Monday in BST', () => {
    // Friday 16:00 GMT + 4 h: 2 h to close, then Monday 09:00–11:00 BST.
    expect(iso(uk.add('2026-03-27T16:00:00Z', { hours: 4 }))).toBe('2026-03-30T10:00:00.000Z');
    expect(uk.between('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(18 * HOUR);
    expect(span(uk.intervals('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'))).toEqual([
      '2026-03-27T09:00:00.000Z 2026-03-27T18:00:00.000Z',
      '2026-03-30T08:00:00.000Z 2026-03-30T17:00:00.000Z',
    ]);
  });

  it('fall-back weekend (2026-10-25): Friday in BST, Monday in GMT', () => {
    expect(iso(uk.add('2026-10-23T16:00:00+01:00', { hours: 4 }))).toBe('2026-10-26T11:00:00.000Z');
    expect(iso(uk.nextOpen('2026-10-24T12:00:00Z'))).toBe('2026-10-26T09:00:00.000Z');
  });

  it('bank holidays are closed: Easter 2026, Christmas with the Boxing Day substitute', () => {
    // Maundy Thursday 18:30 BST: closed until Tuesday, after Good Friday and Easter Monday.
    expect(iso(uk.nextOpen('2026-04-02T17:30:00Z'))).toBe('2026-04-07T08:00:00.000Z');
    expect(iso(uk.add('2026-04-02T16:00:00+01:00', { hours: 4 }))).toBe('2026-04-07T10:00:00.000Z');
    expect(iso(uk.add('2026-12-24T16:00:00Z', { hours: 4 }))).toBe('2026-12-29T11:00:00.000Z');
  });

  it('negative durations count back to the previous business time', () => {
    expect(iso(uk.add('2026-06-08T10:00:00+01:00', { hours: -2 }))).toBe('2026-06-05T16:00:00.000Z'); // Fri 17:00 BST
    expect(iso(uk.add('2026-06-08T09:00:00+01:00', { hours: -1 }))).toBe('2026-06-05T16:00:00.000Z');
    expect(iso(uk.add('2026-06-06T12:00:00Z', { hours: -1 }))).toBe('2026-06-05T16:00:00.000Z');
    expect(iso(uk.add('2026-12-29T10:00:00Z', { hours: -2 }))).toBe('2026-12-24T17:00:00.000Z');
  });

  it('between is negative when to is before from', () => {
    expect(uk.between('2026-06-09T00:00:00Z', '2026-06-08T00:00:00Z')).toBe(-9 * HOUR);
  });

  it("timeZone 'UTC' (the literal '09:00–18:00 GMT') is one hour later than UK local time in summer", () => {
    const gmt = ukTestCalendar('UTC');
    expect(iso(uk.nextOpen('2026-07-06T07:00:00Z'))).toBe('2026-07-06T08:00:00.000Z');
    expect(iso(gmt.nextOpen('2026-07-06T07:00:00Z'))).toBe('2026-07-06T09:00:00.000Z');
    expect(iso(uk.nextClose('2026-07-06T12:00:00Z'))).toBe('2026-07-06T17:00:00.000Z');
    expect(iso(gmt.nextClose('2026-07-06T12:00:00Z'))).toBe('2026-07-06T18:00:00.000Z');
    expect(uk.isOpen('2026-07-06T17:30:00Z')).toBe(false);
    expect(gmt.isOpen('2026-07-06T17:30:00Z')).toBe(true);
    // In winter the two readings agree.
    expect(iso(uk.add('2026-01-12T09:00:00Z', { hours: 4 }))).toBe(iso(gmt.add('2026-01-12T09:00:00Z', { hours: 4 })));
  });

  it('accepts every Instant form and returns Dates', () => {
    const at = Date.parse('2026-06-08T10:00:00Z');
    for (const value of [at, new Date(at), '2026-06-08T10:00:00Z', '2026-06-08T11:00:00+01:00']) {
      expect(uk.add(value, 30 * 60_000)).toEqual(new Date(at + 30 * 60_000));
    }
  });
});

describe('DST: boundaries are local wall times (gap → forward by the gap, repeated → earlier)', () => {
  const night = businessCalendar({ timeZone: 'Europe/London', hours: { sun: '01:00-03:00' } });

  it('a 01:00–03:00 shift is 1 real hour on the spring-forward night and 3 on the autumn night', () => {
    expect(night.between('2026-03-22T00:00:00Z', '2026-03-23T00:00:00Z')).toBe(2 * HOUR);
    expect(night.between('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(1 * HOUR);
    expect(night.between('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(3 * HOUR);
    // Spring: 01:00 does not exist and becomes 02:00 BST (01:00Z); 03:00 BST is 02:00Z.
    expect(span(night.intervals('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z'))).toEqual(['2026-03-29T01:00:00.000Z 2026-03-29T02:00:00.000Z']);
    // Autumn: 01:00 happens twice; the earlier is 01:00 BST (00:00Z); 03:00 GMT is 03:00Z.
    expect(span(night.intervals('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z'))).toEqual(['2026-10-25T00:00:00.000Z 2026-10-25T03:00:00.000Z']);
  });

  it('an overnight shift across the change is 7 or 9 real hours', () => {
    const overnight = businessCalendar({ timeZone: 'Europe/London', hours: { sat: '22:00-06:00' } });
    expect(overnight.between('2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(7 * HOUR);
    expect(overnight.between('2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toBe(9 * HOUR);
    expect(iso(overnight.add('2026-03-28T22:00:00Z', { hours: 7 }))).toBe('2026-03-29T05:00:00.000Z'); // 06:00 BST
  });

  it('a boundary that is the end of the repeated hour is a single instant (02:00 GMT on the London autumn night)', () => {
    const early = businessCalendar({ timeZone: 'Europe/London', hours: { sun: '02:00-04:00' } });
    expect(span(early.intervals('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z'))).toEqual(['2026-10-25T02:00:00.000Z 2026-10-25T04:00:00.000Z']);
    const oslo = businessCalendar({ timeZone: 'Europe/Oslo', hours: { sun: '03:00-05:00' } });
    expect(span(oslo.intervals('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z'))).toEqual(['2026-10-25T02:00:00.000Z 2026-10-25T04:00:00.000Z']);
  });

  it('a range that ends inside the gap ends a gap-length later; one wholly inside it is empty', () => {
    const ends = businessCalendar({ timeZone: 'Europe/London', hours: { sun: ['00:00-01:30', '01:40-01:50'] } });
    // 01:30 does not exist: it becomes 02:30 BST (01:30Z). 01:40–01:50 becomes 02:40–02:50 BST and stays.
    expect(span(ends.intervals('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z'))).toEqual([
      '2026-03-29T00:00:00.000Z 2026-03-29T01:30:00.000Z',
      '2026-03-29T01:40:00.000Z 2026-03-29T01:50:00.000Z',
    ]);
    // 01:30–02:30: the start becomes 02:30 BST and the end is 02:30 BST: nothing is left.
    const inside = businessCalendar({ timeZone: 'Europe/London', hours: { sun: '01:30-02:30', mon: '09:00-10:00' } });
    expect(inside.between('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(0);
  });

  it('a 09:00–18:00 Sunday is 9 hours on both change days (the change is at night)', () => {
    const sunday = businessCalendar({ timeZone: 'Europe/London', hours: { sun: '09:00-18:00' } });
    expect(sunday.between('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(9 * HOUR);
    expect(sunday.between('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(9 * HOUR);
  });

  it('30-minute DST in Australia/Lord_Howe: a 01:00–03:00 shift is 1.5 h or 2.5 h', () => {
    const lordHowe = businessCalendar({ timeZone: 'Australia/Lord_Howe', hours: { sun: '01:00-03:00' } });
    expect(lordHowe.between('2026-10-03T12:00:00Z', '2026-10-04T12:00:00Z')).toBe(1.5 * HOUR);
    expect(lordHowe.between('2026-04-04T12:00:00Z', '2026-04-05T12:00:00Z')).toBe(2.5 * HOUR);
  });
});

describe('split shifts, overnight shifts and merging', () => {
  it('split shifts: counting skips the lunch break', () => {
    const split = businessCalendar({ timeZone: 'UTC', hours: { mon: ['13:00-17:00', '08:00-12:00'] } });
    expect(iso(split.add('2026-06-08T11:00:00Z', { hours: 2 }))).toBe('2026-06-08T14:00:00.000Z');
    expect(iso(split.nextClose('2026-06-08T10:00:00Z'))).toBe('2026-06-08T12:00:00.000Z');
    expect(iso(split.nextOpen('2026-06-08T12:30:00Z'))).toBe('2026-06-08T13:00:00.000Z');
    expect(split.between('2026-06-08T00:00:00Z', '2026-06-09T00:00:00Z')).toBe(8 * HOUR);
  });

  it('an overnight shift belongs to the day it starts on', () => {
    const holidays = (dates: string[]): HolidaySource => ({ name: 'test', holidaysIn: () => dates.map((date) => ({ date, name: 'h' })) });
    const friday = { timeZone: 'UTC', hours: { fri: '22:00-06:00' } } as const;
    expect(businessCalendar(friday).isOpen('2026-06-13T03:00:00Z')).toBe(true);
    expect(iso(businessCalendar(friday).nextClose('2026-06-12T23:00:00Z'))).toBe('2026-06-13T06:00:00.000Z');
    // A Saturday holiday does not cut Friday's shift; a Friday holiday removes all of it.
    expect(businessCalendar({ ...friday, holidays: holidays(['2026-06-13']) }).isOpen('2026-06-13T03:00:00Z')).toBe(true);
    expect(businessCalendar({ ...friday, holidays: holidays(['2026-06-12']) }).isOpen('2026-06-13T03:00:00Z')).toBe(false);
  });

  it('touching intervals merge, so nextClose is the real close', () => {
    const allDay = businessCalendar({ timeZone: 'UTC', hours: { mon: '00:00-24:00', tue: '00:00-24:00' } });
    expect(iso(allDay.nextClose('2026-06-08T10:00:00Z'))).toBe('2026-06-10T00:00:00.000Z');
    const chained = businessCalendar({ timeZone: 'Europe/London', hours: { mon: '22:00-06:00', tue: ['06:00-10:00', '10:00-12:00'] } });
    expect(iso(chained.nextClose('2026-06-08T23:00:00+01:00'))).toBe('2026-06-09T11:00:00.000Z');
    expect(span(chained.intervals('2026-06-08T00:00:00Z', '2026-06-10T00:00:00Z'))).toEqual(['2026-06-08T21:00:00.000Z 2026-06-09T11:00:00.000Z']);
  });

  it('merging reaches across New Year (2026-12-31 is a Thursday)', () => {
    const utc = businessCalendar({ timeZone: 'UTC', hours: { thu: '00:00-24:00', fri: '00:00-24:00' } });
    expect(iso(utc.nextClose('2026-12-31T10:00:00Z'))).toBe('2027-01-02T00:00:00.000Z');
    // Chatham's New Year is 2026-12-31T10:15Z, inside one stretch: Thursday 20:00 to Friday 04:00 local.
    const chatham = businessCalendar({ timeZone: 'Pacific/Chatham', hours: { thu: '20:00-02:00', fri: '02:00-04:00' } });
    expect(iso(chatham.nextClose('2026-12-31T20:00:00+13:45'))).toBe('2026-12-31T14:15:00.000Z');
    expect(chatham.between('2026-12-31T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(8 * HOUR);
  });

  it('a calendar open around the clock has no closing to return', () => {
    const always = businessCalendar({ timeZone: 'UTC', hours: { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: '00:00-24:00', sun: '00:00-24:00' } });
    expect(iso(always.add('2026-06-08T10:00:00Z', { hours: 4 }))).toBe('2026-06-08T14:00:00.000Z');
    expect(() => always.nextClose('2026-06-08T10:00:00Z')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'at' }));
  });
});

describe('closures and holidays', () => {
  const base = { timeZone: 'UTC', hours: WEEKDAYS_9_TO_6 };

  it('a closure with special hours replaces the day; without hours it closes the day', () => {
    const calendar = businessCalendar({
      ...base,
      closures: [
        { date: '2026-12-24', hours: '09:00-13:00', name: 'Christmas Eve' },
        { date: '2026-06-08', name: 'Office move' },
        { date: '2026-06-13', hours: ['10:00-12:00', '13:00-14:00'], name: 'Open Saturday' },
        { date: '2026-06-19', hours: '20:00-02:00', name: 'Migration night' },
      ],
    });
    expect(calendar.between('2026-12-24T00:00:00Z', '2026-12-25T00:00:00Z')).toBe(4 * HOUR);
    expect(iso(calendar.nextClose('2026-12-24T10:00:00Z'))).toBe('2026-12-24T13:00:00.000Z');
    expect(iso(calendar.nextOpen('2026-06-08T08:00:00Z'))).toBe('2026-06-09T09:00:00.000Z');
    expect(calendar.between('2026-06-13T00:00:00Z', '2026-06-14T00:00:00Z')).toBe(3 * HOUR);
    expect(calendar.isOpen('2026-06-19T12:00:00Z')).toBe(false);
    expect(calendar.isOpen('2026-06-20T01:00:00Z')).toBe(true);
  });

  it('special hours win over a holiday on the same date', () => {
    const calendar = businessCalendar({ ...base, holidays: ENGLAND_AND_WALES_2026_2027, closures: [{ date: '2026-12-28', hours: '10:00-12:00' }] });
    expect(calendar.between('2026-12-28T00:00:00Z', '2026-12-29T00:00:00Z')).toBe(2 * HOUR);
    expect(calendar.between('2026-12-25T00:00:00Z', '2026-12-26T00:00:00Z')).toBe(0);
  });

  it('asks a holiday source once per year, only for the years it needs, and keeps its `this`', () => {
    class CountingSource implements HolidaySource {
      readonly name = 'counting';
      readonly asked: number[] = [];
      private readonly dates = ['2026-06-10', '2025-12-31'];
      holidaysIn(year: number) {
        this.asked.push(year);
        return this.dates.filter((date) => date.startsWith(`${year}`)).map((date) => ({ date, name: 'h' }));
      }
    }
    const source = new CountingSource();
    const calendar = businessCalendar({ ...base, holidays: source });
    expect(source.asked).toEqual([]); // nothing at construction
    expect(calendar.isOpen('2026-06-10T10:00:00Z')).toBe(false);
    calendar.between('2026-01-01T10:00:00Z', '2026-12-31T10:00:00Z');
    expect(source.asked).toEqual([2026]); // 1 January does not need 2025 without overnight shifts
    // Back from Thursday 1 January 10:00: 09:00–10:00, then the 31st is a holiday, then 17:00–18:00 on the 30th.
    expect(iso(calendar.add('2026-01-01T10:00:00Z', { hours: -2 }))).toBe('2025-12-30T17:00:00.000Z');
    expect(source.asked).toEqual([2026, 2025]);
  });

  it('a first query near New Year asks only for its local year, in zones ahead of and behind UTC', () => {
    for (const [timeZone, at, year] of [
      ['Pacific/Chatham', '2027-01-01T00:30:00+13:45', 2027], // still 2026 in UTC
      ['America/New_York', '2026-12-31T23:00:00-05:00', 2026], // already 2027 in UTC
    ] as const) {
      const asked: number[] = [];
      const calendar = businessCalendar({ timeZone, hours: WEEKDAYS_9_TO_6, holidays: { name: 'log', holidaysIn: (y) => (asked.push(y), []) } });
      expect(calendar.isOpen(at)).toBe(false);
      expect(asked).toEqual([year]);
    }
  });

  it('several sources combine; a year a source cannot answer is its OUT_OF_RANGE error', () => {
    const limited: HolidaySource = {
      name: 'limited',
      holidaysIn(year) {
        if (year !== 2026) throw new PolicyClockError('OUT_OF_RANGE', [{ code: 'out_of_range', path: ['year'], message: `no data for ${year}` }]);
        return [{ date: '2026-06-09', name: 'Local day' }];
      },
    };
    const calendar = businessCalendar({ ...base, holidays: [ENGLAND_AND_WALES_2026_2027, limited] });
    expect(calendar.between('2026-06-08T00:00:00Z', '2026-06-10T00:00:00Z')).toBe(9 * HOUR);
    expect(calendar.isOpen('2026-04-03T10:00:00Z')).toBe(false);
    expect(() => calendar.add('2026-12-31T10:00:00Z', { hours: 20 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', message: expect.stringContaining('no data for 2027') }));
  });

  it('fails fast with NO_BUSINESS_HOURS when holidays close every day for two years', () => {
    const everyDay: HolidaySource = {
      name: 'every-day',
      holidaysIn: (year) => {
        const days: { date: string; name: string }[] = [];
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) days.push({ date: new Date(t).toISOString().slice(0, 10), name: 'closed' });
        return days;
      },
    };
    const calendar = businessCalendar({ ...base, holidays: everyDay });
    expect(calendar.isOpen('2026-06-08T10:00:00Z')).toBe(false);
    expect(calendar.between('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z')).toBe(0);
    for (const call of [() => calendar.nextOpen('2026-06-08T10:00:00Z'), () => calendar.add('2026-06-08T10:00:00Z', HOUR), () => calendar.add('2026-06-08T10:00:00Z', -HOUR)]) {
      expect(call).toThrow(expect.objectContaining({ code: 'NO_BUSINESS_HOURS' }));
    }
  });
});

describe('the calendar object', () => {
  it('exposes its zone and is frozen', () => {
    const calendar = ukTestCalendar();
    expect(calendar.timeZone).toBe('Europe/London');
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it('does not change or freeze the caller’s config', () => {
    const hours = { mon: ['09:00-12:00', '13:00-17:00'] };
    businessCalendar({ timeZone: 'UTC', hours });
    expect(Object.isFrozen(hours.mon)).toBe(false);
    expect(hours).toEqual({ mon: ['09:00-12:00', '13:00-17:00'] });
  });

  it('works across the supported years and says so beyond them', () => {
    const calendar = businessCalendar({ timeZone: 'Europe/London', hours: WEEKDAYS_9_TO_6 });
    expect(iso(calendar.nextOpen('1950-06-10T12:00:00Z'))).toBe('1950-06-12T08:00:00.000Z');
    expect(iso(calendar.nextOpen('2150-06-13T12:00:00Z'))).toBe('2150-06-15T08:00:00.000Z');
    expect(() => calendar.isOpen('2250-01-01T00:00:00Z')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'at' }));
    expect(() => calendar.add('2026-01-05T09:00:00Z', { hours: 2_000_000 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'duration' }));
  });
});

describe('queries that jump between years', () => {
  it('give the answers of a fresh calendar, whichever years were built before (2026 ↔ 2029 ↔ 2090)', () => {
    const config = { timeZone: 'Europe/London', hours: WEEKDAYS_9_TO_6 };
    const shared = businessCalendar(config);
    const instants = ['2026-06-01T12:00:00Z', '2029-06-01T12:00:00Z', '2026-12-31T17:30:00Z', '2090-03-26T08:30:00Z', '2029-01-01T00:00:00Z'];
    for (let round = 0; round < 3; round++) {
      for (const at of instants) {
        const fresh = businessCalendar(config);
        expect(shared.isOpen(at)).toBe(fresh.isOpen(at));
        expect(shared.add(at, { hours: 20 }).toISOString()).toBe(fresh.add(at, { hours: 20 }).toISOString());
        expect(shared.between(at, '2027-01-04T12:00:00Z')).toBe(fresh.between(at, '2027-01-04T12:00:00Z'));
      }
    }
    expect(shared.add('2029-06-01T12:00:00Z', { hours: 20 }).toISOString()).toBe('2029-06-05T14:00:00.000Z');
  });
});
