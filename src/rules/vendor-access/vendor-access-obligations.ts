import type { ZoneTable } from '../../calendars/zone-table.js';
import { formatInZone } from '../format-in-zone.js';
import type { Locale } from '../locale.js';
import type { VendorAccessFacts } from './vendor-access-facts.js';
import type { VendorAccessObligation } from './vendor-access-verdict.js';

/**
 * What the provider must do: for an allowed session, enable the account at the start, disable it
 * at the end and send the confirmations not yet recorded; for a denied one, keep the account
 * disabled; for non-standard software, bill separately. An exempt request needs none of these
 * but the billing.
 */
export function vendorAccessObligations(
  facts: VendorAccessFacts,
  allowed: boolean,
  billable: boolean,
  zone: ZoneTable,
  locale: Locale,
): VendorAccessObligation[] {
  const { request } = facts;
  const de = locale === 'de';
  const account = `"${request.account.name}" (${request.target.host})`;
  const at = (ms: number): string => `${formatInZone(ms, zone)} (${zone.timeZone})`;
  const out: VendorAccessObligation[] = [];
  if (!facts.exempt && allowed) {
    const by = request.supervisor ? (de ? `, beaufsichtigt von ${request.supervisor}` : `, supervised by ${request.supervisor}`) : '';
    out.push({
      action: 'enable-account', at: new Date(request.start), rule: 'vendor.scheduled',
      message: de ? `Hersteller-Account ${account} am ${at(request.start)} aktivieren${by}.` : `Enable vendor account ${account} at ${at(request.start)}${by}.`,
    });
    for (const to of ['client', 'vendor'] as const) {
      if (request.confirmations?.[to] !== undefined) continue;
      const who = to === 'client' ? (de ? 'dem Klienten' : 'the client') : de ? `dem Hersteller (${request.vendor})` : `the vendor (${request.vendor})`;
      out.push({
        action: 'send-confirmation', at: new Date(request.start), rule: 'vendor.scheduled', to,
        message: de ? `Die Aktivierung ${who} per E-Mail bestätigen.` : `Confirm the enabled account to ${who} by e-mail.`,
      });
    }
    out.push({
      action: 'disable-account', at: new Date(request.end), rule: 'vendor.account-disabled',
      message: de ? `Hersteller-Account ${account} am ${at(request.end)} deaktivieren.` : `Disable vendor account ${account} at ${at(request.end)}.`,
    });
  } else if (!facts.exempt) {
    out.push({
      action: 'keep-account-disabled', rule: 'vendor.account-disabled',
      message: de ? `Hersteller-Account ${account} bleibt deaktiviert: der Zugang ist abgelehnt.` : `Keep vendor account ${account} disabled: the access is denied.`,
    });
  }
  if (billable) {
    out.push({
      action: 'bill-separately', rule: 'vendor.licensing',
      message: de ? 'Die Arbeiten als Nicht-Standard-Situation gesondert abrechnen.' : 'Bill the work separately as a non-standard situation.',
    });
  }
  return out;
}
