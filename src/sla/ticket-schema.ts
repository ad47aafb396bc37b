import * as z from 'zod/mini';
import { InstantSchema, toMs } from '../_lib/instant.js';

function isInstant(value: unknown): boolean {
  try {
    toMs(value, []);
    return true;
  } catch {
    return false;
  }
}

function notBefore(later: unknown, earlier: unknown): boolean {
  return later === undefined || !isInstant(later) || !isInstant(earlier) || toMs(later, []) >= toMs(earlier, []);
}

/** An instant as tickets carry them: a `Date`, epoch ms, or an ISO string **with** an offset. */
// Schemas are built in pure calls (`.check()` is a method call a bundler must otherwise keep), so
// an application that never imports them does not pay for zod.
const TicketInstantSchema = /* @__PURE__ */ (() =>
  InstantSchema.check(
    z.refine(isInstant, 'expected a valid instant: a Date, whole epoch milliseconds (years 1000–9999) or an ISO 8601 string with Z or an offset'),
  ))();

/**
 * A stretch during which the SLA clock stops (waiting on the customer). Without `to` the pause is
 * still open. `to` must not be before `from`.
 */
export const PauseSchema = /* @__PURE__ */ (() =>
  z.object({
    from: TicketInstantSchema,
    to: z.optional(TicketInstantSchema),
  }).check(z.refine((p) => notBefore(p.to, p.from), { path: ['to'], message: 'the pause ends before it starts' })))();
export type Pause = z.infer<typeof PauseSchema>;

/**
 * A support ticket as the SLA evaluators read it. This schema is the documented contract; the
 * evaluators check tickets with a hand-written reader that accepts and rejects exactly the same
 * values (a property test holds them together), because parsing a million tickets through zod
 * would dominate the cost of evaluating them. Whether `severity` is one the policy knows is the
 * policy's question, not the schema's.
 */
export const TicketSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.optional(z.string()),
    severity: z.union([z.string(), z.number()]),
    receivedAt: TicketInstantSchema,
    respondedAt: z.optional(TicketInstantSchema),
    pauses: z.optional(z.array(PauseSchema)),
  }).check(z.refine((t) => notBefore(t.respondedAt, t.receivedAt), { path: ['respondedAt'], message: 'the response is before the ticket was received' })))();
export type Ticket = z.infer<typeof TicketSchema>;
