import { DAY_MS } from '../../_lib/local-time.js';
import type { ZoneTable } from '../zone-table.js';

/**
 * A local→UTC conversion for wall times whose instants fall in `[fromMs, toMs)`, with the zone's
 * offset changes there looked up once. Within a stretch of one offset, and at least a day from its
 * ends, a wall time has exactly one reading (any other offset is less than a day away and would
 * land in the same stretch), so it is `local − offset`; near a change the zone table decides.
 */
export function spanFromLocal(zone: ZoneTable, fromMs: number, toMs: number): (localMs: number) => number {
  const starts = [fromMs];
  const offsets = [zone.offsetAt(fromMs)];
  const ends: number[] = [];
  for (let t = zone.nextTransition(fromMs, toMs); t < toMs; t = zone.nextTransition(t, toMs)) {
    ends.push(t);
    starts.push(t);
    offsets.push(zone.offsetAt(t));
  }
  ends.push(toMs);
  return (localMs) => {
    for (let i = 0; i < starts.length; i++) {
      const t = localMs - offsets[i]!;
      if (t >= starts[i]! + DAY_MS && t < ends[i]! - DAY_MS) return t;
    }
    return zone.fromLocal(localMs);
  };
}
