import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toMs } from '../_lib/instant.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes these. */
const COMMON = {
  now: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export type CommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O & typeof COMMON; allowPositionals: true; strict: true }>
>;

/**
 * `util.parseArgs` with the common options, strict, and its errors turned into one-line
 * `UsageError`s that name the option (Node's own messages run to three sentences).
 */
export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O): CommandArgs<O> {
  try {
    return parseArgs({ args: [...argv], options: { ...options, ...COMMON }, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    // Node names the option as '-s, --severity <value>' or '--colour': report the long form.
    const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-\w)/.exec(message)?.[1] ?? 'arguments';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(option, 'unknown option');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new UsageError(option, 'takes no value');
      const dash = /ambiguous/.test(message) ? ` (a value that starts with "-" is written ${option}=<value>)` : '';
      throw new UsageError(option, `needs a value${dash}`);
    }
    throw error;
  }
}

/**
 * `--now` as a `Date`, or the real clock when it is absent: the CLI is the one place in the
 * package that may read it.
 */
export function resolveNow(now: string | undefined, io: CliIo): Date {
  return now === undefined ? (io.clock?.() ?? new Date()) : instantFlag(now, '--now');
}

/** An instant given on the command line; it must carry `Z` or an offset, like every instant. */
export function instantFlag(text: string, flag: string): Date {
  return new Date(toMs(text, [flag]));
}

/** Exactly the positionals `names` (the input files), or a `UsageError` naming the missing or extra one. */
export function expectPositionals(positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`<${names[positionals.length]}>`, 'missing');
  if (positionals.length > names.length) throw new UsageError(positionals[names.length]!, 'unexpected argument');
  return [...positionals];
}

/**
 * `value` when it is one of `options`, else a `UsageError` that lists them (zod/mini's own
 * message for an enum is a bare "Invalid input").
 */
export function oneOf<T extends string>(value: string, options: readonly T[], flag: string): T {
  if ((options as readonly string[]).includes(value)) return value as T;
  throw new UsageError(flag, `expected one of ${options.join(', ')}, got "${value}"`);
}
