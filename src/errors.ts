/**
 * Stable error codes. A caller can switch on them; the message is for people.
 */
export type PolicyClockErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TIME_ZONE'
  | 'NO_BUSINESS_HOURS'
  | 'OUT_OF_RANGE'
  | 'INVALID_RULE';

/** One problem with the input, in zod's shape: where (`path`) and what (`message`). */
export interface PolicyClockIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

// A registered symbol survives bundling twice and crossing realms, where `instanceof` does not.
const BRAND = Symbol.for('policyclock.error');

/**
 * The one error class policyclock throws for bad input or an impossible request.
 *
 * @example
 * try { ukBusinessHours().add('2026-01-05 09:00', 1) }
 * catch (e) { if (isPolicyClockError(e)) e.code } //=> 'INVALID_INPUT'
 */
export class PolicyClockError extends Error {
  override readonly name = 'PolicyClockError';
  readonly code: PolicyClockErrorCode;
  /** The offending field as a dotted path (`'hours.mon[1]'`), or `''` for the input as a whole. */
  readonly path: string;
  readonly issues: readonly PolicyClockIssue[];

  constructor(code: PolicyClockErrorCode, issues: readonly PolicyClockIssue[]) {
    const first = issues[0];
    const path = first ? formatPath(first.path) : '';
    super(first ? `${path || 'input'}: ${first.message}` : code);
    this.code = code;
    this.path = path;
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True for a `PolicyClockError`, even one from another copy of the package or another realm
 * (where `instanceof` fails).
 *
 * @example
 * try { businessCalendar({ timeZone: 'Mars/Base', hours: { mon: '09:00-17:00' } }) }
 * catch (e) { if (isPolicyClockError(e)) [e.code, e.path] } //=> ['INVALID_TIME_ZONE', 'timeZone']
 *
 * @example
 * isPolicyClockError(new Error('x')) //=> false
 */
export function isPolicyClockError(value: unknown): value is PolicyClockError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** Throws a `PolicyClockError` with a single issue. */
export function fail(code: PolicyClockErrorCode, path: readonly PropertyKey[], message: string): never {
  throw new PolicyClockError(code, [{ code: code.toLowerCase(), path, message }]);
}

/** `['hours', 'mon', 1]` → `'hours.mon[1]'`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
