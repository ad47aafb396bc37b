import {
  UK_SUPPORT_SEVERITIES, certificationStatus, checkVendorAccess, cohortOf, crmMaintenance, ukBusinessHours, ukSupportSla, type Occurrence,
} from '../../index.js';
import { defineCommand } from '../define-command.js';
import { sampleCertificationEvents, sampleVendorRequest } from '../demo-samples.js';
import { formatDuration, formatInstant, formatJson, formatRange, formatTable } from '../format.js';
import { printCertification } from './certification.js';
import { printVendorVerdict } from './vendor-access.js';

const DAY_MS = 86_400_000;
/** Far enough ahead to reach every window of the plan at least once (the longest cycle is 3 weeks). */
const LOOKAHEAD_DAYS = 42;
const CERTIFICATION_ZONE = 'Europe/Berlin';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'the built-in presets evaluated for now, at a glance',
  usage: `Usage: policyclock demo [--tenant <id>] [options]

The built-in presets evaluated for one instant: is UK support open and until when, the response
deadline of a ticket of each severity raised now, the next maintenance windows of the CRM cloud
plan for the tenant's cohort, a sample vendor-access verdict and a sample certification status.

Options:
  --tenant <id>     whose maintenance cohort to show (default: demo-tenant)
  --now <instant>   evaluate at this instant (default: the real clock)
  --json            print JSON
  -h, --help        show this help
`,
  options: { tenant: { type: 'string' } },
  async execute({ values }, { now, json, io }) {
    const tenant = values.tenant ?? 'demo-tenant';
    const calendar = ukBusinessHours();
    const open = calendar.isOpen(now);
    const change = open ? calendar.nextClose(now) : calendar.nextOpen(now);
    const support = { open, timeZone: calendar.timeZone, ...(open ? { closesAt: change } : { opensAt: change }) };
    const sla = ukSupportSla();
    const deadlines = UK_SUPPORT_SEVERITIES.map((s) => ({ severity: s.id, label: s.label, target: s.target, deadline: sla.deadline({ severity: s.id, receivedAt: now }) }));
    const schedule = crmMaintenance();
    const cohort = cohortOf(tenant, { early: 0.1, main: 0.9 });
    const active = schedule.activeAt(now, { cohort });
    const upcoming = firstOfEachWindow(schedule.occurrences(now, new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS)), cohort);
    const vendorRequest = sampleVendorRequest(now);
    const verdict = await checkVendorAccess(vendorRequest, { now });
    const certificationEvents = sampleCertificationEvents(now);
    const certification = certificationStatus(certificationEvents, { now });

    if (json) {
      const maintenance = { timeZone: schedule.timeZone, tenant, cohort, active, upcoming };
      io.stdout.write(formatJson({ now, support, deadlines, maintenance, vendorAccess: { request: vendorRequest, verdict }, certification: { events: certificationEvents, status: certification } }));
      return 0;
    }
    const uk = calendar.timeZone;
    const plan = schedule.timeZone;
    const out = (text = '') => io.stdout.write(`${text}\n`);
    const fromNow = (at: Date) => formatDuration(at.getTime() - now.getTime());
    out(`policyclock demo — ${formatInstant(now, uk)} (${now.toISOString()})`);
    out();
    out('UK support — Mon–Fri 09:00–18:00 UK time, England & Wales bank holidays');
    out(open ? `  OPEN until ${formatInstant(change, uk)} (${fromNow(change)} from now)` : `  CLOSED — opens ${formatInstant(change, uk)} (${fromNow(change)} from now)`);
    out();
    out('Response deadline of a ticket raised now');
    out(formatTable(deadlines.map((d) => [`severity ${d.severity}`, d.label, `${d.target.hours} business h`, formatInstant(d.deadline, uk)])));
    out();
    out(`CRM cloud maintenance (${plan}) — tenant "${tenant}" is in the ${cohort} wave`);
    out(active.length === 0 ? '  no maintenance now' : `  IN MAINTENANCE NOW: ${active.map((o) => `${o.title ?? o.windowId} until ${formatInstant(o.end, plan)}`).join('; ')}`);
    out('  next windows:');
    out(formatTable(upcoming.map((o) => [formatRange(o.start, o.end, plan), formatDuration(o.end.getTime() - o.start.getTime()), o.title ?? o.windowId, o.cohort === undefined ? 'all tenants' : `${o.cohort} wave`]), '    '));
    out();
    out(`Vendor access — sample: ${vendorRequest.vendor} asks for admin access to ${vendorRequest.target.host} in 2 days, agreed by e-mail`);
    printVendorVerdict(verdict, io, '  ');
    out();
    out('Certification — sample case: the first review found an open point, remediated 3 days ago');
    printCertification(certification, io, CERTIFICATION_ZONE, '  ');
    return 0;
  },
});

/** The next occurrence of each window that concerns `cohort`, by start: the nightly restart once, not 42 times. */
function firstOfEachWindow(occurrences: readonly Occurrence[], cohort: string): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => {
    if ((o.cohort !== undefined && o.cohort !== cohort) || seen.has(o.windowId)) return false;
    seen.add(o.windowId);
    return true;
  });
}
