/**
 * The stable id of an occurrence: `${windowId}-${start in UTC as YYYYMMDDTHHMMSSZ}`. It depends
 * only on the window id and the start instant, so a calendar app that re-imports the feed updates
 * events instead of duplicating them.
 */
export function occurrenceUid(windowId: string, startMs: number): string {
  return `${windowId}-${icalUtc(startMs)}`;
}

/** Epoch ms → iCalendar UTC date-time `YYYYMMDDTHHMMSSZ` (whole seconds; window starts are whole minutes, ends may carry ms). */
export function icalUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
