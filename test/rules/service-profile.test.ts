import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyClockError } from '../../src/errors.js';
import { compareFindings, type Finding } from '../../src/rules/finding.js';
import { checkServiceProfile } from '../../src/rules/service-profile/check-service-profile.js';
import type { ServiceProfile } from '../../src/rules/service-profile/service-profile-schema.js';
import { numRuns } from '../_support/fc.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 1, 12);
/** Daily backups at 02:00 UTC for the last `days` days. */
const daily = (days: number): number[] => Array.from({ length: days }, (_, i) => Date.UTC(2026, 5, 1, 2) - i * DAY);

const compliant: ServiceProfile = {
  backups: { taken: daily(45), offsite: true },
  analytics: [],
  transportEncryption: true,
  separateCustomerData: true,
  pseudonymisedAnalyses: true,
  subprocessors: [
    { name: 'Visma ITC', country: 'NO', processingCountry: 'NO', service: 'hosting', safeguards: ['iso27001', 'audit-report'] },
    { name: 'Mailgun Inc.', country: 'US', processingCountry: 'DE', service: 'e-mail', safeguards: ['scc'] },
  ],
  statusPage: 'https://status.example.com',
  maintenanceNotice: { hours: 24 },
  supportTargets: { '1': { hours: 1 }, '2': { hours: 4 }, '3': { hours: 8 } },
  visitorHours: { mon: '08:00-21:00', fri: '09:00-17:00' },
};
/** The compliant profile without field `key`. */
function omit(key: keyof ServiceProfile): ServiceProfile {
  const copy = { ...compliant };
  delete copy[key];
  return copy;
}
const check = (profile: ServiceProfile, now: number | string = NOW) => checkServiceProfile(profile, { now });
const ids = (fs: Finding[]) => fs.map((f) => [f.rule, f.path]);

