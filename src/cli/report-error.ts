import { isPolicyClockError } from '../errors.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** Exit code for bad input: a flag, a file, or a field inside one. */
export const EXIT_BAD_INPUT = 2;

/**
 * Runs `fn` and re-labels a `PolicyClockError` from it as a `UsageError`: `label` turns the
 * library's field path into what the user typed (a flag, or `file.json: account.admin`).
 */
export async function labelInputErrors<T>(label: (path: string) => string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isPolicyClockError(error)) throw error;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
    throw new UsageError(label(error.path), `${error.issues[0]?.message ?? error.code}${more}`);
  }
}

/**
 * Names a library field path as the user typed it: the flag that set it (`flags` is keyed by the
 * option's name in the library, `timeZone` → `--time-zone`), or the input file and the field in it.
 */
export function fieldLabel(flags: Readonly<Record<string, string>>, file?: string): (path: string) => string {
  return (path) => {
    const flag = flags[path.replace(/^(options|ticket)\./, '')];
    if (flag !== undefined) return flag;
    return file === undefined ? path || 'input' : `${file}: ${path || '(root)'}`;
  };
}

/**
 * Writes one line to stderr and returns the exit code: 2 for bad input, 1 for anything else
 * (a bug: the stack goes to stderr too, since that is what a bug report needs).
 */
export function reportError(error: unknown, command: string, io: CliIo): number {
  const prefix = `policyclock ${command}: `;
  if (error instanceof UsageError) {
    io.stderr.write(`${prefix}${oneLine(`${error.field}: ${error.message}`)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (isPolicyClockError(error)) {
    io.stderr.write(`${prefix}${oneLine(error.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr.write(`${prefix}internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
