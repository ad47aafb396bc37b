/**
 * The CLI's shared output helpers: instants in a named zone, durations, aligned tables and JSON.
 * Formatting is for people, so Intl is fine here (it never runs in the library's hot paths).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** `Wed 2 Dec 2026 18:00 GMT`: the wall clock in `timeZone`, with the zone's abbreviation. */
export function formatInstant(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/**
 * `Fri 4 Dec 2026 00:00–06:00 CET`, or both dates when the end falls on another day; a window
 * shorter than a minute (a restart) is shown by its start alone.
 */
export function formatRange(start: Date, end: Date, timeZone: string): string {
  if (end.getTime() - start.getTime() < 60_000) return formatInstant(start, timeZone);
  const a = partsIn(start, timeZone);
  const b = partsIn(end, timeZone);
  const sameDay = a.day === b.day && a.month === b.month && a.year === b.year;
  const head = `${a.weekday} ${a.day} ${a.month} ${a.year} ${a.hour}:${a.minute}`;
  if (sameDay && a.timeZoneName === b.timeZoneName) return `${head}–${b.hour}:${b.minute} ${b.timeZoneName}`;
  return `${head} ${a.timeZoneName} – ${formatInstant(end, timeZone)}`;
}

/** `7 h 45 min`, `3 s`, `2 d 4 h`: at most the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const units: [string, number][] = [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1_000]];
  const out: string[] = [];
  for (const [name, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (out.length > 0 && out.length < 2)) out.push(`${n} ${name}`);
    if (out.length === 2) break;
  }
  if (out.length === 0) return `${sign}${Math.floor(rest)} ms`;
  return sign + out.filter((part, i) => i === 0 || !part.startsWith('0 ')).join(' ');
}

/** Columns padded to their widest cell, two spaces apart, each row indented by `indent`. */
export function formatTable(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

/** Pretty JSON with a final newline; `Date`s become ISO strings (UTC). */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
