// The package root re-exports only. Keep module top levels free of side effects
// ("sideEffects": false lets bundlers drop whatever a user does not import).
export { PolicyClockError, isPolicyClockError } from './errors.js';
export type { PolicyClockErrorCode, PolicyClockIssue } from './errors.js';
export { InstantSchema } from './_lib/instant.js';
export type { Instant } from './_lib/instant.js';
export { DurationSchema } from './_lib/duration.js';
export type { Duration } from './_lib/duration.js';
export { WeekdaySchema } from './_lib/local-time.js';
export type { Weekday } from './_lib/local-time.js';
export type { Holiday, HolidaySource } from './calendars/holidays/holiday-source.js';

// Calendars: UK bank holidays from a generated table (other countries: `policyclock/date-holidays`).
export { ukBankHolidays, UkDivisionSchema } from './calendars/holidays/uk-bank-holidays.js';
export type { UkBankHolidaySource, UkDivision } from './calendars/holidays/uk-bank-holidays.js';

// Calendars: business hours.
export { businessCalendar } from './calendars/business-calendar.js';
export type { BusinessCalendar, BusinessInterval } from './calendars/business-calendar.js';
export { BusinessCalendarConfigSchema } from './calendars/business-calendar/business-calendar-config-schema.js';
export type { BusinessCalendarConfig, BusinessCalendarConfigInput } from './calendars/business-calendar/business-calendar-config-schema.js';
export { ukBusinessHours, UkBusinessHoursOptionsSchema } from './presets/uk-business-hours.js';
export type { UkBusinessHoursOptions } from './presets/uk-business-hours.js';

// Maintenance schedules (issue 4): recurring and ad-hoc windows, cohorts, feeds, the seed-002 preset.
export { maintenanceSchedule } from './calendars/maintenance/maintenance-schedule.js';
export type { MaintenanceSchedule } from './calendars/maintenance/maintenance-schedule.js';
export { MaintenanceScheduleConfigSchema } from './calendars/maintenance/maintenance-schedule-config-schema.js';
export type { MaintenanceScheduleConfig } from './calendars/maintenance/maintenance-schedule-config-schema.js';
export { WindowSpecSchema, RepeatSchema } from './calendars/maintenance/window-spec-schema.js';
export type { WindowSpec, Repeat } from './calendars/maintenance/window-spec-schema.js';
export { OccurrenceFilterSchema, OccurrenceInputSchema } from './calendars/maintenance/occurrence.js';
export type { Occurrence, OccurrenceFilter, OccurrenceInput } from './calendars/maintenance/occurrence.js';
export { ICalendarOptionsSchema } from './calendars/maintenance/to-icalendar.js';
export type { ICalendarOptions } from './calendars/maintenance/to-icalendar.js';
export { FeedOptionsSchema } from './calendars/maintenance/to-feed.js';
export type { FeedOptions, FeedWindow, MaintenanceFeed } from './calendars/maintenance/to-feed.js';
export { checkNotice, NoticeInputSchema } from './calendars/maintenance/check-notice.js';
export type { NoticeCheck, NoticeInput } from './calendars/maintenance/check-notice.js';
export { AdHocWindowSchema, AdHocOptionsSchema } from './calendars/maintenance/ad-hoc-window.js';
export type { AdHocCheck, AdHocOptions, AdHocWindow } from './calendars/maintenance/ad-hoc-window.js';
export { checkInfrastructureWindow } from './calendars/maintenance/check-infrastructure-window.js';
export { checkEmergencyPatch, EmergencyPatchSchema, EmergencyPatchOptionsSchema } from './calendars/maintenance/check-emergency-patch.js';
export type { EmergencyPatch, EmergencyPatchOptions } from './calendars/maintenance/check-emergency-patch.js';
export { findConflicts } from './calendars/maintenance/find-conflicts.js';
export type { Conflict } from './calendars/maintenance/find-conflicts.js';
export { cohortOf, CohortWeightsSchema } from './calendars/maintenance/cohort-of.js';
export type { CohortWeights } from './calendars/maintenance/cohort-of.js';
export { crmMaintenance, CrmMaintenanceOptionsSchema } from './presets/crm-maintenance.js';
export type { CrmMaintenanceOptions } from './presets/crm-maintenance.js';

