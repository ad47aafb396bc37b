import { cohortOf, crmMaintenance, type Occurrence } from '../../index.js';
import { defineCommand } from '../define-command.js';
import { formatDuration, formatJson, formatRange, formatTable } from '../format.js';
import { instantFlag, oneOf } from '../parse-command-args.js';
import { labelInputErrors } from '../report-error.js';
import { UsageError } from '../usage-error.js';

const DAY_MS = 86_400_000;
const FORMATS = ['table', 'json', 'ics'] as const;

export const maintenanceCommand = defineCommand({
  name: 'maintenance',
  summary: 'maintenance windows of the CRM cloud plan (table, JSON or iCalendar)',
  usage: `Usage: policyclock maintenance [--from <instant>] [--to <instant> | --days <n>] [options]

The maintenance windows of the CRM cloud service (seed 002, Europe/Oslo) that overlap
[from, to): system maintenance, application upgrades by cohort, the nightly restart and the
vendor patch day.

Options:
  --from <instant>    start of the range (default: now)
  --to <instant>      end of the range (default: --days after --from)
  --days <n>          length of the range in days (default: 14)
  --cohort <name>     only windows for this cohort (early or main) and those for everyone
  --tenant <id>       as --cohort, with the tenant's cohort (10 % early, 90 % main)
  --format <f>        table (default), json or ics (RFC 5545, for calendar apps)
  --now <instant>     mark the windows active at this instant (default: the real clock)
  --json              same as --format json
  -h, --help          show this help
`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    days: { type: 'string' },
    cohort: { type: 'string' },
    tenant: { type: 'string' },
    format: { type: 'string' },
  },
  async execute({ values }, { now, json, io }) {
    const format = json ? 'json' : oneOf(values.format ?? 'table', FORMATS, '--format');
    if (values.to !== undefined && values.days !== undefined) throw new UsageError('--days', 'give --to or --days, not both');
    if (values.cohort !== undefined && values.tenant !== undefined) throw new UsageError('--tenant', 'give --cohort or --tenant, not both');
    const from = values.from === undefined ? now : instantFlag(values.from, '--from');
    const to = values.to === undefined ? new Date(from.getTime() + days(values.days) * DAY_MS) : instantFlag(values.to, '--to');
    if (to.getTime() <= from.getTime()) throw new UsageError('--to', 'must be after --from');
    const schedule = crmMaintenance();
    const cohort = values.tenant === undefined ? values.cohort : cohortOf(values.tenant, { early: 0.1, main: 0.9 });
    const windows = await labelInputErrors(
      (path) => `--${path}`,
      () => schedule.occurrences(from, to).filter((o) => cohort === undefined || o.cohort === undefined || o.cohort === cohort),
    );
    if (format === 'ics') {
      const filter = cohort === undefined ? {} : { filter: { cohort } };
      io.stdout.write(schedule.toICalendar(from, to, { name: 'CRM cloud maintenance', ...filter }));
      return 0;
    }
    const active = (o: Occurrence) => o.start.getTime() <= now.getTime() && now.getTime() < o.end.getTime();
    if (format === 'json') {
      io.stdout.write(formatJson({ now, from, to, cohort, windows: windows.map((o) => ({ ...o, active: active(o) })) }));
      return 0;
    }
    const zone = schedule.timeZone;
    const header = `CRM cloud maintenance (${zone}), ${formatRange(from, to, zone)}${cohort === undefined ? '' : ` — ${cohort} wave and all-tenant windows`}`;
    const marked = windows.some(active);
    const rows = windows.map((o) => [
      ...(marked ? [active(o) ? 'NOW' : ''] : []),
      formatRange(o.start, o.end, zone),
      formatDuration(o.end.getTime() - o.start.getTime()),
      o.windowId,
      o.cohort === undefined ? 'all tenants' : `${o.cohort} wave`,
    ]);
    io.stdout.write(`${header}\n${rows.length === 0 ? '  none' : formatTable(rows)}\n`);
    return 0;
  },
});

function days(text: string | undefined): number {
  if (text === undefined) return 14;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 3660) throw new UsageError('--days', `expected a whole number of days from 1 to 3660, got "${text}"`);
  return n;
}
