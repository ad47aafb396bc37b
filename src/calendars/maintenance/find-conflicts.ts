import * as z from 'zod/mini';
import { InstantSchema, toMs, type Instant } from '../../_lib/instant.js';
import { parseInput } from '../../_lib/validate.js';
import { fail } from '../../errors.js';
import type { MaintenanceSchedule } from './maintenance-schedule.js';
import { OccurrenceInputSchema, type Occurrence } from './occurrence.js';

/** Two windows that overlap for the same cohort; `cohort` undefined means every tenant. */
export interface Conflict {
  readonly a: Occurrence;
  readonly b: Occurrence;
  readonly cohort?: string;
  /** The overlap `[from, to)`. */
  readonly from: Date;
  readonly to: Date;
}

const RangeSchema = /* @__PURE__ */ (() =>
  z.object({ from: InstantSchema, to: InstantSchema }))();

/**
 * Overlapping windows that hit the same tenants: two occurrences conflict when their half-open
 * intervals overlap and their cohorts are equal or one of them has no cohort (it applies to all).
 * Pass occurrences (generated, ad hoc, or both), or a schedule and a range. Conflicts are ordered
 * by the overlap's start, then by the two window ids.
 *
 * @example
 * findConflicts(crmMaintenance(), { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' })
 *   .map((c) => [c.a.windowId, c.b.windowId])
 * //=> [['maintenance.os-vendor-patches', 'maintenance.system'],
 * //    ['maintenance.os-vendor-patches', 'maintenance.restart'],
 * //    ['maintenance.system', 'maintenance.restart'], ['maintenance.system', 'maintenance.restart']]
 */
export function findConflicts(
  source: readonly Occurrence[] | readonly z.input<typeof OccurrenceInputSchema>[] | MaintenanceSchedule,
  range?: { from: Instant; to: Instant },
): Conflict[] {
  let list: Occurrence[];
  if (Array.isArray(source)) {
    list = parseInput(z.array(OccurrenceInputSchema), source, ['occurrences']).map((o, i) => {
      const start = toMs(o.start, ['occurrences', i, 'start']);
      const end = toMs(o.end, ['occurrences', i, 'end']);
      if (end < start) fail('INVALID_INPUT', ['occurrences', i, 'end'], 'expected the end at or after the start');
      return {
        windowId: o.windowId,
        ...(o.title !== undefined && { title: o.title }),
        ...(o.kind !== undefined && { kind: o.kind }),
        ...(o.cohort !== undefined && { cohort: o.cohort }),
        start: new Date(start),
        end: new Date(end),
      };
    });
  } else {
    if (range === undefined) fail('INVALID_INPUT', ['range'], 'a schedule needs a range { from, to }');
    const r = parseInput(RangeSchema, range, ['range']);
    list = (source as MaintenanceSchedule).occurrences(r.from, r.to);
  }
  list.sort((x, y) => x.start.getTime() - y.start.getTime() || compareIds(x.windowId, y.windowId));

  const conflicts: Conflict[] = [];
  let open: Occurrence[] = [];
  for (const b of list) {
    const bStart = b.start.getTime();
    open = open.filter((a) => a.end.getTime() > bStart);
    for (const a of open) {
      if (a.cohort !== undefined && b.cohort !== undefined && a.cohort !== b.cohort) continue;
      const to = Math.min(a.end.getTime(), b.end.getTime());
      if (to <= bStart) continue;
      const cohort = a.cohort ?? b.cohort;
      conflicts.push({ a, b, ...(cohort !== undefined && { cohort }), from: new Date(bStart), to: new Date(to) });
    }
    open.push(b);
  }
  return conflicts.sort((x, y) => x.from.getTime() - y.from.getTime() || compareIds(x.a.windowId, y.a.windowId) || compareIds(x.b.windowId, y.b.windowId));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
