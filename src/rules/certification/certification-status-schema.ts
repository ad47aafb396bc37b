import type { Finding } from '../finding.js';
import type { CertificationState } from './certification-transitions.js';
import { CheckOptionsSchema, type CheckOptions } from '../check-options-schema.js';

/** `timeZone` is also where the 14 calendar days of a review are counted. */
export const CertificationStatusOptionsSchema = CheckOptionsSchema;
export type CertificationStatusOptions = CheckOptions;

/** Where a certification case stands at `now`. */
export interface CertificationStatus {
  readonly state: CertificationState;
  /** Completed reviews: 0, 1, or 2 (the free second review). */
  readonly reviews: number;
  /** 14 calendar days after the application (or the remediation), while that review is pending. */
  readonly feedbackDue?: Date;
  /** `now` is past `feedbackDue` and the review has not completed. */
  readonly overdue: boolean;
  /** The review procedure is complete and not yet invoiced: the fee may be billed now. */
  readonly billable: boolean;
  /** `standard` once the review procedure is complete; the free second review adds nothing. */
  readonly fee: 'none' | 'standard';
  readonly invoiced: boolean;
  readonly questionnaireSubmitted: boolean;
  /** The findings of the last completed review (none once certified). */
  readonly openPoints: readonly string[];
  /** `must`: events the process does not allow (they change nothing); `should`: overdue feedback. */
  readonly findings: readonly Finding[];
  readonly nextStep: string;
}
