import type { ZoneTable } from '../../calendars/zone-table.js';
import { formatInZone } from '../format-in-zone.js';
import type { Finding } from '../finding.js';
import type { Locale } from '../locale.js';
import type { BuiltinRule } from './builtin-rule-schema.js';
import type { VendorAccessFacts } from './vendor-access-facts.js';

const NOTICE_MS = 7 * 24 * 3_600_000;

/**
 * The finding of a built-in rule that held: message, source and expectation from its data file,
 * the actual value of its fact, and where it can be computed, what would make it pass.
 */
export function explainVendorFinding(rule: BuiltinRule, facts: VendorAccessFacts, zone: ZoneTable, locale: Locale): Finding {
  let path = rule.path;
  let fix: string | undefined;
  let actual: unknown = facts[rule.actual as keyof VendorAccessFacts];
  const at = (ms: number): string => `${formatInZone(ms, zone)} (${zone.timeZone})`;
  const de = locale === 'de';
  const { request } = facts;
  switch (rule.id) {
    case 'vendor.advance-notice':
      fix = `${de ? 'frühester zulässiger Sitzungsbeginn' : 'earliest permissible session start'}: ${at(request.requestedAt + NOTICE_MS)}`;
      break;
    case 'vendor.scheduled':
      if (facts.noticeHours > 0) {
        path = 'confirmations';
        actual = facts.confirmed;
        fix = de ? 'Bestätigungs-E-Mails an Klienten und Hersteller senden und erfassen' : 'send and record the confirmation e-mails to the client and the vendor';
      } else {
        fix = `${de ? 'die Sitzung nach der Anfrage terminieren, frühestens' : 'schedule the session after the request, at the earliest'}: ${at(request.requestedAt + NOTICE_MS)}`;
      }
      break;
    case 'vendor.no-admin':
      fix = de ? 'Admin-Rechte entziehen oder die Begründung dokumentieren (account.adminJustification)' : 'remove the admin rights or document why they are needed (account.adminJustification)';
      break;
    case 'vendor.licensing':
      actual = `licensed: ${facts.licensed}, vendorSupported: ${facts.vendorSupported}`;
      break;
  }
  return {
    rule: rule.id,
    level: rule.level,
    message: rule.message[locale],
    path,
    source: rule.source[locale],
    ...(typeof actual === 'number' && { actual: Math.round(actual * 100) / 100 }),
    ...((typeof actual === 'string' || typeof actual === 'boolean') && { actual }),
    expected: rule.expected[locale],
    ...(fix !== undefined && { fix }),
  };
}
