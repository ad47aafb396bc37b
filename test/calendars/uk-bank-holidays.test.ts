import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { ukBankHolidays, type UkDivision } from '../../src/calendars/holidays/uk-bank-holidays.js';
import { isPolicyClockError } from '../../src/errors.js';
import { thrown } from '../_support/thrown.js';
import correctionsFile from '../../scripts/uk-bank-holiday-corrections.json' with { type: 'json' };

const DIVISIONS: readonly UkDivision[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const STATE: Record<UkDivision, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
const dates = (division: UkDivision, year: number) => ukBankHolidays(division).holidaysIn(year).map((h) => h.date);
const named = (division: UkDivision, date: string) =>
  ukBankHolidays(division).holidaysIn(+date.slice(0, 4)).find((h) => h.date === date)?.name;
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The filter the table promises, stated independently of the generator. */
function fromDateHolidays(hd: Holidays, division: UkDivision, year: number): { date: string; name: string }[] {
  const byDate = new Map<string, string[]>();
  for (const h of hd.getHolidays(year, 'en')) {
    const date = h.date.slice(0, 10);
    const weekend = weekday(date) === 0 || weekday(date) === 6;
    if (h.type === 'public' && !(weekend && !h.substitute)) byDate.set(date, [...(byDate.get(date) ?? []), h.name]);
  }
  for (const c of correctionsFile.corrections.filter((c) => c.divisions.includes(division))) {
    for (const date of c.remove) if (date.startsWith(`${year}-`)) byDate.delete(date);
    for (const { date, name } of c.add) if (date.startsWith(`${year}-`)) byDate.set(date, [name]);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([date, names]) => names.sort().map((name) => ({ date, name })));
}

describe('ukBankHolidays — the generated table', () => {
  it.each(DIVISIONS)('%s equals date-holidays (public, substitutes for weekend dates, corrections) in 1990–2080', (division) => {
    const hd = new Holidays('GB', STATE[division]);
    const source = ukBankHolidays(division);
    for (let year = 1990; year <= 2080; year++) {
      expect(source.holidaysIn(year), `${division} ${year}`).toEqual(fromDateHolidays(hd, division, year));
    }
  });

  it('uses ENG for England & Wales because date-holidays gives WLS the same dates and names', () => {
    const eng = new Holidays('GB', 'ENG');
    const wls = new Holidays('GB', 'WLS');
    for (let year = 1990; year <= 2080; year++) {
      expect(fromDateHolidays(wls, 'england-and-wales', year)).toEqual(fromDateHolidays(eng, 'england-and-wales', year));
    }
  });

  it('applies every correction (each one still differs from date-holidays)', () => {
    for (const c of correctionsFile.corrections) {
      for (const division of c.divisions as UkDivision[]) {
        const hd = new Holidays('GB', STATE[division]);
        for (const date of c.remove) {
          expect(dates(division, +date.slice(0, 4)), `${c.id} ${division}`).not.toContain(date);
          expect(hd.getHolidays(+date.slice(0, 4)).map((h) => h.date.slice(0, 10))).toContain(date);
        }
        for (const { date, name } of c.add) {
          expect(named(division, date), `${c.id} ${division}`).toBe(name);
          expect(hd.getHolidays(+date.slice(0, 4)).map((h) => h.date.slice(0, 10))).not.toContain(date);
        }
      }
    }
  });

  it('lists only weekdays, in date order, each inside its year', () => {
    for (const division of DIVISIONS) {
      for (let year = 1990; year <= 2080; year++) {
        const list = dates(division, year);
        expect(list.every((d) => d.startsWith(`${year}-`) && weekday(d) !== 0 && weekday(d) !== 6)).toBe(true);
        expect([...list].sort()).toEqual(list);
        expect(list.length).toBeGreaterThanOrEqual(8);
      }
    }
  });
});

describe('ukBankHolidays — England & Wales', () => {
  it('moves Christmas and Boxing Day on a weekend to substitute days (2021, 2022, 2027)', () => {
    expect(dates('england-and-wales', 2021).slice(-2)).toEqual(['2021-12-27', '2021-12-28']);
    expect(named('england-and-wales', '2021-12-27')).toBe('Christmas Day (substitute day)');
    expect(named('england-and-wales', '2021-12-28')).toBe('Boxing Day (substitute day)');
    // Christmas on a Sunday: Boxing Day stays on Monday 26, Christmas moves to Tuesday 27.
    expect(dates('england-and-wales', 2022).slice(-2)).toEqual(['2022-12-26', '2022-12-27']);
    expect(named('england-and-wales', '2022-12-27')).toBe('Christmas Day (substitute day)');
    expect(dates('england-and-wales', 2027).slice(-2)).toEqual(['2027-12-27', '2027-12-28']);
  });

  it('leaves the weekend dates themselves out', () => {
    expect(dates('england-and-wales', 2021)).not.toContain('2021-12-25');
    expect(dates('england-and-wales', 2021)).not.toContain('2021-12-26');
    expect(dates('england-and-wales', 2022)).not.toContain('2022-01-01');
  });

  it('moves New Year’s Day on a weekend to the Monday (2022, 2023)', () => {
    expect(dates('england-and-wales', 2022)[0]).toBe('2022-01-03');
    expect(named('england-and-wales', '2022-01-03')).toBe("New Year's Day (substitute day)");
    expect(dates('england-and-wales', 2023)[0]).toBe('2023-01-02');
  });

  it('has Good Friday and Easter Monday', () => {
    expect(named('england-and-wales', '2024-03-29')).toBe('Good Friday');
    expect(named('england-and-wales', '2024-04-01')).toBe('Easter Monday');
    expect(named('england-and-wales', '2026-04-03')).toBe('Good Friday');
    expect(named('england-and-wales', '2026-04-06')).toBe('Easter Monday');
  });

  it('has the 2022 and 2023 one-offs and the moved 2022 spring bank holiday', () => {
    expect(named('england-and-wales', '2022-06-02')).toBe('Spring bank holiday');
    expect(named('england-and-wales', '2022-06-03')).toBe('Queen’s Platinum Jubilee');
    expect(named('england-and-wales', '2022-09-19')).toBe("Queen Elizabeth's Funeral Day");
    expect(named('england-and-wales', '2023-05-08')).toBe("King Charles III's Coronation");
    expect(dates('england-and-wales', 2022)).not.toContain('2022-05-30');
  });

  it('gives the full 2022 list (the JSDoc example)', () => {
    expect(dates('england-and-wales', 2022)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19',
      '2022-12-26', '2022-12-27',
    ]);
  });

  it('gives the full 2026 list', () => {
    expect(dates('england-and-wales', 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('has the corrected one-offs of 1995, 1999, 2002, 2011 and 2012', () => {
    expect(dates('england-and-wales', 1995)).toContain('1995-05-08');
    expect(dates('england-and-wales', 1995)).not.toContain('1995-05-01');
    expect(named('england-and-wales', '1999-12-31')).toBe('Millennium bank holiday');
    expect(dates('england-and-wales', 2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(dates('england-and-wales', 2002)).not.toContain('2002-05-27');
    expect(named('england-and-wales', '2011-04-29')).toBe('Royal wedding');
    expect(dates('england-and-wales', 2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(dates('england-and-wales', 2012)).not.toContain('2012-05-28');
  });
});

describe('ukBankHolidays — Scotland', () => {
  it('has 2 January, no Easter Monday, and the first Monday in August', () => {
    const list = dates('scotland', 2026);
    expect(list).toEqual([
      '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-06-15', '2026-08-03', '2026-11-30',
      '2026-12-25', '2026-12-28',
    ]);
    expect(list).not.toContain('2026-04-06');
    expect(list).not.toContain('2026-08-31');
    expect(named('scotland', '2026-06-15')).toBe('World Cup bank holiday');
    expect(dates('england-and-wales', 2026)).not.toContain('2026-06-15');
  });

  it('moves New Year and 2 January over a weekend to Monday and Tuesday', () => {
    expect(dates('scotland', 2022).slice(0, 2)).toEqual(['2022-01-03', '2022-01-04']);
    expect(dates('scotland', 2023).slice(0, 2)).toEqual(['2023-01-02', '2023-01-03']);
    expect(dates('scotland', 2021).slice(0, 2)).toEqual(['2021-01-01', '2021-01-04']);
    expect(named('scotland', '2021-01-04')).toBe('January 2nd (substitute day)');
  });

  it('moves St Andrew’s Day on a weekend to the Monday, from 2007 on', () => {
    expect(named('scotland', '2024-12-02')).toBe('St Andrew’s Day (substitute day)');
    expect(named('scotland', '2025-12-01')).toBe('St Andrew’s Day (substitute day)');
    expect(named('scotland', '2023-11-30')).toBe('St Andrew’s Day');
    expect(named('scotland', '2007-11-30')).toBe('St Andrew’s Day');
    expect(dates('scotland', 2006).filter((d) => d >= '2006-11-30' && d < '2006-12-25')).toEqual([]);
  });

  it('has the UK-wide one-offs too', () => {
    expect(dates('scotland', 2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(dates('scotland', 2023)).toContain('2023-05-08');
  });
});

describe('ukBankHolidays — Northern Ireland', () => {
  it('has St Patrick’s Day and the Battle of the Boyne, moved off weekends', () => {
    expect(named('northern-ireland', '2026-03-17')).toBe('St Patrick’s Day');
    expect(named('northern-ireland', '2026-07-13')).toBe('Battle of the Boyne (Orangemen’s Day) (substitute day)');
    expect(dates('northern-ireland', 2026)).not.toContain('2026-07-12');
    expect(named('northern-ireland', '2023-07-12')).toBe('Battle of the Boyne (Orangemen’s Day)');
    expect(named('northern-ireland', '2024-03-18')).toBe('St Patrick’s Day (substitute day)');
  });

  it('has Easter Monday and the last Monday in August', () => {
    expect(dates('northern-ireland', 2026)).toEqual(expect.arrayContaining(['2026-04-06', '2026-08-31']));
  });
});

describe('ukBankHolidays — bad input', () => {
  it.each([1989, 2081])('throws OUT_OF_RANGE for %i', (year) => {
    const error = thrown(() => ukBankHolidays().holidaysIn(year));
    expect(isPolicyClockError(error) && [error.code, error.path]).toEqual(['OUT_OF_RANGE', 'year']);
    expect((error as Error).message).toContain('1990–2080');
  });

  it('answers the first and last year of the range', () => {
    const source = ukBankHolidays('northern-ireland');
    expect([source.firstYear, source.lastYear]).toEqual([1990, 2080]);
    expect(source.holidaysIn(1990)[0]).toEqual({ date: '1990-01-01', name: "New Year's Day" });
    expect(source.holidaysIn(2080).at(-1)).toEqual({ date: '2080-12-26', name: 'Boxing Day' });
  });

  it.each([2026.5, Number.NaN, '2026'])('throws INVALID_INPUT at year for %s', (year) => {
    const error = thrown(() => ukBankHolidays().holidaysIn(year as number));
    expect(isPolicyClockError(error) && [error.code, error.path]).toEqual(['INVALID_INPUT', 'year']);
  });

  it.each(['wales', 'England', null, 1])('rejects the division %s with INVALID_INPUT at division', (division) => {
    const error = thrown(() => ukBankHolidays(division as UkDivision));
    expect(isPolicyClockError(error) && [error.code, error.path]).toEqual(['INVALID_INPUT', 'division']);
  });

  it('defaults to England & Wales and names its source', () => {
    expect(ukBankHolidays().name).toBe('uk-bank-holidays:england-and-wales');
    expect(ukBankHolidays(undefined).division).toBe('england-and-wales');
    expect(ukBankHolidays('scotland').name).toBe('uk-bank-holidays:scotland');
  });

  it('hands out frozen lists, so no caller can edit the shared table', () => {
    const list = ukBankHolidays().holidaysIn(2026);
    expect(Object.isFrozen(list) && Object.isFrozen(list[0])).toBe(true);
    expect(() => (list as { date: string; name: string }[]).push({ date: '2026-07-01', name: 'x' })).toThrow(TypeError);
    expect(ukBankHolidays().holidaysIn(2026)).toHaveLength(8);
  });
});
