import { fail } from '../../errors.js';
import { parseInput } from '../../_lib/validate.js';
import type { CompiledWindow } from './compiled-window.js';
import { OccurrenceFilterSchema, type OccurrenceFilter } from './occurrence.js';

const FILTER_KEYS = /* @__PURE__ */ new Set(['windowId', 'cohort', 'kind']);
const MEMO_LIMIT = 64;

/**
 * The window selection of a schedule: `select(filter, path)` gives the windows a filter selects. A
 * window without a cohort applies to every tenant, so a cohort filter keeps it. An id or a kind that
 * no window has is a mistake, not an empty answer: it throws; an unknown cohort is a legitimate
 * tenant cohort with no windows of its own. Selections are memoised by value (a status page asks
 * the same few filters again and again); the memo never changes an answer.
 */
export function windowSelector(windows: readonly CompiledWindow[]): (filter: unknown, path: readonly PropertyKey[]) => readonly CompiledWindow[] {
  const memo = new Map<string, readonly CompiledWindow[]>();
  return (filter, path) => {
    if (filter === undefined) return windows;
    const f = isPlainFilter(filter) ? filter : parseInput(OccurrenceFilterSchema, filter, path);
    const key = `${f.windowId ?? ''}\u0000${f.cohort ?? ''}\u0000${f.kind ?? ''}\u0000${f.windowId === undefined ? 0 : 1}${f.cohort === undefined ? 0 : 1}${f.kind === undefined ? 0 : 1}`;
    let selected = memo.get(key);
    if (selected === undefined) {
      selected = select(windows, f, path);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, selected);
    }
    return selected;
  };
}

// The schema's check, written out for the hot path; anything else goes through the schema for its message.
function isPlainFilter(value: unknown): value is OccurrenceFilter {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) {
    if (!FILTER_KEYS.has(key)) return false;
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && typeof v !== 'string') return false;
  }
  return true;
}

function select(windows: readonly CompiledWindow[], f: OccurrenceFilter, path: readonly PropertyKey[]): readonly CompiledWindow[] {
  if (f.windowId !== undefined && !windows.some((w) => w.id === f.windowId)) {
    fail('INVALID_INPUT', [...path, 'windowId'], `no window has the id "${f.windowId}"`);
  }
  if (f.kind !== undefined && !windows.some((w) => w.kind === f.kind)) {
    fail('INVALID_INPUT', [...path, 'kind'], `no window has the kind "${f.kind}"`);
  }
  return windows.filter((w) =>
    (f.windowId === undefined || w.id === f.windowId) &&
    (f.kind === undefined || w.kind === f.kind) &&
    (f.cohort === undefined || w.cohort === undefined || w.cohort === f.cohort));
}