// Rules (src/rules): vendor access, vendor-account audit, certification, service profile.
// json-rules-engine is imported on the first checkVendorAccess call, never at module load.
export { checkVendorAccess, VendorAccessOptionsSchema } from './rules/vendor-access/check-vendor-access.js';
export type { VendorAccessOptions } from './rules/vendor-access/check-vendor-access.js';
export { VendorAccessRequestSchema } from './rules/vendor-access/vendor-access-request-schema.js';
export type { VendorAccessRequest } from './rules/vendor-access/vendor-access-request-schema.js';
export type { VendorAccessVerdict, VendorAccessObligation } from './rules/vendor-access/vendor-access-verdict.js';
export { CustomRuleSchema, CustomRuleEventSchema } from './rules/engine/custom-rule-schema.js';
export type { CustomRule } from './rules/engine/custom-rule-schema.js';
export type { RuleCondition, FactCondition, TopLevelConditions } from './rules/engine/condition-schema.js';
export { auditVendorAccount, AuditVendorAccountOptionsSchema } from './rules/vendor-access/audit-vendor-account.js';
export type { AuditVendorAccountOptions } from './rules/vendor-access/audit-vendor-account.js';
export { VendorAccountSchema, VendorSessionSchema } from './rules/vendor-access/vendor-account-schema.js';
export type { VendorAccount, VendorSession } from './rules/vendor-access/vendor-account-schema.js';
export { certificationStatus } from './rules/certification/certification-status.js';
export { CertificationEventSchema } from './rules/certification/certification-event-schema.js';
export type { CertificationEvent } from './rules/certification/certification-event-schema.js';
export { CertificationStatusOptionsSchema } from './rules/certification/certification-status-schema.js';
export type { CertificationStatus, CertificationStatusOptions } from './rules/certification/certification-status-schema.js';
export { CERTIFICATION_TRANSITIONS, CERTIFICATION_STATES, CERTIFICATION_EVENT_TYPES } from './rules/certification/certification-transitions.js';
export type {
  CertificationState, CertificationEventType, CertificationTransition, CertificationRuleId,
} from './rules/certification/certification-transitions.js';
export { checkServiceProfile, CheckServiceProfileOptionsSchema } from './rules/service-profile/check-service-profile.js';
export type { CheckServiceProfileOptions } from './rules/service-profile/check-service-profile.js';
export { ServiceProfileSchema, SubprocessorSchema } from './rules/service-profile/service-profile-schema.js';
export type { ServiceProfile, Subprocessor } from './rules/service-profile/service-profile-schema.js';
export { EU_EEA_COUNTRIES } from './rules/service-profile/eu-eea-countries.js';
export { LocaleSchema } from './rules/locale.js';
export type { Locale } from './rules/locale.js';
export type { Finding, FindingLevel } from './rules/finding.js';

// SLA: deadlines, status, thresholds, explanations and reports (src/sla, presets/uk-support-*)
export { slaPolicy } from './sla/sla-policy.js';
export type { SlaPolicy } from './sla/sla-policy.js';
export { SlaPolicyConfigSchema, SlaTargetSchema, BusinessCalendarSchema } from './sla/sla-policy-schema.js';
export type { SlaPolicyConfig, SlaTarget } from './sla/sla-policy-schema.js';
export { TicketSchema, PauseSchema } from './sla/ticket-schema.js';
export type { Ticket, Pause } from './sla/ticket-schema.js';
export type { SlaState } from './sla/evaluate.js';
export type { SlaStatus, SlaStatusOptions } from './sla/status.js';
export type { SlaThresholds } from './sla/thresholds.js';
export type { SlaExplanation, SlaSegment } from './sla/explain.js';
export { SlaReportOptionsSchema } from './sla/report.js';
export type { SlaReport, SlaReportRow, SlaReportOptions } from './sla/report.js';
export type { SlaPeriod } from './sla/period-key.js';
export { ukSupportSla, UK_SUPPORT_SEVERITIES } from './presets/uk-support-sla.js';
export type { UkSupportSlaOptions, UkSupportSeverity } from './presets/uk-support-sla.js';
export { UK_SUPPORT_TIERS } from './presets/uk-support-tiers.js';
export type { UkSupportTier } from './presets/uk-support-tiers.js';

// Referenced by the exported rule and options types, so exported for TypeDoc and for users who name them.
export { CheckOptionsSchema } from './rules/check-options-schema.js';
export type { CheckOptions } from './rules/check-options-schema.js';
export type { AllConditions, AnyConditions, NotCondition } from './rules/engine/condition-schema.js';
