import type { CertificationEvent, VendorAccessRequest } from '../index.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Sample times start on a whole minute, so the messages that quote them read naturally. */
function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
}

/**
 * A vendor asks for admin access to a server in two days, agreed by e-mail: relative to `now`, so
 * the demo shows the same story whenever it runs (two violations, one warning).
 */
export function sampleVendorRequest(now: Date): VendorAccessRequest {
  const at = (ms: number) => new Date(minuteOf(now) + ms).toISOString();
  return {
    vendor: 'Acme ERP Ltd',
    purpose: 'database upgrade',
    target: { kind: 'server', host: 'erp-db-01' },
    account: { name: 'acme-support', admin: true },
    requestedAt: at(0),
    start: at(2 * DAY_MS),
    end: at(2 * DAY_MS + 2 * HOUR_MS),
    supervisor: 'ops on call',
    walkthrough: true,
    agreement: { form: 'email', reference: 'mail of the request' },
    software: { licensed: true, vendorSupported: true },
  } as VendorAccessRequest;
}

/** A certification case whose first review found an open point, remediated three days ago. */
export function sampleCertificationEvents(now: Date): CertificationEvent[] {
  const ago = (days: number) => new Date(minuteOf(now) - days * DAY_MS).toISOString();
  return [
    { type: 'applied', at: ago(30) },
    { type: 'questionnaire-submitted', at: ago(26) },
    { type: 'review-completed', at: ago(18), findings: ['tom.backup-retention'] },
    { type: 'remediation-submitted', at: ago(3) },
  ];
}
