import { toMs } from '../_lib/instant.js';
import { fail } from '../errors.js';
import { prefixErrorPath } from './prefix-error-path.js';

/** A ticket checked and reduced to epoch milliseconds: what the evaluators work on. */
export interface TicketFacts {
  severity: string | number;
  receivedMs: number;
  /** `Infinity` when there is no response yet. */
  respondedMs: number;
  /** Pauses as they came, flattened: `[from0, to0, from1, to1, …]`; an open pause ends at `Infinity`. */
  pauses: readonly number[];
}

export function newTicketFacts(): TicketFacts {
  return { severity: '', receivedMs: 0, respondedMs: Infinity, pauses: [] };
}

const NO_PAUSES: readonly number[] = [];
const RECEIVED_AT = ['receivedAt'] as const;
const RESPONDED_AT = ['respondedAt'] as const;
const NO_PATH: readonly PropertyKey[] = [];

/**
 * Checks `value` against `TicketSchema` by hand (same accepts, same rejects, same paths) and
 * reduces it to milliseconds, written into `into` (a caller evaluating many tickets reuses one).
 * Throws `PolicyClockError` (`INVALID_INPUT`) naming the field.
 */
export function readTicket(value: unknown, into: TicketFacts = newTicketFacts()): TicketFacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('INVALID_INPUT', [], `expected a ticket object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const t = value as Record<string, unknown>;
  if (t.id !== undefined && typeof t.id !== 'string') fail('INVALID_INPUT', ['id'], 'expected a string');
  const severity = t.severity;
  if (typeof severity !== 'string' && !(typeof severity === 'number' && Number.isFinite(severity))) {
    fail('INVALID_INPUT', ['severity'], severity === undefined ? 'severity is required' : 'expected a string or a finite number');
  }
  if (t.receivedAt === undefined) fail('INVALID_INPUT', RECEIVED_AT, 'receivedAt is required');
  const receivedMs = toMs(t.receivedAt, RECEIVED_AT);
  const respondedMs = t.respondedAt === undefined ? Infinity : toMs(t.respondedAt, RESPONDED_AT);
  const pauses = t.pauses === undefined ? NO_PAUSES : readPauses(t.pauses);
  // Checked last, as the schema does: a comparison means something only once every field is valid.
  if (respondedMs < receivedMs) fail('INVALID_INPUT', RESPONDED_AT, 'the response is before the ticket was received');
  into.severity = severity as string | number;
  into.receivedMs = receivedMs;
  into.respondedMs = respondedMs;
  into.pauses = pauses;
  return into;
}

function readPauses(value: unknown): number[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', ['pauses'], 'expected an array of { from, to? }');
  const out: number[] = [];
  let i = 0;
  let field: 'from' | 'to' | undefined;
  try {
    for (; i < value.length; i++) {
      const p: unknown = value[i];
      field = undefined;
      if (typeof p !== 'object' || p === null || Array.isArray(p)) fail('INVALID_INPUT', NO_PATH, 'expected { from, to? }');
      const { from, to } = p as Record<string, unknown>;
      field = 'from';
      if (from === undefined) fail('INVALID_INPUT', NO_PATH, 'from is required');
      const fromMs = toMs(from, NO_PATH);
      field = 'to';
      const toMsValue = to === undefined ? Infinity : toMs(to, NO_PATH);
      if (toMsValue < fromMs) fail('INVALID_INPUT', NO_PATH, 'the pause ends before it starts');
      out.push(fromMs, toMsValue);
    }
  } catch (error) {
    // The path is built only for the error: a million tickets should not allocate one each.
    throw prefixErrorPath(error, field === undefined ? ['pauses', i] : ['pauses', i, field]);
  }
  return out;
}
