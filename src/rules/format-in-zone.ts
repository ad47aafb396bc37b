import type { ZoneTable } from '../calendars/zone-table.js';
import { formatLocalMs } from '../_lib/local-time.js';

/** `'2026-06-08 10:00'`: the wall time of `utcMs` in `zone`, for messages (minute precision). */
export function formatInZone(utcMs: number, zone: ZoneTable): string {
  return formatLocalMs(zone.toLocal(utcMs)).replace('T', ' ');
}
