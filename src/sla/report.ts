import * as z from 'zod/mini';
import { InstantSchema, toMs } from '../_lib/instant.js';
import { DAY_MS } from '../_lib/local-time.js';
import { parseInput } from '../_lib/validate.js';
import { zoneTable } from '../calendars/zone-table.js';
import { fail } from '../errors.js';
import { evaluate, newEvaluation } from './evaluate.js';
import { percentile } from './percentile.js';
import { periodIndex, periodKey, type SlaPeriod } from './period-key.js';
import { prefixErrorPath } from './prefix-error-path.js';
import { newTicketFacts, readTicket } from './read-ticket.js';
import type { SeverityTable, SeverityTarget } from './severity-table.js';

export const SlaReportOptionsSchema = /* @__PURE__ */ (() =>
  z.object({ now: InstantSchema, period: z.optional(z.enum(['quarter', 'month'])) }))();
export type SlaReportOptions = z.infer<typeof SlaReportOptionsSchema>;

/** One period × severity of a report. Response times are business ms on the SLA clock (pauses excluded). */
export interface SlaReportRow {
  /** `'2026-Q1'` or `'2026-06'`: the period in which the tickets were received. */
  readonly period: string;
  readonly severity: string;
  readonly tickets: number;
  readonly met: number;
  readonly breached: number;
  /** Neither met nor breached yet (running or paused). */
  readonly open: number;
  /** Tickets with a response by `now`: the population of the response times. */
  readonly responded: number;
  /** `met / (met + breached)`; `null` while no ticket is decided (no data is not 100 %). */
  readonly complianceRate: number | null;
  /** Nearest-rank median and 90th percentile of the response times; `null` without responses. */
  readonly medianResponse: number | null;
  readonly p90Response: number | null;
}

export interface SlaReport {
  readonly period: SlaPeriod;
  /** The zone whose local dates decide the period of a ticket (the policy calendar's). */
  readonly timeZone: string;
  readonly now: Date;
  /** By period, then severity in the policy's order; only combinations that have tickets. */
  readonly rows: readonly SlaReportRow[];
}

interface Bucket {
  readonly period: number;
  readonly target: SeverityTarget;
  tickets: number;
  met: number;
  breached: number;
  responses: number[];
}

/**
 * Counts tickets per period of receipt (local dates in the policy calendar's zone) and severity,
 * each classified by its status at `now`.
 */
export function report(table: SeverityTable, tickets: unknown, options: unknown): SlaReport {
  const { now, period = 'quarter' } = parseInput(SlaReportOptionsSchema, options);
  const nowMs = toMs(now, ['now']);
  if (!Array.isArray(tickets)) fail('INVALID_INPUT', ['tickets'], 'expected an array of tickets');
  const zone = zoneTable(table.calendar.timeZone, ['calendar', 'timeZone']);
  const width = table.list.length;
  const buckets = new Map<number, Bucket>();
  const ev = newEvaluation();
  const facts = newTicketFacts();
  const periodOfDay = new Map<number, number>(); // a few hundred local days, a million tickets
  let i = 0;
  try {
    for (; i < tickets.length; i++) {
      readTicket(tickets[i], facts);
      const target = table.lookup(facts.severity);
      evaluate(target, facts, nowMs, ev, target.deadlineGoal);
      const day = Math.floor(zone.toLocal(facts.receivedMs) / DAY_MS);
      let periodNo = periodOfDay.get(day);
      if (periodNo === undefined) periodOfDay.set(day, (periodNo = periodIndex(day, period)));
      const key = periodNo * width + target.index;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { period: periodNo, target, tickets: 0, met: 0, breached: 0, responses: [] }));
      bucket.tickets++;
      if (ev.state === 'met') bucket.met++;
      else if (ev.state === 'breached') bucket.breached++;
      if (facts.respondedMs <= nowMs) bucket.responses.push(ev.elapsed);
    }
  } catch (error) {
    throw prefixErrorPath(error, ['tickets', i]);
  }
  const rows = [...buckets.keys()].sort((a, b) => a - b).map((key) => row(buckets.get(key)!, period));
  return { period, timeZone: table.calendar.timeZone, now: new Date(nowMs), rows };
}

function row(b: Bucket, period: SlaPeriod): SlaReportRow {
  const sorted = Float64Array.from(b.responses).sort();
  const decided = b.met + b.breached;
  return {
    period: periodKey(b.period, period),
    severity: b.target.severity,
    tickets: b.tickets,
    met: b.met,
    breached: b.breached,
    open: b.tickets - decided,
    responded: sorted.length,
    complianceRate: decided === 0 ? null : b.met / decided,
    medianResponse: percentile(sorted, 50) ?? null,
    p90Response: percentile(sorted, 90) ?? null,
  };
}
