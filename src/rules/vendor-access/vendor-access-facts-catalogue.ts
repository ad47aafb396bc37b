import { WEEKDAYS } from '../../_lib/local-time.js';
import type { FactCatalogue } from '../engine/fact-catalogue.js';
import { AGREEMENT_FORMS, TARGET_KINDS } from './vendor-access-request-schema.js';

/**
 * Every fact a vendor-access rule (built-in or custom) can read, with its type. Instants in
 * `request` are epoch milliseconds. docs/rules.md renders this table (a test keeps them equal).
 */
export const VENDOR_ACCESS_FACTS: FactCatalogue = {
  request: {
    type: 'object',
    description: 'the validated request; instants as epoch milliseconds',
    paths: {
      vendor: { type: 'string', description: 'vendor name' },
      purpose: { type: 'string', description: 'purpose of the access' },
      'target.kind': { type: 'string', description: 'kind of target', values: TARGET_KINDS },
      'target.host': { type: 'string', description: 'target host' },
      'account.name': { type: 'string', description: 'vendor account name' },
      'account.admin': { type: 'boolean', description: 'the account has administrative rights' },
      'account.adminJustification': { type: 'string', description: 'why admin rights are absolutely necessary' },
      requestedAt: { type: 'number', description: 'when the access was requested (epoch ms)' },
      start: { type: 'number', description: 'session start (epoch ms)' },
      end: { type: 'number', description: 'session end (epoch ms)' },
      supervisor: { type: 'string', description: "the provider's supervisor" },
      walkthrough: { type: 'boolean', description: 'the vendor walked the provider through the work' },
      'agreement.form': { type: 'string', description: 'how the planning talk was agreed', values: AGREEMENT_FORMS },
      'agreement.reference': { type: 'string', description: 'reference of the recording or protocol' },
      'confirmations.client': { type: 'number', description: 'confirmation e-mail to the client sent (epoch ms)' },
      'confirmations.vendor': { type: 'number', description: 'confirmation e-mail to the vendor sent (epoch ms)' },
      'software.licensed': { type: 'boolean', description: 'the software is correctly licensed' },
      'software.vendorSupported': { type: 'boolean', description: 'the software is vendor-supported' },
      tags: { type: 'string[]', description: 'free labels' },
      'tags[]': { type: 'string', description: 'one label' },
    },
  },
  exempt: { type: 'boolean', description: "plain end-user help on a workstation (vendor.end-user-help): the SOP's rules do not apply" },
  infrastructure: { type: 'boolean', description: 'the target is infrastructure (any kind but workstation)' },
  noticeHours: { type: 'number', description: 'hours from the request to the session start (negative if requested afterwards)' },
  durationHours: { type: 'number', description: 'session length in hours' },
  startWeekday: { type: 'string', description: 'weekday of the session start in options.timeZone', values: WEEKDAYS },
  startHour: { type: 'number', description: 'local hour (0–23) of the session start in options.timeZone' },
  agreementForm: { type: 'string', description: 'request.agreement.form', values: AGREEMENT_FORMS },
  admin: { type: 'boolean', description: 'request.account.admin' },
  adminJustified: { type: 'boolean', description: 'a non-blank admin justification is given' },
  supervised: { type: 'boolean', description: 'a supervisor is named' },
  walkthrough: { type: 'boolean', description: 'request.walkthrough (absent: false)' },
  confirmed: { type: 'boolean', description: 'both confirmation e-mails (client and vendor) are recorded' },
  started: { type: 'boolean', description: 'options.now is at or after the session start' },
  licensed: { type: 'boolean', description: 'request.software.licensed (absent: true)' },
  vendorSupported: { type: 'boolean', description: 'request.software.vendorSupported (absent: true)' },
};
