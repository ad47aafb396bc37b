import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDateHolidays, type DateHolidaysEntry, type HolidaySource } from '../../src/date-holidays.js';
import { isPolicyClockError } from '../../src/errors.js';
import { numRuns } from '../_support/fc.js';
import { thrown } from '../_support/thrown.js';

const dates = (source: HolidaySource, year: number) => source.holidaysIn(year).map((h) => h.date);

const codeAndPath = (run: () => unknown) => {
  const error = thrown(run);
  return isPolicyClockError(error) ? [error.code, error.path] : error;
};

/** A stand-in instance that returns `entries` for `year` and nothing for other years. */
function fake(year: number, entries: unknown): { getHolidays(y: number): DateHolidaysEntry[] } {
  return { getHolidays: (y: number) => (y === year ? entries : []) as DateHolidaysEntry[] };
}
const entry = (date: string, hours: number, type = 'public'): DateHolidaysEntry => {
  const start = new Date(Date.parse(`${date.slice(0, 10)}T${date.slice(11, 19)}Z`));
  return { date, start, end: new Date(start.getTime() + hours * 3_600_000), name: 'Test day', type };
};

describe('fromDateHolidays — real date-holidays instances', () => {
  it('gives Bavaria’s public holidays, including its own (Epiphany, Corpus Christi, All Saints)', () => {
    const bavaria: HolidaySource = fromDateHolidays(new Holidays('DE', 'BY'));
    expect(dates(bavaria, 2026)).toEqual([
      '2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25',
      '2026-06-04', '2026-10-03', '2026-11-01', '2026-12-25', '2026-12-26',
    ]);
    expect(bavaria.holidaysIn(2026)[7]).toEqual({ date: '2026-06-04', name: 'Fronleichnam' });
    expect(bavaria.name).toBe('date-holidays');
  });

  it('leaves the afternoon-only Christmas and New Year’s Eves open unless partialDays is "close"', () => {
    const hd = new Holidays('DE', 'BY');
    const open = fromDateHolidays(hd, { types: ['public', 'bank'] });
    expect(dates(open, 2026).filter((d) => d >= '2026-12-24')).toEqual(['2026-12-25', '2026-12-26']);
    const closed = fromDateHolidays(hd, { types: ['public', 'bank'], partialDays: 'close' });
    expect(dates(closed, 2026).filter((d) => d >= '2026-12-24')).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']);
  });

  it('keeps US substitute days, even one that falls in the previous year', () => {
    const us = fromDateHolidays(new Holidays('US'), { name: 'us-federal' });
    expect(us.name).toBe('us-federal');
    const y2021 = us.holidaysIn(2021);
    expect(y2021.filter((h) => h.name.includes('substitute')).map((h) => h.date)).toEqual([
      '2021-06-18', '2021-07-05', '2021-12-24', '2021-12-31',
    ]);
    expect(y2021.find((h) => h.date === '2021-12-31')?.name).toBe("New Year's Day (substitute day)");
    expect(dates(us, 2021)).toContain('2021-07-04'); // date-holidays lists the Sunday itself too
    expect(dates(us, 2022)[0]).toBe('2022-01-01');
    expect(dates(us, 2026)).toContain('2026-11-26');
  });

  it('gives Norway’s public holidays, with Christmas Eve (a whole bank day) only when bank days count', () => {
    const hd = new Holidays('NO');
    expect(dates(fromDateHolidays(hd), 2026)).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-17',
      '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
    const withBank = dates(fromDateHolidays(hd, { types: ['public', 'bank'] }), 2026);
    expect(withBank).toContain('2026-12-24');
    expect(withBank).not.toContain('2026-12-31'); // Nyttårsaften starts at 14:00
  });

  it('lists a weekend holiday and its substitute for GB (unlike ukBankHolidays)', () => {
    expect(dates(fromDateHolidays(new Holidays('GB', 'ENG')), 2021).slice(-4)).toEqual([
      '2021-12-25', '2021-12-26', '2021-12-27', '2021-12-28',
    ]);
  });

  it('closes every date of a multi-day holiday, across the new year (Eswatini’s six-day Incwala)', () => {
    const sz = fromDateHolidays(new Holidays('SZ'));
    const incwala = (year: number) => sz.holidaysIn(year).filter((h) => h.name === 'Incwala').map((h) => h.date);
    // 2026 holds the tail of Incwala 2025 (from 28 December) and the head of Incwala 2026.
    expect(incwala(2026)).toEqual(['2026-01-01', '2026-01-02', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('counts a day that starts at the previous sunset from its civil date (Eid al-Fitr 2026 in the UAE)', () => {
    const ae = fromDateHolidays(new Holidays('AE'), { partialDays: 'close' });
    const list = dates(ae, 2026);
    expect(list).toEqual(expect.arrayContaining(['2026-03-20', '2026-03-21', '2026-03-22']));
    expect(list).not.toContain('2026-03-19');
  });

  it('treats a 23-hour day (spring DST) as a whole day', () => {
    const observances = fromDateHolidays(new Holidays('GB'), { types: ['observance'] });
    expect(dates(observances, 2022)).toContain('2022-03-27'); // Mother's Day on the clock-change Sunday
  });
});

describe('fromDateHolidays — whole and partial days', () => {
  it.each([
    ['a 25-hour day (autumn DST)', '2026-10-25 00:00:00', 25, ['2026-10-25'], ['2026-10-25']],
    ['a 23-hour day (spring DST)', '2026-03-29 00:00:00', 23, ['2026-03-29'], ['2026-03-29']],
    ['two days', '2026-05-04 00:00:00', 48, ['2026-05-04', '2026-05-05'], ['2026-05-04', '2026-05-05']],
    ['an afternoon', '2026-12-24 14:00:00', 10, [], ['2026-12-24']],
    ['a morning', '2026-02-18 00:00:00', 14, [], ['2026-02-18']],
    ['noon to noon', '2026-07-01 12:00:00', 24, [], ['2026-07-01', '2026-07-02']],
    ['noon plus two whole days', '2026-07-01 12:00:00', 60, ['2026-07-02', '2026-07-03'], ['2026-07-01', '2026-07-02', '2026-07-03']],
  ])('%s', (_, date, hours, ignored, closed) => {
    const hd = fake(2026, [entry(date, hours)]);
    expect(dates(fromDateHolidays(hd), 2026)).toEqual(ignored);
    expect(dates(fromDateHolidays(hd, { partialDays: 'close' }), 2026)).toEqual(closed);
  });

  it('agrees with interval containment: a date closes iff the holiday covers it (or touches it, with "close")', () => {
    const DAY = 86_400_000;
    const SNAP = 2 * 3_600_000;
    const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
    /** Slow and obvious: test each candidate date's [00:00, 24:00) against [from, to). */
    const reference = (from: number, to: number, close: boolean, year: number) => {
      const midnight = Math.round(to / DAY) * DAY;
      const end = Math.abs(to - midnight) <= SNAP ? midnight : to;
      const out: string[] = [];
      for (let d = Math.floor(from / DAY) - 1; d <= Math.ceil(end / DAY) + 1; d++) {
        const covered = from <= d * DAY && (d + 1) * DAY <= end;
        const touched = from < (d + 1) * DAY && d * DAY < end;
        if ((covered || (close && touched)) && iso(d).startsWith(`${year}-`)) out.push(iso(d));
      }
      return out;
    };
    const first = Date.UTC(2025, 11, 20) / DAY; // around a new year, so tails cross it
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 5 * 1440 }),
        fc.boolean(),
        (dayOffset, startMinute, minutes, close) => {
          const from = (first + dayOffset) * DAY + startMinute * 60_000;
          const date = new Date(from).toISOString().replace('T', ' ').slice(0, 19);
          const year = +date.slice(0, 4);
          const hd = fake(year, [entry(date, minutes / 60)]);
          const source = fromDateHolidays(hd, { partialDays: close ? 'close' : 'ignore' });
          for (const y of [2025, 2026]) {
            expect(dates(source, y)).toEqual(reference(from, from + minutes * 60_000, close, y));
          }
        },
      ),
      { numRuns },
    );
  });

  it('skips types that were not asked for', () => {
    const hd = fake(2026, [entry('2026-05-04 00:00:00', 24, 'school'), entry('2026-05-05 00:00:00', 24, 'public')]);
    expect(dates(fromDateHolidays(hd), 2026)).toEqual(['2026-05-05']);
    expect(dates(fromDateHolidays(hd, { types: ['school'] }), 2026)).toEqual(['2026-05-04']);
  });

  it('hands out frozen lists', () => {
    const list = fromDateHolidays(new Holidays('NO')).holidaysIn(2026);
    expect(Object.isFrozen(list) && Object.isFrozen(list[0])).toBe(true);
  });
});

