import { toMs, type Instant } from '../_lib/instant.js';
import { deadlineMs } from './deadline.js';
import { evaluate, newEvaluation } from './evaluate.js';
import type { SlaExplanation } from './explain.js';
import { newTicketFacts, readTicket } from './read-ticket.js';
import { report, type SlaReport, type SlaReportOptions } from './report.js';
import { severityTable } from './severity-table.js';
import type { SlaPolicyConfig } from './sla-policy-schema.js';
import { toStatus, type SlaStatus, type SlaStatusOptions } from './status.js';
import type { Ticket } from './ticket-schema.js';

const NOW = ['now'] as const;

/** Response-time promises per severity, evaluated on business calendars. See docs/sla.md. */
export interface SlaPolicy {
  /** The severities this policy knows, in configuration order. */
  readonly severities: readonly string[];
  /**
   * The response deadline of a ticket. Throws `INVALID_INPUT` at `pauses[i].to` while an open pause
   * leaves it unknown (see `status` for a projection).
   *
   * @example
   * ukSupportSla().deadline({ severity: 2, receivedAt: '2026-06-09T10:00:00+01:00',
   *   pauses: [{ from: '2026-06-09T11:00:00+01:00', to: '2026-06-10T10:00:00+01:00' }] })
   * //=> 2026-06-10T12:00:00.000Z (13:00 BST: the pause stopped 8 business hours)
   */
  deadline(ticket: Pick<Ticket, 'severity' | 'receivedAt' | 'respondedAt' | 'pauses'>): Date;
  /**
   * Where the ticket stands at `now`, from what had happened by `now`, with the arithmetic behind
   * it (`explanation`).
   *
   * @example
   * ukSupportSla().status({ severity: 2, receivedAt: '2026-06-09T10:00:00+01:00' }, '2026-06-09T11:00:00+01:00', { explain: true })
   *   .explanation.counted //=> [{ date: '2026-06-09', from: '10:00', to: '11:00', ms: 3600000, … }]
   */
  status(ticket: Ticket, now: Instant, options: { readonly explain: true }): SlaStatus & { readonly explanation: SlaExplanation };
  /**
   * Where the ticket stands at `now`, from what had happened by `now`: state, deadline, business
   * time elapsed and remaining, and the instants at 50/75/100 % of the target.
   *
   * @example
   * ukSupportSla().status({ severity: 2, receivedAt: '2026-06-09T10:00:00+01:00' }, '2026-06-09T11:00:00+01:00')
   * //=> { severity: '2', state: 'running', deadline: 2026-06-09T13:00:00.000Z, elapsed: 3600000,
   * //     remaining: 10800000, fractionUsed: 0.25, thresholds: { at50: …T11:00Z, at75: …T12:00Z, at100: …T13:00Z } }
   */
  status(ticket: Ticket, now: Instant, options?: SlaStatusOptions): SlaStatus;
  /**
   * Counts per period of receipt (quarters by default) and severity: tickets, met, breached, open,
   * compliance rate, nearest-rank median and 90th percentile response time in business ms.
   *
   * @example
   * ukSupportSla().report(tickets, { now: '2026-07-01T00:00:00Z' }).rows[0]
   * //=> { period: '2026-Q1', severity: '1', tickets: 3, met: 2, breached: 1, open: 0, responded: 3,
   * //     complianceRate: 0.6666666666666666, medianResponse: 3600000, p90Response: 7200000 }
   */
  report(tickets: readonly Ticket[], options: SlaReportOptions): SlaReport;
}

/**
 * An SLA policy: a response target per severity, counted in business time on `calendar` (or a
 * severity's own calendar), with the clock stopped during pauses.
 *
 * @example
 * const sla = slaPolicy({
 *   calendar: ukBusinessHours(),
 *   targets: { 1: { within: { hours: 1 }, calendar: allDayEveryDay }, 2: { hours: 4 }, 3: { hours: 8 } },
 * });
 * sla.deadline({ severity: 2, receivedAt: '2026-12-24T17:30:00Z' })
 * //=> 2026-12-29T12:30:00.000Z (Christmas Day, the weekend and the Boxing Day substitute are closed)
 */
export function slaPolicy(config: SlaPolicyConfig): SlaPolicy {
  const table = severityTable(config);
  // Scratch for status(), filled and read within one synchronous call and never handed out: a
  // million statuses should not cost two million throwaway objects for the garbage collector.
  const facts = newTicketFacts();
  const ev = newEvaluation();
  return {
    severities: table.list.map((t) => t.severity),
    deadline(ticket) {
      const read = readTicket(ticket);
      return new Date(deadlineMs(table.lookup(read.severity), read));
    },
    status(ticket: Ticket, now: Instant, options?: SlaStatusOptions) {
      readTicket(ticket, facts);
      const target = table.lookup(facts.severity);
      evaluate(target, facts, toMs(now, NOW), ev);
      // The overloads promise `explanation` exactly when `explain: true` asked for it.
      return toStatus(target, facts, ev, options?.explain === true) as SlaStatus & { readonly explanation: SlaExplanation };
    },
    report(tickets, options) {
      return report(table, tickets, options);
    },
  };
}
