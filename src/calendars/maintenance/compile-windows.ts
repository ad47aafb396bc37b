import { fail } from '../../errors.js';
import { toPositiveDurationMs } from '../../_lib/duration.js';
import { MINUTE_MS, WEEKDAYS, parseClock, parseLocalDate, weekdayIndex, type Weekday } from '../../_lib/local-time.js';
import type { CompiledRepeat, CompiledWindow } from './compiled-window.js';
import type { Repeat, WindowSpec } from './window-spec-schema.js';

// An nth weekday recurs within 5 weeks; a fifth one can be absent for months (worst case 13 weeks,
// e.g. fifth Fridays), so a year is a safe bound.
const MONTHLY_PERIOD_DAYS = 366;
const MAX_DURATION_MS = 366 * 86_400_000;

/**
 * Checks what a schema cannot see (the rules between windows and between fields) and compiles the
 * windows in dependency order. Throws `PolicyClockError` (`INVALID_INPUT`) with the exact path,
 * e.g. `windows[2].repeat.anchor`.
 */
export function compileWindows(windows: readonly WindowSpec[]): CompiledWindow[] {
  const indexById = new Map<string, number>();
  windows.forEach((w, i) => {
    if (indexById.has(w.id)) fail('INVALID_INPUT', ['windows', i, 'id'], `duplicate window id "${w.id}" (first used by windows[${indexById.get(w.id)}])`);
    indexById.set(w.id, i);
  });
  const compiled = new Map<number, CompiledWindow>();
  const visiting = new Set<number>();

  const compile = (i: number): CompiledWindow => {
    const done = compiled.get(i);
    if (done) return done;
    const spec = windows[i]!;
    let source: CompiledWindow | undefined;
    if ('after' in spec.repeat) {
      const j = indexById.get(spec.repeat.after);
      if (j === undefined) fail('INVALID_INPUT', ['windows', i, 'repeat', 'after'], `unknown window "${spec.repeat.after}"`);
      if (visiting.has(j) || j === i) {
        fail('INVALID_INPUT', ['windows', i, 'repeat', 'after'], `"after" references form a cycle through "${spec.id}"`);
      }
      visiting.add(i);
      source = compile(j);
      visiting.delete(i);
    }
    const window = compileOne(spec, i, source);
    compiled.set(i, window);
    return window;
  };
  return windows.map((_, i) => compile(i));
}

function compileOne(spec: WindowSpec, i: number, source: CompiledWindow | undefined): CompiledWindow {
  const path = ['windows', i] as const;
  const startMinute = parseClock(spec.start)!;
  let endMinute: number | undefined;
  let durationMs: number | undefined;
  if (spec.end !== undefined && spec.duration !== undefined) fail('INVALID_INPUT', [...path, 'duration'], 'give either end or duration, not both');
  if (spec.end !== undefined) {
    const end = parseClock(spec.end, true)!;
    endMinute = end <= startMinute ? end + 1440 : end;
  } else if (spec.duration !== undefined) {
    durationMs = toPositiveDurationMs(spec.duration, [...path, 'duration']);
    // Queries look back one longest window; a window of years is a mistake, not a plan.
    if (durationMs > MAX_DURATION_MS) fail('INVALID_INPUT', [...path, 'duration'], `expected a window of at most 366 days, got ${durationMs} ms`);
  } else {
    fail('INVALID_INPUT', [...path, 'end'], 'give an end time or a duration');
  }
  const except = new Set((spec.except ?? []).map((d) => parseLocalDate(d)!));
  const repeat = compileRepeat(spec.repeat, [...path, 'repeat'], source);
  const lastExcept = Math.max(-Infinity, ...except);
  return {
    id: spec.id,
    title: spec.title,
    kind: spec.kind,
    cohort: spec.cohort,
    startMinute,
    endMinute,
    durationMs,
    spanMs: endMinute !== undefined ? (endMinute - startMinute) * MINUTE_MS : durationMs!,
    repeat,
    except,
    lastFixedDay: Math.max(lastExcept, repeat.type === 'once' ? repeat.day : -Infinity, source?.lastFixedDay ?? -Infinity),
    periodDays: periodOf(repeat),
  };
}

function compileRepeat(repeat: Repeat, path: readonly PropertyKey[], source: CompiledWindow | undefined): CompiledRepeat {
  if ('once' in repeat) return { type: 'once', day: parseLocalDate(repeat.once)! };
  if ('after' in repeat) return { type: 'after', source: source!, weekday: dayIndex(repeat.on) };
  switch (repeat.every) {
    case 'day':
      return { type: 'day' };
    case 'month':
      return { type: 'month', weekday: dayIndex(repeat.on), nth: repeat.nth };
    case 'week': {
      const interval = repeat.interval ?? 1;
      if (interval > 1 && repeat.anchor === undefined) {
        fail('INVALID_INPUT', [...path, 'anchor'], `an anchor date (a date in the first week of the cycle) is required when interval is ${interval}`);
      }
      const anchor = repeat.anchor === undefined ? 0 : parseLocalDate(repeat.anchor)!;
      const on = typeof repeat.on === 'string' ? [repeat.on] : repeat.on;
      const weekdays = [...new Set(on.map(dayIndex))].sort((a, b) => a - b);
      return { type: 'week', weekdays, interval, anchorMonday: anchor - weekdayIndex(anchor) };
    }
  }
}

function periodOf(repeat: CompiledRepeat): number {
  switch (repeat.type) {
    case 'day': return 1;
    case 'week': return repeat.interval * 7;
    case 'month': return MONTHLY_PERIOD_DAYS;
    case 'after': return repeat.source.periodDays + 7;
    case 'once': return 0;
  }
}

function dayIndex(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

