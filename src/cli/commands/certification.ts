import { LocaleSchema, certificationStatus, type CertificationStatus } from '../../index.js';
import { defineCommand } from '../define-command.js';
import { formatInstant, formatJson } from '../format.js';
import type { CliIo } from '../io.js';
import { oneOf } from '../parse-command-args.js';
import { readJsonFile } from '../read-json-file.js';
import { fieldLabel, labelInputErrors } from '../report-error.js';

const FLAGS = { timeZone: '--time-zone', locale: '--lang' };
/** The certification body's zone, where its 14 calendar days are counted (the library's default). */
const DEFAULT_ZONE = 'Europe/Berlin';

export const certificationCommand = defineCommand({
  name: 'certification',
  summary: 'state of a certification case from its events (seed 000)',
  usage: `Usage: policyclock certification <events.json> [options]

The state of a cloud-service certification case: application, review (feedback normally within
14 days), document requests, remediation and the free second review, billing after the review.
The file holds a JSON array of events: [{ "type": "applied", "at": "2026-05-04T09:00:00+02:00" }, …].
Example input: examples/cli/certification-events.json

Options:
  --time-zone <zone>    zone in which the 14 days are counted (default: Europe/Berlin)
  --lang <en|de>        language of the messages (default: en)
  --now <instant>       judge deadlines at this instant (default: the real clock)
  --json                print the status as JSON
  -h, --help            show this help
`,
  options: { 'time-zone': { type: 'string' }, lang: { type: 'string' } },
  positionals: ['events.json'],
  async execute({ values, positionals }, { now, json, io }) {
    const file = positionals[0]!;
    const events = await readJsonFile(file, io);
    const options = {
      now,
      ...(values['time-zone'] !== undefined && { timeZone: values['time-zone'] }),
      ...(values.lang !== undefined && { locale: oneOf(values.lang, LocaleSchema.options, '--lang') }),
    } as Parameters<typeof certificationStatus>[1];
    const status = await labelInputErrors(fieldLabel(FLAGS, file), () =>
      certificationStatus(events as Parameters<typeof certificationStatus>[0], options),
    );
    if (json) io.stdout.write(formatJson(status));
    else printCertification(status, io, values['time-zone'] ?? DEFAULT_ZONE);
    return 0;
  },
});

/** The status for a person. Shared with `demo`. */
export function printCertification(status: CertificationStatus, io: CliIo, timeZone: string, indent = ''): void {
  const reviews = `${status.reviews} review${status.reviews === 1 ? '' : 's'} completed`;
  const due = status.feedbackDue === undefined ? '' : `; feedback due ${formatInstant(status.feedbackDue, timeZone)}${status.overdue ? ' — OVERDUE' : ''}`;
  const lines = [
    `${status.state.toUpperCase()} (${reviews}${due})`,
    `  fee: ${status.fee}${status.billable ? ', billable now' : ''}${status.invoiced ? ', invoiced' : ''}`,
    ...(status.openPoints.length > 0 ? [`  open points: ${status.openPoints.join(', ')}`] : []),
    ...status.findings.map((f) => `  ${f.level === 'must' ? '✗' : '!'} ${f.rule}: ${f.message}`),
    `  next step: ${status.nextStep}`,
  ];
  io.stdout.write(lines.map((line) => `${indent}${line}\n`).join(''));
}
