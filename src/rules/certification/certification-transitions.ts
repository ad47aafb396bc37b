/** Where a certification case stands. `not-applied` is the state before any event. */
export const CERTIFICATION_STATES = [
  'not-applied', 'applied', 'in-review', 'documents-requested', 'remediation', 'second-review', 'certified', 'not-certified',
] as const;
export type CertificationState = (typeof CERTIFICATION_STATES)[number];

/** What can happen in a case (seed 000). */
export const CERTIFICATION_EVENT_TYPES = [
  'applied', 'questionnaire-submitted', 'documents-requested', 'documents-received', 'review-completed', 'remediation-submitted', 'invoice-issued',
] as const;
export type CertificationEventType = (typeof CERTIFICATION_EVENT_TYPES)[number];

/** The POLICIES.md §5 rule a refused event breaks. */
export type CertificationRuleId = 'cert.application' | 'cert.review' | 'cert.documents' | 'cert.findings' | 'cert.billing';

/**
 * One cell of the table: the next state; `resume` (back to the state the document request
 * interrupted); a review outcome (`clean` without findings, `findings` with); or `deny`: the
 * process does not allow the event here, which becomes a `must` finding and changes nothing.
 */
export type CertificationTransition =
  | CertificationState
  | 'resume'
  | { readonly clean: CertificationState; readonly findings: CertificationState }
  | { readonly deny: CertificationRuleId };

const FIRST_REVIEW = { clean: 'certified', findings: 'remediation' } as const;
const SECOND_REVIEW = { clean: 'certified', findings: 'not-certified' } as const;
const NO_APPLICATION = { deny: 'cert.application' } as const;
const DOCUMENTS = { deny: 'cert.documents' } as const;
const FINDINGS = { deny: 'cert.findings' } as const;
const BILLING = { deny: 'cert.billing' } as const;
const REVIEW_OVER = { deny: 'cert.review' } as const;
/**
 * `applied` and `in-review` accept the same events: the review starts with the application and
 * the questionnaire runs beside it, so the two states differ only in what the status reports.
 */
const BEFORE_FIRST_REVIEW = {
  applied: NO_APPLICATION,
  'questionnaire-submitted': 'in-review',
  'documents-requested': 'documents-requested',
  'documents-received': DOCUMENTS,
  'review-completed': FIRST_REVIEW,
  'remediation-submitted': FINDINGS,
  'invoice-issued': BILLING,
} as const;

/**
 * The certification process of seed 000 as data: state × event → transition. Every cell is
 * written out; docs/rules.md renders this table (a test keeps them equal). Beside the state, a
 * case tracks the questionnaire, the state a document request interrupted, the review count and
 * whether it was invoiced (a second invoice is a `cert.billing` finding).
 */
export const CERTIFICATION_TRANSITIONS: {
  readonly [S in CertificationState]: { readonly [E in CertificationEventType]: CertificationTransition };
} = {
  'not-applied': {
    applied: 'applied',
    'questionnaire-submitted': NO_APPLICATION,
    'documents-requested': NO_APPLICATION,
    'documents-received': NO_APPLICATION,
    'review-completed': NO_APPLICATION,
    'remediation-submitted': NO_APPLICATION,
    'invoice-issued': NO_APPLICATION,
  },
  applied: BEFORE_FIRST_REVIEW,
  'in-review': BEFORE_FIRST_REVIEW,
  'documents-requested': {
    applied: NO_APPLICATION,
    'questionnaire-submitted': 'documents-requested',
    'documents-requested': 'documents-requested',
    'documents-received': 'resume',
    'review-completed': DOCUMENTS,
    'remediation-submitted': DOCUMENTS,
    'invoice-issued': BILLING,
  },
  remediation: {
    applied: NO_APPLICATION,
    'questionnaire-submitted': 'remediation',
    'documents-requested': 'documents-requested',
    'documents-received': DOCUMENTS,
    'review-completed': FINDINGS,
    'remediation-submitted': 'second-review',
    'invoice-issued': BILLING,
  },
  'second-review': {
    applied: NO_APPLICATION,
    'questionnaire-submitted': 'second-review',
    'documents-requested': 'documents-requested',
    'documents-received': DOCUMENTS,
    'review-completed': SECOND_REVIEW,
    'remediation-submitted': FINDINGS,
    'invoice-issued': BILLING,
  },
  certified: {
    applied: NO_APPLICATION,
    'questionnaire-submitted': REVIEW_OVER,
    'documents-requested': DOCUMENTS,
    'documents-received': DOCUMENTS,
    'review-completed': FINDINGS,
    'remediation-submitted': FINDINGS,
    'invoice-issued': 'certified',
  },
  'not-certified': {
    applied: NO_APPLICATION,
    'questionnaire-submitted': REVIEW_OVER,
    'documents-requested': DOCUMENTS,
    'documents-received': DOCUMENTS,
    'review-completed': FINDINGS,
    'remediation-submitted': FINDINGS,
    'invoice-issued': 'not-certified',
  },
};
