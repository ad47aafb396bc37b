/**
 * A window as the schedule evaluates it: every string parsed once into minutes, day numbers and
 * weekday indexes (0 = Monday), so generating occurrences is integer arithmetic only.
 */
export interface CompiledWindow {
  readonly id: string;
  readonly title: string | undefined;
  readonly kind: string | undefined;
  readonly cohort: string | undefined;
  /** Start, in minutes after local midnight of the start date. */
  readonly startMinute: number;
  /** End, in minutes after local midnight of the start date (past 1440 = the next day); or undefined. */
  readonly endMinute: number | undefined;
  /** Exact elapsed length, when the window is given by a duration. */
  readonly durationMs: number | undefined;
  /** Longest local span of one occurrence; the day margins of the generators absorb DST shifts. */
  readonly spanMs: number;
  readonly repeat: CompiledRepeat;
  /** Local start dates (day numbers) that are skipped. */
  readonly except: ReadonlySet<number>;
  /** The last day that can still hold a finite pattern's occurrence or an exception (for `next`). */
  readonly lastFixedDay: number;
  /** Longest gap between two occurrence days of the unexcepted pattern, in days. */
  readonly periodDays: number;
}

export type CompiledRepeat =
  | { readonly type: 'day' }
  | { readonly type: 'week'; readonly weekdays: readonly number[]; readonly interval: number; readonly anchorMonday: number }
  | { readonly type: 'month'; readonly weekday: number; readonly nth: number }
  | { readonly type: 'after'; readonly source: CompiledWindow; readonly weekday: number }
  | { readonly type: 'once'; readonly day: number };