describe('fromDateHolidays — bad input', () => {
  it.each([undefined, null, {}, 'DE', { getHolidays: 'yes' }])('rejects %s as the instance, at holidays', (value) => {
    expect(codeAndPath(() => fromDateHolidays(value as never))).toEqual(['INVALID_INPUT', 'holidays']);
  });

  it.each([
    [{ types: [] }, 'options.types'],
    [{ types: ['holiday'] }, 'options.types[0]'],
    [{ partialDays: 'half' }, 'options.partialDays'],
    [{ name: '' }, 'options.name'],
    [{ type: ['bank'] }, 'options.type'], // the unknown key itself is named,
    [null, 'options'],
  ])('rejects the options %j at %s', (options, path) => {
    expect(codeAndPath(() => fromDateHolidays(new Holidays('NO'), options as never))).toEqual(['INVALID_INPUT', path]);
  });

  it('rejects a malformed entry, naming it', () => {
    const bad = fake(2026, [entry('2026-05-04 00:00:00', 24), { ...entry('2026-05-05 00:00:00', 24), date: '2026/05/05' }]);
    expect(codeAndPath(() => fromDateHolidays(bad).holidaysIn(2026))).toEqual(['INVALID_INPUT', 'holidays.getHolidays(2026)[1].date']);
    const backwards = fake(2026, [entry('2026-05-04 00:00:00', -24)]);
    expect(codeAndPath(() => fromDateHolidays(backwards).holidaysIn(2026))).toEqual(['INVALID_INPUT', 'holidays.getHolidays(2026)[0].end']);
    const notAList = { getHolidays: () => null as unknown as DateHolidaysEntry[] };
    expect(codeAndPath(() => fromDateHolidays(notAList).holidaysIn(2026))).toEqual(['INVALID_INPUT', 'holidays.getHolidays(2025)']);
  });

  it.each([2026.5, Number.NaN, '2026'])('rejects the year %s', (year) => {
    expect(codeAndPath(() => fromDateHolidays(new Holidays('NO')).holidaysIn(year as number))).toEqual(['INVALID_INPUT', 'year']);
  });
});
