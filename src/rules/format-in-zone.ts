import type { ZoneTable } from '../calendars/zone-table.js';

/**
 * `'2026-06-08 10:00'`: the wall time of `utcMs` in `zone`, for messages. Seconds (and
 * milliseconds) appear only when the instant has them, so a message never rounds a time.
 */
export function formatInZone(utcMs: number, zone: ZoneTable): string {
  const local = zone.toLocal(utcMs);
  const length = local % 1000 !== 0 ? 23 : local % 60_000 !== 0 ? 19 : 16;
  return new Date(local).toISOString().slice(0, length).replace('T', ' ');
}
