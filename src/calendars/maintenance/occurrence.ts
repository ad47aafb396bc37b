import * as z from 'zod/mini';
import { InstantSchema } from '../../_lib/instant.js';
import type { CompiledWindow } from './compiled-window.js';

/** One occurrence of a window: the half-open interval `[start, end)`. */
export interface Occurrence {
  readonly windowId: string;
  readonly title?: string;
  readonly kind?: string;
  readonly cohort?: string;
  readonly start: Date;
  readonly end: Date;
}

/**
 * An occurrence as input (to `findConflicts`): instants in any `Instant` form, so ad-hoc windows
 * from a ticket or a JSON file can be checked beside the generated ones.
 */
export const OccurrenceInputSchema = /* @__PURE__ */ (() =>
  z.object({
    windowId: z.string().check(z.minLength(1, { error: 'expected a non-empty string' })),
    title: z.optional(z.string()),
    kind: z.optional(z.string()),
    cohort: z.optional(z.string()),
    start: InstantSchema,
    end: InstantSchema,
  }))();
export type OccurrenceInput = z.infer<typeof OccurrenceInputSchema>;

/** Selects windows: by id, by kind, or those that affect a cohort (its own and the cohort-less ones). */
export const OccurrenceFilterSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    windowId: z.optional(z.string()),
    cohort: z.optional(z.string()),
    kind: z.optional(z.string()),
  }))();
export type OccurrenceFilter = z.infer<typeof OccurrenceFilterSchema>;

/** An occurrence while it is computed: the window and epoch-ms bounds. */
export interface RawOccurrence {
  readonly window: CompiledWindow;
  readonly startMs: number;
  readonly endMs: number;
}

/** Order of every list of occurrences: by start, then by window id. */
export function compareRaw(a: RawOccurrence, b: RawOccurrence): number {
  return a.startMs - b.startMs || (a.window.id < b.window.id ? -1 : a.window.id > b.window.id ? 1 : 0);
}

/** The public shape; absent labels stay absent rather than `undefined`. */
export function toOccurrence(raw: RawOccurrence): Occurrence {
  const w = raw.window;
  // Plain assignments: this runs for every occurrence, and spreading the labels in measured 20×
  // slower for a year of occurrences. (So the keys come in the order windowId, start, end, labels.)
  const o: { -readonly [K in keyof Occurrence]: Occurrence[K] } = { windowId: w.id, start: new Date(raw.startMs), end: new Date(raw.endMs) };
  if (w.title !== undefined) o.title = w.title;
  if (w.kind !== undefined) o.kind = w.kind;
  if (w.cohort !== undefined) o.cohort = w.cohort;
  return o;
}
