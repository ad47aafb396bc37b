import { describe, expect, it } from 'vitest';
import { checkVendorAccess } from '../../src/rules/vendor-access/check-vendor-access.js';
import { compliantRequest, NOW, without } from './support/vendor-request.js';

const rulesOf = (findings: readonly { rule: string }[]): string[] => findings.map((f) => f.rule);

describe('checkVendorAccess: one passing and one failing example per rule of POLICIES.md §3', () => {
  it('a compliant request is allowed with no findings', async () => {
    const v = await checkVendorAccess(compliantRequest(), { now: NOW });
    expect(v).toMatchObject({ decision: 'allow', exempt: false, violations: [], warnings: [], billable: false });
  });

  it('vendor.written-agreement: a recording or signed protocol passes; e-mail and verbal fail', async () => {
    for (const form of ['recording', 'signed-protocol'] as const) {
      const v = await checkVendorAccess(compliantRequest({ agreement: { form } }), { now: NOW });
      expect(rulesOf(v.violations)).toEqual([]);
    }
    for (const form of ['email', 'verbal'] as const) {
      const v = await checkVendorAccess(compliantRequest({ agreement: { form } }), { now: NOW });
      expect(v.decision).toBe('deny');
      expect(v.violations).toEqual([
        expect.objectContaining({ rule: 'vendor.written-agreement', level: 'must', path: 'agreement.form', actual: form, expected: 'a recording or a signed protocol' }),
      ]);
    }
  });

  it('vendor.no-admin: admin rights need a documented justification', async () => {
    const justified = await checkVendorAccess(compliantRequest({ account: { name: 'a', admin: true, adminJustification: 'schema migration needs DBA rights' } }), { now: NOW });
    expect(justified.violations).toEqual([]);
    const bare = await checkVendorAccess(compliantRequest({ account: { name: 'a', admin: true, adminJustification: '   ' } }), { now: NOW });
    expect(bare.violations).toEqual([expect.objectContaining({ rule: 'vendor.no-admin', path: 'account.adminJustification', actual: true })]);
    expect(bare.violations[0]!.fix).toContain('account.adminJustification');
  });

  it('vendor.account-disabled: the account is only enabled under supervision', async () => {
    const unsupervised = without(compliantRequest(), 'supervisor');
    const v = await checkVendorAccess(unsupervised, { now: NOW });
    expect(v.violations).toEqual([expect.objectContaining({ rule: 'vendor.account-disabled', path: 'supervisor', actual: false })]);
    expect(v.obligations).toEqual([expect.objectContaining({ action: 'keep-account-disabled', rule: 'vendor.account-disabled' })]);
  });

  it('vendor.walkthrough: absent or false fails, true passes', async () => {
    const absent = without(compliantRequest(), 'walkthrough');
    for (const request of [absent, compliantRequest({ walkthrough: false })]) {
      const v = await checkVendorAccess(request, { now: NOW });
      expect(rulesOf(v.violations)).toEqual(['vendor.walkthrough']);
    }
  });

  it('vendor.scheduled: a session that starts before it was requested is not scheduled', async () => {
    const v = await checkVendorAccess(compliantRequest({ requestedAt: '2026-06-10T10:30:00+02:00' }), { now: NOW });
    const finding = v.violations.find((f) => f.rule === 'vendor.scheduled');
    expect(finding).toMatchObject({ path: 'start', actual: -0.5 });
    expect(finding!.fix).toBe('schedule the session after the request, at the earliest: 2026-06-17 10:30 (Europe/Berlin)');
  });

  it('vendor.scheduled: once the session has started, both confirmations must be recorded', async () => {
    const during = '2026-06-10T10:30:00+02:00';
    const unconfirmed = await checkVendorAccess(compliantRequest({ confirmations: { client: '2026-06-10T10:01:00+02:00' } }), { now: during });
    expect(unconfirmed.violations).toEqual([expect.objectContaining({ rule: 'vendor.scheduled', path: 'confirmations', actual: false })]);
    const confirmed = await checkVendorAccess(
      compliantRequest({ confirmations: { client: '2026-06-10T10:01:00+02:00', vendor: '2026-06-10T10:01:00+02:00' } }), { now: during },
    );
    expect(confirmed.decision).toBe('allow');
    // Before the start, a missing confirmation is an obligation, not a violation.
    const before = await checkVendorAccess(compliantRequest(), { now: NOW });
    expect(before.obligations.filter((o) => o.action === 'send-confirmation').map((o) => [o.to, o.at?.toISOString()])).toEqual([
      ['client', '2026-06-10T08:00:00.000Z'],
      ['vendor', '2026-06-10T08:00:00.000Z'],
    ]);
  });

  it('vendor.advance-notice: exactly 7 days passes; less warns (should) with the earliest permissible start', async () => {
    const exact = await checkVendorAccess(compliantRequest({ start: '2026-06-08T10:00:00+02:00', end: '2026-06-08T11:00:00+02:00' }), { now: NOW });
    expect(exact.warnings).toEqual([]);
    const short = await checkVendorAccess(compliantRequest({ start: '2026-06-05T10:00:00+02:00', end: '2026-06-05T11:00:00+02:00' }), { now: NOW });
    expect(short.decision).toBe('allow');
    expect(short.warnings).toEqual([
      expect.objectContaining({
        rule: 'vendor.advance-notice', level: 'should', path: 'start', actual: 96,
        expected: 'at least 168 hours (7 days) from the request to the session start',
        fix: 'earliest permissible session start: 2026-06-08 10:00 (Europe/Berlin)',
      }),
    ]);
  });

  it('vendor.advance-notice: the 7 days are 168 exact hours, shown in the zone (across the October DST change)', async () => {
    const v = await checkVendorAccess(
      compliantRequest({ requestedAt: '2026-10-20T10:00:00+02:00', start: '2026-10-26T10:00:00+01:00', end: '2026-10-26T11:00:00+01:00' }),
      { now: '2026-10-20T10:00:00+02:00', timeZone: 'Europe/Berlin' },
    );
    // 20 Oct 10:00 CEST + 168 h = 27 Oct 09:00 CET (the clocks went back on 25 Oct).
    expect(v.warnings[0]!.fix).toBe('earliest permissible session start: 2026-10-27 09:00 (Europe/Berlin)');
  });

  it('vendor.end-user-help: application help on a workstation is exempt from the SOP rules', async () => {
    const help = compliantRequest({ purpose: 'end-user-help', target: { kind: 'workstation', host: 'ws-17' }, agreement: { form: 'verbal' }, walkthrough: false });
    const v = await checkVendorAccess(help, { now: NOW });
    expect(v).toMatchObject({ decision: 'allow', exempt: true, violations: [], warnings: [], obligations: [] });
    // The same purpose on a server is not exempt.
    const onServer = await checkVendorAccess({ ...help, target: { kind: 'server', host: 'srv-01' } }, { now: NOW });
    expect(onServer.exempt).toBe(false);
    expect(rulesOf(onServer.violations)).toEqual(['vendor.walkthrough', 'vendor.written-agreement']);
  });

  it('vendor.licensing: unlicensed or unsupported software is billable, not denied; standard software is not', async () => {
    expect((await checkVendorAccess(compliantRequest({ software: { licensed: true, vendorSupported: true } }), { now: NOW })).billable).toBe(false);
    for (const software of [{ licensed: false, vendorSupported: true }, { licensed: true, vendorSupported: false }]) {
      const v = await checkVendorAccess(compliantRequest({ software }), { now: NOW });
      expect(v).toMatchObject({ decision: 'allow', billable: true });
      expect(v.warnings).toEqual([expect.objectContaining({ rule: 'vendor.licensing', level: 'should', actual: `licensed: ${software.licensed}, vendorSupported: ${software.vendorSupported}` })]);
      expect(v.obligations.at(-1)).toMatchObject({ action: 'bill-separately', rule: 'vendor.licensing' });
    }
    // Billing applies to exempt end-user help too: the exemption covers section 1 of the SOP only.
    const help = await checkVendorAccess(
      compliantRequest({ purpose: 'end-user-help', target: { kind: 'workstation', host: 'ws' }, software: { licensed: false, vendorSupported: true } }), { now: NOW },
    );
    expect(help).toMatchObject({ exempt: true, billable: true });
  });

  it('workstations (not end-user help) need no scheduling or advance notice, but the other rules apply', async () => {
    const v = await checkVendorAccess(
      compliantRequest({ target: { kind: 'workstation', host: 'ws' }, requestedAt: '2026-06-10T11:00:00+02:00', walkthrough: false }), { now: NOW },
    );
    expect(rulesOf([...v.violations, ...v.warnings])).toEqual(['vendor.walkthrough']);
  });

  it('obligations of an allowed session: enable at the start, confirm, disable at the end', async () => {
    const v = await checkVendorAccess(compliantRequest({ confirmations: { vendor: '2026-06-10T10:00:00+02:00' } }), { now: NOW });
    expect(v.obligations.map((o) => [o.action, o.at?.toISOString(), o.to])).toEqual([
      ['enable-account', '2026-06-10T08:00:00.000Z', undefined],
      ['send-confirmation', '2026-06-10T08:00:00.000Z', 'client'],
      ['disable-account', '2026-06-10T10:00:00.000Z', undefined],
    ]);
    expect(v.obligations[0]!.message).toBe('Enable vendor account "acme-support" (srv-01) at 2026-06-10 10:00 (Europe/Berlin), supervised by J. Weber.');
  });

  it('German messages, sources and fixes on request', async () => {
    const v = await checkVendorAccess(
      compliantRequest({ start: '2026-06-05T10:00:00+02:00', end: '2026-06-05T11:00:00+02:00', agreement: { form: 'verbal' } }), { now: NOW, locale: 'de' },
    );
    expect(v.violations[0]).toMatchObject({
      message: 'Das Planungsgespräch mit dem Hersteller ist weder aufgezeichnet noch durch ein unterschriebenes Gesprächsprotokoll belegt.',
      source: expect.stringContaining('Mündliche Abreden haben unsererseits ab sofort keine Gültigkeit mehr.'),
    });
    expect(v.warnings[0]!.fix).toBe('frühester zulässiger Sitzungsbeginn: 2026-06-08 10:00 (Europe/Berlin)');
    expect(v.obligations[0]!.message).toBe('Hersteller-Account "acme-support" (srv-01) bleibt deaktiviert: der Zugang ist abgelehnt.');
  });

  it('every finding explains itself: source sentence, actual and expected values', async () => {
    const request = without(compliantRequest({
      agreement: { form: 'verbal' }, walkthrough: false, account: { name: 'a', admin: true },
      requestedAt: '2026-06-10T11:00:00+02:00', software: { licensed: false, vendorSupported: false },
    }), 'supervisor');
    const v = await checkVendorAccess(request, { now: NOW });
    expect(rulesOf([...v.violations, ...v.warnings])).toEqual([
      'vendor.account-disabled', 'vendor.no-admin', 'vendor.scheduled', 'vendor.walkthrough', 'vendor.written-agreement', 'vendor.advance-notice', 'vendor.licensing',
    ]);
    for (const f of [...v.violations, ...v.warnings]) {
      expect(f.source, f.rule).toMatch(/\w{3}/);
      expect(f.expected, f.rule).toMatch(/\w{3}/);
      expect(f.actual, f.rule).toBeDefined();
      expect(f.path, f.rule).toMatch(/^[a-z]/);
    }
  });
});
