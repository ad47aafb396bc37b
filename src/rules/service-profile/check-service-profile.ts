import { zoneTable } from '../../calendars/zone-table.js';
import { toMs } from '../../_lib/instant.js';
import { readOptions } from '../read-options.js';
import { compareFindings, type Finding } from '../finding.js';
import { formatInZone } from '../format-in-zone.js';
import { readServiceProfile } from './read-service-profile.js';
import { SERVICE_PROFILE_RULES } from './service-profile-rules.js';
import type { ServiceProfile } from './service-profile-schema.js';
import { CheckOptionsSchema, type CheckOptions } from '../check-options-schema.js';

export const CheckServiceProfileOptionsSchema = CheckOptionsSchema;
export type CheckServiceProfileOptions = CheckOptions;

/**
 * Reviews a SaaS service's profile against the certification checklist (POLICIES.md §4–§6):
 * backups daily, retained 42 days and off-site, no analytics, transport encryption, separation,
 * pseudonymisation, sub-processors in the EU/EEA or under SCC with named safeguards, a status
 * page, 24 h maintenance notice and support targets. Each finding names its rule and the
 * offending field (`subprocessors[2].safeguards`).
 *
 * @example
 * const findings = await checkServiceProfile({
 *   subprocessors: [{ name: 'Mailgun Inc.', country: 'US', processingCountry: 'DE', service: 'e-mail', safeguards: [] }],
 * }, { now: '2026-06-01T00:00:00Z' });
 * findings.find((f) => f.path === 'subprocessors[0].safeguards')?.rule //=> 'transparency.subprocessors'
 */
export async function checkServiceProfile(profile: ServiceProfile, options: CheckServiceProfileOptions): Promise<Finding[]> {
  const opts = readOptions(CheckServiceProfileOptionsSchema, options);
  const nowMs = toMs(opts.now, ['now']);
  const zone = zoneTable(opts.timeZone ?? 'Europe/Berlin', ['timeZone']);
  const locale = opts.locale ?? 'en';
  const ctx = { profile: readServiceProfile(profile), nowMs, at: (ms: number) => `${formatInZone(ms, zone)} (${zone.timeZone})` };
  const findings: Finding[] = [];
  for (const rule of SERVICE_PROFILE_RULES) {
    for (const issue of rule.check(ctx)) {
      findings.push({
        rule: rule.id,
        level: rule.level,
        message: issue.message[locale],
        path: issue.path,
        source: rule.source[locale],
        ...(issue.actual !== undefined && { actual: issue.actual }),
        expected: issue.expected[locale],
        ...(issue.interval && { interval: { from: new Date(issue.interval.from), to: new Date(issue.interval.to) } }),
      });
    }
  }
  return findings.sort(compareFindings);
}
