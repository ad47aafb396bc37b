/**
 * A deliberately simple, independent reading of a time zone for tests: the wall clock of every
 * UTC minute of a window comes from `Intl.DateTimeFormat` (no offset table, no bisection), and a
 * wall time is turned back into an instant by looking it up among those minutes. Everything is in whole minutes since 1970-01-01 (UTC, or local read as UTC).
 */
export interface ReferenceZone {
  /** The wall-clock minute shown at a UTC minute. */
  wall(utcMinute: number): number;
  /**
   * The UTC minute of a wall-clock minute, by API.md's rule: a wall time shown twice is the
   * earlier; a wall time never shown (spring gap) is read as the wall time one gap-length later.
   */
  instant(wallMinute: number): number;
}

const windows = new Map<string, ReferenceZone>();

/** The reference reading of `timeZone` over UTC minutes `[from, to)`, memoized per window. */
export function referenceZone(timeZone: string, from: number, to: number): ReferenceZone {
  const key = `${timeZone} ${from} ${to}`;
  let zone = windows.get(key);
  if (!zone) {
    zone = buildWindow(timeZone, from, to);
    windows.set(key, zone);
  }
  return zone;
}

function buildWindow(timeZone: string, from: number, to: number): ReferenceZone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const read = (u: number): number => {
    const p: Record<string, string> = {};
    for (const part of format.formatToParts(u * 60_000)) p[part.type] = part.value;
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) / 60_000;
  };
  // Intl is read every 15 minutes; a block whose ends do not differ by exactly 15 minutes holds a
  // change and is read minute by minute (this assumes no zone changes offset twice in 15 minutes).
  const walls = new Float64Array(to - from);
  for (let u = from; u < to; u += 15) {
    const end = Math.min(u + 15, to);
    const a = read(u);
    const steady = read(end) === a + (end - u);
    for (let v = u; v < end; v++) walls[v - from] = steady ? a + (v - u) : read(v);
  }
  const first = new Map<number, number>(); // wall minute → earliest UTC minute showing it
  for (let u = to - 1; u >= from; u--) first.set(walls[u - from]!, u);
  const wall = (u: number): number => {
    if (u < from || u >= to) throw new Error(`reference zone window does not cover minute ${u}`);
    return walls[u - from]!;
  };
  const instant = (w: number): number => {
    const u = first.get(w);
    if (u !== undefined) return u;
    // Never shown: find where the clock jumped over it and read it one gap-length later.
    for (let v = from + 1; v < to; v++) {
      const before = walls[v - from - 1]!;
      const after = walls[v - from]!;
      if (before < w && w < after) return instant(w + (after - before - 1));
    }
    throw new Error(`reference zone window does not cover wall minute ${w}`);
  };
  return { wall, instant };
}
