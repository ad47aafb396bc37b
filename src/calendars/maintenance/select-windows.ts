import { fail } from '../../errors.js';
import { parseInput } from '../../_lib/validate.js';
import type { CompiledWindow } from './compiled-window.js';
import { OccurrenceFilterSchema } from './occurrence.js';

/**
 * The windows a filter selects. A window without a cohort applies to every tenant, so a cohort
 * filter keeps it. An id or a kind that no window has is a mistake, not an empty answer: it
 * throws; an unknown cohort is a legitimate tenant cohort with no windows of its own.
 */
export function selectWindows(windows: readonly CompiledWindow[], filter: unknown, path: readonly PropertyKey[]): readonly CompiledWindow[] {
  if (filter === undefined) return windows;
  const f = parseInput(OccurrenceFilterSchema, filter, path);
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
