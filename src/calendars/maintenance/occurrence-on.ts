import { DAY_MS, MINUTE_MS } from '../../_lib/local-time.js';
import type { CompiledWindow } from './compiled-window.js';
import type { RawOccurrence } from './occurrence.js';

/**
 * The occurrence of `window` that starts on local date `day`, as instants. Each wall time goes
 * through the zone table's rule (a time in a spring gap moves forward by the gap; a repeated time
 * is the earlier instant), so an end time on a DST night gives the real, shorter or longer, window;
 * a duration is exact elapsed time. When the gap pushes the start to or past the end (a window
 * 02:30–03:00 on a 02:00→03:00 night), the window does not happen that night: `undefined`.
 * `fromLocal` is the zone table's, or plain subtraction of an offset known to hold throughout.
 */
export function occurrenceOn(window: CompiledWindow, day: number, fromLocal: (localMs: number) => number): RawOccurrence | undefined {
  const startMs = fromLocal(day * DAY_MS + window.startMinute * MINUTE_MS);
  const endMs = window.durationMs !== undefined
    ? startMs + window.durationMs
    : fromLocal(day * DAY_MS + window.endMinute! * MINUTE_MS);
  return endMs > startMs ? { window, startMs, endMs } : undefined;
}
