import { LocaleSchema, checkVendorAccess, type VendorAccessVerdict } from '../../index.js';
import { defineCommand } from '../define-command.js';
import { formatJson } from '../format.js';
import type { CliIo } from '../io.js';
import { oneOf } from '../parse-command-args.js';
import { readJsonFile } from '../read-json-file.js';
import { fieldLabel, labelInputErrors } from '../report-error.js';

/** Exit code when the request is denied, so a script can gate on it. */
const EXIT_DENIED = 1;
const FLAGS = { timeZone: '--time-zone', locale: '--lang' };

export const vendorAccessCommand = defineCommand({
  name: 'vendor-access',
  summary: 'check a vendor-access request against the SOP (seed 001)',
  usage: `Usage: policyclock vendor-access <request.json> [--rules <rules.json>] [options]

Checks a vendor's remote-access request against the managed service provider's SOP: written
agreement, no admin rights, supervised and scheduled sessions, walkthrough, 7 days' notice,
licensing. Plain end-user help on a workstation is exempt.
Example input: examples/cli/vendor-access-request.json

Options:
  --rules <file>        extra json-rules-engine rules (a JSON array), evaluated with the built-in ones
  --time-zone <zone>    zone of the weekday and times in messages (default: Europe/Berlin)
  --lang <en|de>        language of the messages (default: en)
  --now <instant>       when the check happens (default: the real clock)
  --json                print the verdict as JSON
  -h, --help            show this help

Exit code: 0 allowed, 1 denied, 2 bad input.
`,
  options: { rules: { type: 'string' }, 'time-zone': { type: 'string' }, lang: { type: 'string' } },
  positionals: ['request.json'],
  async execute({ values, positionals }, { now, json, io }) {
    const file = positionals[0]!;
    const request = await readJsonFile(file, io);
    const rules = values.rules === undefined ? undefined : await readJsonFile(values.rules, io);
    const options = {
      now,
      ...(rules !== undefined && { rules }),
      ...(values['time-zone'] !== undefined && { timeZone: values['time-zone'] }),
      ...(values.lang !== undefined && { locale: oneOf(values.lang, LocaleSchema.options, '--lang') }),
    } as Parameters<typeof checkVendorAccess>[1];
    const inRequest = fieldLabel(FLAGS, file);
    const label = (path: string) =>
      values.rules !== undefined && /^(options\.)?rules\b/.test(path) ? `${values.rules}: ${path.replace(/^options\./, '')}` : inRequest(path);
    const verdict = await labelInputErrors(label, () => checkVendorAccess(request as Parameters<typeof checkVendorAccess>[0], options));
    if (json) io.stdout.write(formatJson(verdict));
    else printVendorVerdict(verdict, io);
    return verdict.decision === 'deny' ? EXIT_DENIED : 0;
  },
});

/** The verdict for a person: the decision, then why, then what to do. Shared with `demo`. */
export function printVendorVerdict(verdict: VendorAccessVerdict, io: CliIo, indent = ''): void {
  const head = [verdict.decision === 'allow' ? 'ALLOW' : 'DENY'];
  if (verdict.exempt) head.push('(exempt: plain end-user help on a workstation)');
  if (verdict.billable) head.push('— billed separately (non-standard situation)');
  const lines = [
    head.join(' '),
    ...verdict.violations.map((f) => `  ✗ ${f.rule}: ${f.message}`),
    ...verdict.warnings.map((f) => `  ! ${f.rule}: ${f.message}`),
    ...verdict.obligations.map((o) => `  → ${o.message}`),
  ];
  io.stdout.write(lines.map((line) => `${indent}${line}\n`).join(''));
}