describe('checkServiceProfile: one passing and one failing example per rule id', () => {
  it('a compliant profile has no findings', async () => {
    expect(await check(compliant)).toEqual([]);
  });

  it('tom.backup-daily: gaps up to 26 h pass; a longer gap, or a stale last backup, fails with the exact interval', async () => {
    const late = [...daily(45)];
    late[3] = late[3]! + 2 * HOUR; // one job 2 h late: gaps of 26 h and 22 h
    expect(await check({ ...compliant, backups: { taken: late, offsite: true } })).toEqual([]);
    const gap = daily(45).filter((_, i) => i !== 5);
    const findings = await check({ ...compliant, backups: { taken: gap, offsite: true } });
    expect(findings).toEqual([expect.objectContaining({
      rule: 'tom.backup-daily', level: 'must', path: 'backups.taken', actual: 48,
      message: 'No backup between 2026-05-26 04:00 (Europe/Berlin) and 2026-05-28 04:00 (Europe/Berlin): a gap of 48 h.',
      interval: { from: new Date(Date.UTC(2026, 4, 26, 2)), to: new Date(Date.UTC(2026, 4, 28, 2)) },
    })]);
    const stale = await check({ ...compliant, backups: { taken: daily(45).map((t) => t - DAY), offsite: true } });
    expect(stale.map((f) => f.message)).toEqual(['No backup since 2026-05-31 04:00 (Europe/Berlin): 34 h up to now.']);
  });

  it('tom.backup-daily: gaps older than the 42-day retention span do not count; backups after now are ignored', async () => {
    const old = daily(45).filter((_, i) => i !== 43);
    expect(await check({ ...compliant, backups: { taken: old, offsite: true } })).toEqual([]);
    const future = [...daily(45), NOW + DAY];
    expect(await check({ ...compliant, backups: { taken: future, offsite: true } })).toEqual([]);
  });

  it('tom.backup-retention: backups reach back 42 days less one daily gap', async () => {
    // daily(42): the oldest is 41 d 10 h old, within 42 d − 26 h = 40 d 22 h.
    expect(await check({ ...compliant, backups: { taken: daily(42), offsite: true } })).toEqual([]);
    const findings = await check({ ...compliant, backups: { taken: daily(40), offsite: true } });
    expect(findings).toEqual([expect.objectContaining({ rule: 'tom.backup-retention', path: 'backups.taken', actual: 39.4 })]);
    expect(findings[0]!.expected).toBe('a backup taken at or before 2026-04-21 16:00 (Europe/Berlin) (42 days, less one daily gap)');
  });

  it('tom.backup-offsite, and a missing backup record fails all three backup rules', async () => {
    expect(ids(await check({ ...compliant, backups: { taken: daily(45), offsite: false } }))).toEqual([['tom.backup-offsite', 'backups.offsite']]);
    const none = omit('backups');
    expect(ids(await check(none))).toEqual([['tom.backup-daily', 'backups'], ['tom.backup-offsite', 'backups'], ['tom.backup-retention', 'backups']]);
    expect(ids(await check({ ...compliant, backups: { taken: [], offsite: true } }))).toEqual([['tom.backup-daily', 'backups.taken'], ['tom.backup-retention', 'backups.taken']]);
  });

  it('tom.no-analytics: each tool inside the app is a finding; no list declares none', async () => {
    expect(ids(await check({ ...compliant, analytics: ['Google Analytics', 'Hotjar'] }))).toEqual([['tom.no-analytics', 'analytics[0]'], ['tom.no-analytics', 'analytics[1]']]);
    const none = omit('analytics');
    expect(await check(none)).toEqual([]);
  });

  it('tom.transport-encryption, tom.separation, tom.pseudonymisation: false or undeclared fails', async () => {
    for (const [field, rule] of [['transportEncryption', 'tom.transport-encryption'], ['separateCustomerData', 'tom.separation'], ['pseudonymisedAnalyses', 'tom.pseudonymisation']] as const) {
      const no = await check({ ...compliant, [field]: false });
      expect(no).toEqual([expect.objectContaining({ rule, path: field, actual: false, message: expect.stringMatching(/^Not met: /) })]);
      expect(await check(omit(field))).toEqual([expect.objectContaining({ rule, path: field, message: expect.stringMatching(/^Not declared: /) })]);
    }
  });

  it('tom.visitors: declared hours within Mon–Fri 08:00–21:00', async () => {
    expect(ids(await check({ ...compliant, visitorHours: { tue: '07:30-18:00', sat: '10:00-12:00', wed: '20:00-02:00' } }))).toEqual([
      ['tom.visitors', 'visitorHours.sat'], ['tom.visitors', 'visitorHours.tue'], ['tom.visitors', 'visitorHours.wed'],
    ]);
    const none = omit('visitorHours');
    expect(await check(none)).toEqual([]);
  });

  it('transparency.subprocessors: a list, and each entry with a name, a service and a safeguard', async () => {
    const findings = await check({ ...compliant, subprocessors: [...compliant.subprocessors!, { name: ' ', country: 'NL', processingCountry: 'NL', service: '', safeguards: [] }] });
    expect(ids(findings)).toEqual([
      ['transparency.subprocessors', 'subprocessors[2].name'],
      ['transparency.subprocessors', 'subprocessors[2].safeguards'],
      ['transparency.subprocessors', 'subprocessors[2].service'],
    ]);
    const none = omit('subprocessors');
    expect(ids(await check(none))).toEqual([['transparency.subprocessors', 'subprocessors']]);
    expect(await check({ ...compliant, subprocessors: [] })).toEqual([]);
  });

  it('transparency.eu-processing: outside the EU/EEA (processing or entity) needs SCC; Norway is in the EEA', async () => {
    const findings = await check({
      ...compliant,
      subprocessors: [
        { name: 'Microsoft Inc.', country: 'US', processingCountry: 'NL', service: 'documents', safeguards: ['iso27001'] },
        { name: 'Acme Analytics', country: 'DE', processingCountry: 'US', service: 'reports', safeguards: ['audit-report'] },
        { name: 'Oslo DC', country: 'NO', processingCountry: 'NO', service: 'hosting', safeguards: ['iso27001'] },
        { name: 'US with SCC', country: 'US', processingCountry: 'US', service: 'mail', safeguards: ['scc'] },
      ],
    });
    expect(ids(findings)).toEqual([['transparency.eu-processing', 'subprocessors[0].country'], ['transparency.eu-processing', 'subprocessors[1].processingCountry']]);
    expect(findings[1]!.message).toBe('Acme Analytics processes data in US, outside the EU/EEA, without Standard Contractual Clauses.');
  });

  it('transparency.status-page', async () => {
    expect(ids(await check({ ...compliant, statusPage: ' ' }))).toEqual([['transparency.status-page', 'statusPage']]);
  });

  it('maintenance.notice: at least 24 h', async () => {
    expect(await check({ ...compliant, maintenanceNotice: 86_400_000 })).toEqual([]);
    expect(await check({ ...compliant, maintenanceNotice: { hours: 12 } })).toEqual([expect.objectContaining({ rule: 'maintenance.notice', actual: 12 })]);
  });

  it('sla.response-time: targets are stated (a should)', async () => {
    expect(await check({ ...compliant, supportTargets: {} })).toEqual([expect.objectContaining({ rule: 'sla.response-time', level: 'should', path: 'supportTargets' })]);
  });

  it('German messages and sources', async () => {
    const [f] = await checkServiceProfile({ ...compliant, analytics: ['Matomo'] }, { now: NOW, locale: 'de' });
    expect(f).toMatchObject({ message: 'Web-Analyse in der Anwendung: Matomo.', source: expect.stringContaining('Google Analytics') });
  });

  it('rejects malformed profiles with the field path', async () => {
    const error = async (profile: unknown) => {
      const e: unknown = await checkServiceProfile(profile as ServiceProfile, { now: NOW }).then(() => undefined, (x: unknown) => x);
      return isPolicyClockError(e) ? { code: e.code, path: e.path } : undefined;
    };
    expect(await error({ backups: { taken: ['2026-05-01T02:00'], offsite: true } })).toEqual({ code: 'INVALID_INPUT', path: 'profile.backups.taken[0]' });
    expect(await error({ subprocessors: [{ name: 'x', country: 'Germany', processingCountry: 'DE', service: 's', safeguards: [] }] })).toEqual({ code: 'INVALID_INPUT', path: 'profile.subprocessors[0].country' });
    expect(await error({ subprocessors: [{ name: 'x', country: 'DE', processingCountry: 'DE', service: 's', safeguards: ['trust-me'] }] })).toEqual({ code: 'INVALID_INPUT', path: 'profile.subprocessors[0].safeguards[0]' });
    expect(await error({ visitorHours: { mon: '8-21' } })).toEqual({ code: 'INVALID_INPUT', path: 'profile.visitorHours.mon' });
    expect(await error({ supportTargets: { '1': -5 } })).toEqual({ code: 'INVALID_INPUT', path: 'profile.supportTargets.1' });
    expect(await error({ backup: {} })).toEqual({ code: 'INVALID_INPUT', path: 'profile.backup' });
  });
});

