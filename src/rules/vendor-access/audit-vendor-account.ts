import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { zoneTable } from '../../calendars/zone-table.js';
import { toMs } from '../../_lib/instant.js';
import { parseInput } from '../../_lib/validate.js';
import { readOptions } from '../read-options.js';
import { compareFindings, type Finding } from '../finding.js';
import { formatInZone } from '../format-in-zone.js';
import { builtinVendorAccessRules } from './builtin-vendor-access-rules.js';
import { mergeIntervals, subtractIntervals, type Interval } from './intervals.js';
import { VendorAccountSchema, VendorSessionSchema, type VendorAccount, type VendorSession } from './vendor-account-schema.js';
import { CheckOptionsSchema, type CheckOptions } from '../check-options-schema.js';

const SessionsSchema = /* @__PURE__ */ (() =>
  z.array(VendorSessionSchema))();

export const AuditVendorAccountOptionsSchema = CheckOptionsSchema;
export type AuditVendorAccountOptions = CheckOptions;

/**
 * Every stretch of time, up to `now`, in which `account` was enabled outside an approved,
 * supervised session (`vendor.account-disabled`: disabled "at all times"). An interval without
 * `to` counts as enabled until `now`; a session without a supervisor does not count; times after
 * `now` are not audited. Intervals are half-open, and judged to the millisecond.
 *
 * @example
 * auditVendorAccount(
 *   { name: 'acme-support', enabled: [{ from: '2026-06-10T09:30:00+02:00', to: '2026-06-10T12:00:00+02:00' }] },
 *   [{ start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:00:00+02:00', supervisor: 'J. Weber' }],
 *   { now: '2026-06-11T00:00:00+02:00' },
 * )[0].message
 * //=> 'Vendor account "acme-support" was enabled from 2026-06-10 09:30 to 2026-06-10 10:00 (Europe/Berlin), 30 min, outside any approved, supervised session.'
 */
export function auditVendorAccount(account: VendorAccount, sessions: readonly VendorSession[], options: AuditVendorAccountOptions): Finding[] {
  const opts = readOptions(AuditVendorAccountOptionsSchema, options);
  const nowMs = toMs(opts.now, ['now']);
  const zone = zoneTable(opts.timeZone ?? 'Europe/Berlin', ['timeZone']);
  const de = opts.locale === 'de';
  const acct = parseInput(VendorAccountSchema, account, ['account']);
  const list = parseInput(SessionsSchema, sessions, ['sessions']);

  // Recorded intervals, an open one running on for ever; the audit sees them up to `now`.
  const recorded = acct.enabled.map(({ from, to }, i): Interval => {
    const fromMs = toMs(from, ['account', 'enabled', i, 'from']);
    if (to === undefined) return { from: fromMs, to: Infinity };
    const toMsValue = toMs(to, ['account', 'enabled', i, 'to']);
    if (toMsValue <= fromMs) fail('INVALID_INPUT', ['account', 'enabled', i, 'to'], 'an enabled interval must end after it starts');
    return { from: fromMs, to: toMsValue };
  });
  const enabledNow = recorded.some((i) => i.from <= nowMs && nowMs < i.to);
  const enabled = recorded.map((i) => ({ from: i.from, to: Math.min(i.to, nowMs) }));
  const supervised: Interval[] = [];
  const unsupervised: Interval[] = [];
  list.forEach(({ start, end, supervisor }, i) => {
    const session = { from: toMs(start, ['sessions', i, 'start']), to: toMs(end, ['sessions', i, 'end']) };
    if (session.to <= session.from) fail('INVALID_INPUT', ['sessions', i, 'end'], 'a session must end after it starts');
    ((supervisor ?? '').trim() !== '' ? supervised : unsupervised).push(session);
  });

  const rule = builtinVendorAccessRules().rules.find((r) => r.key === 'vendor.account-disabled')!.meta;
  const at = (ms: number): string => formatInZone(ms, zone);
  return subtractIntervals(mergeIntervals(enabled), mergeIntervals(supervised))
    .map(({ from, to }): Finding => {
      const open = to === nowMs && enabledNow;
      const span = `${at(from)} ${de ? 'bis' : 'to'} ${at(to)} (${zone.timeZone}), ${formatSpan(to - from)}`;
      const unsupervisedNote = unsupervised.some((s) => s.from < to && s.to > from)
        ? (de ? ' Eine überlappende Sitzung hat keine Aufsicht und zählt nicht.' : ' An overlapping session names no supervisor and does not count.')
        : '';
      return {
        rule: rule.id,
        level: 'must',
        message: (de
          ? `Hersteller-Account "${acct.name}" war von ${span}${open ? ' (bis jetzt)' : ''} außerhalb einer genehmigten, beaufsichtigten Sitzung aktiviert.`
          : `Vendor account "${acct.name}" was enabled from ${span}${open ? ' (until now)' : ''}, outside any approved, supervised session.`) + unsupervisedNote,
        path: 'enabled',
        source: rule.source[de ? 'de' : 'en'],
        expected: de ? 'deaktiviert außerhalb genehmigter, beaufsichtigter Sitzungen' : 'disabled outside approved, supervised sessions',
        interval: { from: new Date(from), to: new Date(to) },
      };
    })
    .sort(compareFindings);
}

/** `5_400_000` → `'1 h 30 min'`; seconds only when the span is not whole minutes. */
function formatSpan(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} h`);
  if (m > 0 || (h === 0 && s === 0)) parts.push(`${m} min`);
  if (s > 0) parts.push(`${s} s`);
  return parts.join(' ');
}
