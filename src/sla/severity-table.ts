import { toPositiveDurationMs } from '../_lib/duration.js';
import { parseInput } from '../_lib/validate.js';
import type { BusinessCalendar } from '../calendars/business-calendar.js';
import { fail } from '../errors.js';
import { businessAxis, type BusinessAxis } from './business-axis.js';
import { SlaPolicyConfigSchema, isBusinessCalendar } from './sla-policy-schema.js';
import { thresholdGoals } from './thresholds.js';

/** One severity of a policy, validated and ready to evaluate. */
export interface SeverityTarget {
  /** The severity as a string key, as results report it. */
  readonly severity: string;
  /** Position in the configuration (report rows follow it). */
  readonly index: number;
  readonly targetMs: number;
  readonly calendar: BusinessCalendar;
  readonly axis: BusinessAxis;
  /** Business ms at 50 %, 75 % and 100 % of the target. */
  readonly goals: readonly number[];
  /** Just the target, for `deadline()`. */
  readonly deadlineGoal: readonly number[];
}

export interface SeverityTable {
  readonly calendar: BusinessCalendar;
  readonly list: readonly SeverityTarget[];
  /** The target of a ticket's severity, or `INVALID_INPUT` at `severity`. */
  lookup(severity: string | number): SeverityTarget;
}

/**
 * Validates a policy configuration and indexes its severities. Numeric severities are looked up
 * without building a string (`1` and `'1'` share an entry), so a lookup costs one Map read.
 */
export function severityTable(config: unknown): SeverityTable {
  if (typeof config !== 'object' || config === null) fail('INVALID_INPUT', [], 'expected { calendar, targets }');
  const { calendar, targets } = config as Record<string, unknown>;
  if (!isBusinessCalendar(calendar)) fail('INVALID_INPUT', ['calendar'], 'expected a BusinessCalendar (from businessCalendar() or ukBusinessHours())');
  if (typeof targets !== 'object' || targets === null || Array.isArray(targets)) {
    fail('INVALID_INPUT', ['targets'], 'expected an object of targets by severity: { 1: { hours: 1 }, … }');
  }
  const keys = Object.keys(targets);
  if (keys.length === 0) fail('INVALID_INPUT', ['targets'], 'at least one severity needs a target');

  // Checked by hand first for exact paths (a union error would only say `targets.2`), then by the
  // schema, which stays the one written contract.
  const axes = new Map<BusinessCalendar, BusinessAxis>();
  const axisOf = (c: BusinessCalendar): BusinessAxis => {
    let axis = axes.get(c);
    if (!axis) axes.set(c, (axis = businessAxis(c)));
    return axis;
  };
  const list = keys.map((severity, index): SeverityTarget => {
    const raw = (targets as Record<string, unknown>)[severity];
    let within: unknown = raw;
    let own: unknown;
    const path: PropertyKey[] = ['targets', severity];
    if (typeof raw === 'object' && raw !== null && 'within' in raw) {
      ({ within, calendar: own } = raw as Record<string, unknown>);
      if (own !== undefined && !isBusinessCalendar(own)) fail('INVALID_INPUT', [...path, 'calendar'], 'expected a BusinessCalendar');
      path.push('within');
    }
    const targetMs = toPositiveDurationMs(within, path);
    const cal = (own as BusinessCalendar | undefined) ?? calendar;
    return { severity, index, targetMs, calendar: cal, axis: axisOf(cal), goals: thresholdGoals(targetMs), deadlineGoal: [targetMs] };
  });
  parseInput(SlaPolicyConfigSchema, config);

  const byKey = new Map<string | number, SeverityTarget>();
  for (const target of list) {
    byKey.set(target.severity, target);
    const n = Number(target.severity);
    if (String(n) === target.severity) byKey.set(n, target);
  }
  const known = keys.map((k) => `"${k}"`).join(', ');
  return {
    calendar,
    list,
    lookup(severity) {
      return byKey.get(severity) ?? fail('INVALID_INPUT', ['severity'], `unknown severity ${JSON.stringify(severity)} (this policy knows ${known})`);
    },
  };
}
