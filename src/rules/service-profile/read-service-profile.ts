import type { z } from 'zod/mini';
import { fail } from '../../errors.js';
import { toDurationMs, toPositiveDurationMs } from '../../_lib/duration.js';
import { toMs } from '../../_lib/instant.js';
import { parseClockRange, type Weekday } from '../../_lib/local-time.js';
import { parseInput } from '../../_lib/validate.js';
import { ServiceProfileSchema } from './service-profile-schema.js';

type Parsed = z.output<typeof ServiceProfileSchema>;

/** A validated profile with instants and durations in milliseconds and visitor hours in minutes. */
export interface NormalisedServiceProfile extends Omit<Parsed, 'backups' | 'maintenanceNotice' | 'supportTargets' | 'visitorHours'> {
  /** Backup instants, sorted ascending. */
  readonly backups?: { readonly taken: readonly number[]; readonly offsite: boolean };
  readonly maintenanceNotice?: number;
  readonly supportTargets?: Readonly<Record<string, number>>;
  readonly visitorHours?: readonly { readonly day: Weekday; readonly from: number; readonly to: number }[];
}

/** Validates `input` (`PolicyClockError` with the path, e.g. `profile.backups.taken[3]`) and converts it. */
export function readServiceProfile(input: unknown): NormalisedServiceProfile {
  const { backups, maintenanceNotice, supportTargets, visitorHours, ...rest } = parseInput(ServiceProfileSchema, input, ['profile']);
  return {
    ...rest,
    ...(backups && {
      backups: { taken: backups.taken.map((t, i) => toMs(t, ['profile', 'backups', 'taken', i])).sort((a, b) => a - b), offsite: backups.offsite },
    }),
    ...(maintenanceNotice !== undefined && { maintenanceNotice: toDurationMs(maintenanceNotice, ['profile', 'maintenanceNotice']) }),
    ...(supportTargets && {
      supportTargets: Object.fromEntries(Object.entries(supportTargets).map(([k, d]) => [k, toPositiveDurationMs(d, ['profile', 'supportTargets', k])])),
    }),
    ...(visitorHours && {
      visitorHours: Object.entries(visitorHours).map(([day, range]) => {
        const minutes = parseClockRange(range!);
        if (!minutes) return fail('INVALID_INPUT', ['profile', 'visitorHours', day], `expected a range 'HH:MM-HH:MM', got "${range}"`);
        return { day: day as Weekday, from: minutes[0], to: minutes[1] };
      }),
    }),
  };
}
