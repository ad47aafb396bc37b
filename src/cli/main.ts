import { certificationCommand } from './commands/certification.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { maintenanceCommand } from './commands/maintenance.js';
import { vendorAccessCommand } from './commands/vendor-access.js';
import type { Command } from './define-command.js';
import type { CliIo } from './io.js';
import { EXIT_BAD_INPUT, reportError } from './report-error.js';

export type { CliIo } from './io.js';

const COMMANDS: readonly Command[] = [demoCommand, deadlineCommand, maintenanceCommand, vendorAccessCommand, certificationCommand];

const USAGE = `policyclock — SaaS trust-page promises, evaluated

Usage: policyclock <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(15)}${c.summary}`).join('\n')}

Every command takes --now <instant> (ISO 8601 with Z or an offset; default: the real clock),
--json (machine-readable output) and --help.
Exit codes: 0 done, 1 a vendor-access request is denied, 2 bad input (the field is named).
`;

/**
 * The CLI without a process: runs `argv` (without `node` and the script) and returns the exit
 * code; output goes to `io`. The bin wires it to the real process.
 *
 * @example
 * const code = await main(['deadline', '--severity', '1', '--now', '2026-06-05T17:30:00+01:00'], { stdout: process.stdout, stderr: process.stderr })
 * //=> 0, after printing Mon 8 Jun 2026 09:30 BST
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (name === undefined) {
    io.stderr.write(USAGE);
    return EXIT_BAD_INPUT;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`policyclock: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, command.name, io);
  }
}
