import * as z from 'zod/mini';
import { toDurationMs, type Duration } from '../../_lib/duration.js';
import { InstantSchema, toMs } from '../../_lib/instant.js';
import { parseInput } from '../../_lib/validate.js';
import { fail } from '../../errors.js';

export const NoticeInputSchema = /* @__PURE__ */ (() =>
  z.object({ start: InstantSchema, announcedAt: InstantSchema }))();
export type NoticeInput = z.infer<typeof NoticeInputSchema>;

/** `ok` when the lead time is at least the notice; `leadTime` and `shortBy` in ms (`shortBy` ≥ 0). */
export interface NoticeCheck {
  readonly ok: boolean;
  readonly leadTime: number;
  readonly shortBy: number;
}

export const DEFAULT_NOTICE: Duration = { hours: 24 };

/**
 * `maintenance.notice`: was a window announced at least `notice` (default 24 h) before it starts?
 * Exactly 24 h is enough. An announcement after the start has a negative lead time.
 *
 * @example
 * checkNotice({ start: '2026-04-10T00:00:00+02:00', announcedAt: '2026-04-08T09:00:00+02:00' })
 * //=> { ok: true, leadTime: 140400000, shortBy: 0 }
 * checkNotice({ start: '2026-04-10T00:00:00+02:00', announcedAt: '2026-04-09T12:00:00+02:00' })
 * //=> { ok: false, leadTime: 43200000, shortBy: 43200000 }
 */
export function checkNotice(w: NoticeInput, notice: Duration = DEFAULT_NOTICE): NoticeCheck {
  const input = parseInput(NoticeInputSchema, w, ['w']);
  const leadTime = toMs(input.start, ['w', 'start']) - toMs(input.announcedAt, ['w', 'announcedAt']);
  const required = toDurationMs(notice, ['notice']);
  if (required < 0) fail('INVALID_INPUT', ['notice'], `expected a notice of zero or more, got ${required} ms`);
  return { ok: leadTime >= required, leadTime, shortBy: Math.max(0, required - leadTime) };
}
