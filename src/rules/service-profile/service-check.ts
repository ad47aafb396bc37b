import type { Text } from '../locale.js';
import type { NormalisedServiceProfile } from './read-service-profile.js';

/** One problem a check found, in both languages; the rule's id, level and source come from the table. */
export interface ServiceCheckIssue {
  readonly path: string;
  readonly message: Text;
  readonly expected: Text;
  readonly actual?: string | number | boolean;
  readonly interval?: { readonly from: number; readonly to: number };
}

/** What a check gets: the profile, `now`, and a formatter for instants in messages. */
export interface ServiceCheckContext {
  readonly profile: NormalisedServiceProfile;
  readonly nowMs: number;
  readonly at: (ms: number) => string;
}

export type ServiceCheck = (ctx: ServiceCheckContext) => ServiceCheckIssue[];
