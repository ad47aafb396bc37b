import * as z from 'zod/mini';
import { DurationSchema } from '../../_lib/duration.js';
import { DAY_MS } from '../../_lib/local-time.js';
import { OccurrenceFilterSchema, type RawOccurrence } from './occurrence.js';
import { occurrenceUid } from './occurrence-uid.js';

export const DEFAULT_FEED_HORIZON_MS = 14 * DAY_MS;

/** Options of `toFeed`: how far ahead to list (default 14 days), which windows, at most how many. */
export const FeedOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    horizon: z.optional(DurationSchema),
    filter: z.optional(OccurrenceFilterSchema),
    limit: z.optional(z.int().check(z.gte(1, { error: 'expected a whole number of 1 or more' }))),
  }))();
export type FeedOptions = z.infer<typeof FeedOptionsSchema>;

/** One window on a status page. Instants are ISO 8601 UTC strings, ready for JSON. */
export interface FeedWindow {
  /** Stable occurrence id, `${windowId}-${start as YYYYMMDDTHHMMSSZ}` (the iCalendar UID without `@policyclock`). */
  readonly id: string;
  readonly windowId: string;
  /** The window's title, or its id when it has none. */
  readonly title: string;
  readonly kind?: string;
  readonly cohort?: string;
  readonly start: string;
  readonly end: string;
  /** `active` when `start ≤ now < end`, `upcoming` when it starts later. */
  readonly state: 'active' | 'upcoming';
  /** The latest announcement that still gives the schedule's notice: `start − notice`. */
  readonly announceBy: string;
}

export interface MaintenanceFeed {
  readonly generatedAt: string;
  readonly timeZone: string;
  /** The schedule's notice in ms. */
  readonly notice: number;
  readonly windows: readonly FeedWindow[];
}

/** The feed of the given occurrences (those overlapping `[now, now + horizon)`, in order). */
export function toFeed(occurrences: readonly RawOccurrence[], nowMs: number, timeZone: string, notice: number): MaintenanceFeed {
  return {
    generatedAt: iso(nowMs),
    timeZone,
    notice,
    windows: occurrences.map(({ window: w, startMs, endMs }) => ({
      id: occurrenceUid(w.id, startMs),
      windowId: w.id,
      title: w.title ?? w.id,
      ...(w.kind !== undefined && { kind: w.kind }),
      ...(w.cohort !== undefined && { cohort: w.cohort }),
      start: iso(startMs),
      end: iso(endMs),
      state: startMs <= nowMs ? 'active' : 'upcoming',
      announceBy: iso(startMs - notice),
    })),
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
