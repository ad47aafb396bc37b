// A slow, obviously-correct SLA clock for property tests: no business axis, no pause merging, no
// shortcuts. It cuts time at every boundary, asks "is this piece inside any pause?", and uses only
// the calendar's own between()/add() and Intl for local dates.
import type { BusinessCalendar } from '../../src/calendars/business-calendar.js';

export interface RefTicket {
  severity: string;
  receivedAt: number;
  respondedAt?: number;
  pauses: { from: number; to?: number }[];
}

export interface RefStatus {
  state: 'running' | 'paused' | 'met' | 'breached';
  deadline: number;
  elapsed: number;
}

/** Pieces of [start, end) between consecutive boundaries, each marked paused or running. */
function pieces(start: number, end: number, pauses: { from: number; to: number }[]): { a: number; b: number; paused: boolean }[] {
  const cuts = new Set([start, end]);
  for (const p of pauses) for (const x of [p.from, p.to]) if (x > start && x < end) cuts.add(x);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!, b = sorted[i + 1]!;
    out.push({ a, b, paused: pauses.some((p) => p.from <= a && b <= p.to) });
  }
  return out;
}

/** Deadline: walk the pieces until the target is used, then one calendar.add within the piece. */
export function refDeadline(calendar: BusinessCalendar, targetMs: number, receivedAt: number, pauses: { from: number; to: number }[]): number {
  const last = Math.max(receivedAt, ...pauses.map((p) => (Number.isFinite(p.to) ? p.to : p.from)));
  let need = targetMs;
  for (const { a, b, paused } of pieces(receivedAt, last, pauses)) {
    if (paused) continue;
    const here = calendar.between(a, b);
    if (here >= need) return calendar.add(a, need).getTime();
    need -= here;
  }
  if (pauses.some((p) => p.to === Infinity && p.from <= last)) return NaN;
  return calendar.add(last, need).getTime();
}

export function refElapsed(calendar: BusinessCalendar, receivedAt: number, end: number, pauses: { from: number; to: number }[]): number {
  let sum = 0;
  for (const { a, b, paused } of pieces(receivedAt, end, pauses)) if (!paused) sum += calendar.between(a, b);
  return sum;
}

/** The status as of `now`, from what had happened by `now` (the documented reading). */
export function refStatus(calendar: BusinessCalendar, targetMs: number, t: RefTicket, now: number): RefStatus {
  const responded = t.respondedAt !== undefined && t.respondedAt <= now;
  const end = responded ? t.respondedAt! : Math.max(now, t.receivedAt);
  const known = t.pauses
    .filter((p) => p.from <= end)
    .map((p) => ({ from: Math.max(p.from, t.receivedAt), to: Math.min(p.to ?? Infinity, end) }))
    .filter((p) => p.from < p.to);
  const deadline = refDeadline(calendar, targetMs, t.receivedAt, known);
  const elapsed = refElapsed(calendar, t.receivedAt, end, known);
  let state: RefStatus['state'];
  if (responded) state = t.respondedAt! <= deadline ? 'met' : 'breached';
  else if (now > deadline) state = 'breached';
  else if (t.pauses.some((p) => p.from <= end && end < (p.to ?? Infinity))) state = 'paused';
  else state = 'running';
  return { state, deadline, elapsed };
}

export interface RefRow {
  period: string; severity: string; tickets: number; met: number; breached: number; open: number; responded: number;
  complianceRate: number | null; medianResponse: number | null; p90Response: number | null;
}

/** Nearest rank by its definition: the smallest value with at least p % of all values ≤ it. */
export function refPercentile(values: number[], p: number): number | null {
  const sorted = [...values].sort((x, y) => x - y);
  for (const v of sorted) if (sorted.filter((w) => w <= v).length * 100 >= p * sorted.length) return v;
  return null;
}

export function refReport(
  targetOf: (severity: string) => { calendar: BusinessCalendar; targetMs: number },
  severities: string[],
  timeZone: string,
  tickets: RefTicket[],
  now: number,
  period: 'quarter' | 'month',
): RefRow[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  const groups = new Map<string, { period: string; severity: string; states: string[]; responses: number[] }>();
  for (const t of tickets) {
    const parts = Object.fromEntries(fmt.formatToParts(t.receivedAt).map((p) => [p.type, p.value]));
    const key = period === 'month' ? `${parts.year}-${parts.month}` : `${parts.year}-Q${Math.ceil(Number(parts.month) / 3)}`;
    const { calendar, targetMs } = targetOf(t.severity);
    const s = refStatus(calendar, targetMs, t, now);
    const g = groups.get(`${key}|${t.severity}`) ?? { period: key, severity: t.severity, states: [], responses: [] };
    groups.set(`${key}|${t.severity}`, g);
    g.states.push(s.state);
    if (t.respondedAt !== undefined && t.respondedAt <= now) g.responses.push(s.elapsed);
  }
  return [...groups.values()]
    .sort((x, y) => (x.period === y.period ? severities.indexOf(x.severity) - severities.indexOf(y.severity) : x.period < y.period ? -1 : 1))
    .map((g) => {
      const met = g.states.filter((s) => s === 'met').length;
      const breached = g.states.filter((s) => s === 'breached').length;
      return {
        period: g.period, severity: g.severity, tickets: g.states.length, met, breached,
        open: g.states.filter((s) => s === 'running' || s === 'paused').length,
        responded: g.responses.length,
        complianceRate: met + breached === 0 ? null : met / (met + breached),
        medianResponse: refPercentile(g.responses, 50),
        p90Response: refPercentile(g.responses, 90),
      };
    });
}
