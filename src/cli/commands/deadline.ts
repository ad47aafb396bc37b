import { UK_SUPPORT_SEVERITIES, UkDivisionSchema, ukBusinessHours, ukSupportSla, type SlaStatus } from '../../index.js';
import { defineCommand } from '../define-command.js';
import { formatDuration, formatInstant, formatJson, formatTable } from '../format.js';
import { instantFlag, oneOf } from '../parse-command-args.js';
import { fieldLabel, labelInputErrors } from '../report-error.js';

const FLAGS = { severity: '--severity', receivedAt: '--received', division: '--division', timeZone: '--time-zone' };

export const deadlineCommand = defineCommand({
  name: 'deadline',
  summary: 'response deadline of a support ticket (UK support SLA)',
  usage: `Usage: policyclock deadline [--severity 1|2|3] [--received <instant>] [options]

The response deadline of a ticket under the UK support SLA (seed 004): severity 1, 2, 3 → 1, 4, 8
business hours, Mon–Fri 09:00–18:00 UK time, bank holidays excluded. Without --severity, all three.

Options:
  --severity <s>        the ticket's severity
  --received <instant>  when the ticket came in (default: now)
  --division <d>        bank holidays of england-and-wales (default), scotland or northern-ireland
  --time-zone <zone>    read the hours in this zone (UTC gives the literal "09:00–18:00 GMT")
  --now <instant>       judge the ticket's state at this instant (default: the real clock)
  --json                print JSON
  -h, --help            show this help

An instant is ISO 8601 with Z or an offset: 2026-06-05T17:30:00+01:00.
`,
  options: {
    severity: { type: 'string', short: 's' },
    received: { type: 'string' },
    division: { type: 'string' },
    'time-zone': { type: 'string' },
  },
  async execute({ values }, { now, json, io }) {
    const receivedAt = values.received === undefined ? now : instantFlag(values.received, '--received');
    const options = {
      ...(values.division !== undefined && { division: oneOf(values.division, UkDivisionSchema.options, '--division') }),
      ...(values['time-zone'] !== undefined && { timeZone: values['time-zone'] }),
    };
    const { timeZone, tickets } = await labelInputErrors(fieldLabel(FLAGS), () => {
      const sla = ukSupportSla(options);
      const severities = values.severity === undefined ? UK_SUPPORT_SEVERITIES.map((s) => s.id) : [values.severity];
      return {
        timeZone: ukBusinessHours(options).timeZone,
        tickets: severities.map((severity) => ({ receivedAt, ...sla.status({ severity, receivedAt }, now) })),
      };
    });
    if (json) {
      io.stdout.write(formatJson({ now, timeZone, tickets }));
      return 0;
    }
    io.stdout.write(`UK support SLA — received ${formatInstant(receivedAt, timeZone)}, now ${formatInstant(now, timeZone)}\n`);
    io.stdout.write(`${formatTable(tickets.map((t) => row(t, timeZone)))}\n`);
    return 0;
  },
});

function row(status: SlaStatus, timeZone: string): string[] {
  const severity = UK_SUPPORT_SEVERITIES.find((s) => s.id === status.severity);
  const left = status.remaining < 0 ? `overdue by ${formatDuration(-status.remaining)}` : `${formatDuration(status.remaining)} left`;
  return [
    `severity ${status.severity}`,
    severity?.label ?? '',
    `due ${formatInstant(status.deadline, timeZone)}`,
    `${status.state}, ${left} (business time)`,
  ];
}
