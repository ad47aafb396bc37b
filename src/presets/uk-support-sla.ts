import { ukBusinessHours, type UkBusinessHoursOptions } from './uk-business-hours.js';
import { slaPolicy, type SlaPolicy } from '../sla/sla-policy.js';
import type { SlaTarget } from '../sla/sla-policy-schema.js';

/** A severity of the UK support policy (seed 004), as data for pickers, forms and help texts. */
export interface UkSupportSeverity {
  /** The severity key tickets carry. */
  readonly id: '1' | '2' | '3';
  readonly label: string;
  /** The policy's definition, in English. */
  readonly definition: string;
  /** The POLICIES.md rule id. */
  readonly rule: 'sla.severity-1' | 'sla.severity-2' | 'sla.severity-3';
  /** Response target in business hours (`sla.business-hour`). */
  readonly target: { readonly hours: number };
}

/** The three severities of seed 004 with their definitions and 1 / 4 / 8 business-hour targets. */
export const UK_SUPPORT_SEVERITIES: readonly UkSupportSeverity[] = [
  {
    id: '1',
    label: 'All users down',
    definition: 'An operational problem attributable to the service that causes downtime, unresponsiveness or system errors for all users.',
    rule: 'sla.severity-1',
    target: { hours: 1 },
  },
  {
    id: '2',
    label: 'Individual users degraded',
    definition: 'An operational problem attributable to the service that causes a significant degradation of system performance for individual users.',
    rule: 'sla.severity-2',
    target: { hours: 4 },
  },
  {
    id: '3',
    label: 'Cosmetic, documentation or improvement request',
    definition: 'All functions of the service are available, but there are cosmetic errors, documentation errors or requests for improvement.',
    rule: 'sla.severity-3',
    target: { hours: 8 },
  },
];

export interface UkSupportSlaOptions extends UkBusinessHoursOptions {
  /** Replace a severity's target (every number of a preset can be overridden). */
  readonly targets?: Partial<Record<'1' | '2' | '3', SlaTarget>>;
}

/**
 * The UK support SLA of seed 004: severities `'1' | '2' | '3'` must be answered within 1, 4 and 8
 * business hours on `ukBusinessHours(options)` (Mon–Fri 09:00–18:00 UK time, England & Wales bank
 * holidays; `{ timeZone: 'UTC' }` for the literal "GMT" reading, `{ division }` for Scotland or
 * Northern Ireland).
 *
 * @example
 * const sla = ukSupportSla();
 * sla.deadline({ severity: 2, receivedAt: '2026-12-24T17:30:00Z' })
 * //=> 2026-12-29T12:30:00.000Z
 * sla.status({ severity: 1, receivedAt: '2026-06-01T09:00:00+01:00' }, '2026-06-01T09:30:00+01:00').state
 * //=> 'running'
 */
export function ukSupportSla(options: UkSupportSlaOptions = {}): SlaPolicy {
  const { targets = {}, ...calendarOptions } = options;
  const defaults: Record<string, SlaTarget> = {};
  for (const s of UK_SUPPORT_SEVERITIES) defaults[s.id] = targets[s.id] ?? s.target;
  return slaPolicy({ calendar: ukBusinessHours(calendarOptions), targets: defaults });
}
