/** A holiday on a local date (`'YYYY-MM-DD'` in the calendar's zone). */
export interface Holiday {
  readonly date: string;
  readonly name: string;
}

/**
 * Where a calendar learns its closed days. A source answers a whole year at a time, so a
 * calendar can ask once per year and keep the answer; it throws `PolicyClockError`
 * (`OUT_OF_RANGE`) for a year it cannot answer, never a silent "no holidays".
 */
export interface HolidaySource {
  /** For messages and feeds: `'uk-bank-holidays:england-and-wales'`. */
  readonly name: string;
  holidaysIn(year: number): readonly Holiday[];
}