describe('checkServiceProfile properties', () => {
  const profile = fc.record({
    taken: fc.oneof(
      fc.array(fc.integer({ min: 0, max: 60 * 24 }).map((h) => NOW - h * HOUR), { maxLength: 80 }),
      // Daily jobs that run up to 3 h late and now and then fail: the borderline cases.
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 40, maxLength: 48 })
        .map((days) => days.flatMap(([late, ran], d) => (ran || d % 3 !== 0 ? [NOW - 10 * HOUR - d * DAY + late * HOUR] : []))),
    ),
    analytics: fc.array(fc.constantFrom('GA', 'Hotjar', 'Matomo'), { maxLength: 3 }),
    subprocessors: fc.array(fc.record({
      name: fc.constantFrom('A', 'B', ''),
      country: fc.constantFrom('DE', 'US', 'NO', 'CH'),
      processingCountry: fc.constantFrom('DE', 'US', 'NO', 'IE'),
      service: fc.constantFrom('hosting', ''),
      safeguards: fc.subarray(['iso27001', 'scc', 'audit-report', 'gdpr-audit'] as const),
    }), { maxLength: 4 }),
  });

  it('findings are the same whatever the order of the input arrays (paths follow the moved entries)', async () => {
    await fc.assert(
      fc.asyncProperty(profile, fc.integer(), async (p, seed) => {
        const order = (n: number) => Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.sin(seed + a) - Math.sin(seed + b));
        const so = order(p.subprocessors.length);
        const ao = order(p.analytics.length);
        const base: ServiceProfile = { backups: { taken: p.taken, offsite: true }, analytics: p.analytics, subprocessors: p.subprocessors };
        const moved: ServiceProfile = {
          backups: { taken: [...p.taken].reverse(), offsite: true },
          analytics: ao.map((i) => p.analytics[i]!),
          subprocessors: so.map((i) => p.subprocessors[i]!),
        };
        // Map each path back to the entry's original index.
        const back = (f: Finding): Finding => ({
          ...f,
          ...(f.path !== undefined && {
            path: f.path.replace(/^subprocessors\[(\d+)\]/, (_, i: string) => `subprocessors[${so[Number(i)]}]`).replace(/^analytics\[(\d+)\]/, (_, i: string) => `analytics[${ao[Number(i)]}]`),
          }),
        });
        const a = (await check(base)).sort(compareFindings);
        const b = (await check(moved)).map(back).sort(compareFindings);
        expect(b).toEqual(a);
      }),
      { numRuns },
    );
  });

  it('tom.backup-daily agrees with a reference: every hour of the last 42 days lies within 26 h after a backup', async () => {
    await fc.assert(
      fc.asyncProperty(profile, async (p) => {
        const findings = (await check({ backups: { taken: p.taken, offsite: true } })).filter((f) => f.rule === 'tom.backup-daily');
        // Backups are on whole hours: checking every half hour (and now) finds every gap over 26 h.
        let ok = p.taken.length > 0;
        for (let t = NOW - 42 * DAY; t <= NOW && ok; t += HOUR / 2) {
          const before = p.taken.filter((b) => b <= t);
          const after = p.taken.some((b) => b > NOW - 42 * DAY && b >= t);
          const last = before.length ? Math.max(...before) : undefined;
          if (last === undefined) continue; // before the first backup: retention's business
          if (t - last > 26 * HOUR && (after || t === NOW)) ok = false;
        }
        expect(findings.length === 0).toBe(ok);
      }),
      { numRuns },
    );
  });
});
