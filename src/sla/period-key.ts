import { civilDate } from '../_lib/local-time.js';

/** Report periods: calendar quarters (the policy's promise, `sla.reports`) or months. */
export type SlaPeriod = 'quarter' | 'month';

/** A local day number → a sortable period number (months or quarters since year 0). */
export function periodIndex(day: number, period: SlaPeriod): number {
  const { year, month } = civilDate(day);
  return period === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** A period number → its key: `'2026-Q1'` or `'2026-06'`. */
export function periodKey(index: number, period: SlaPeriod): string {
  if (period === 'month') return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
