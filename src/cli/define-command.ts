import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';
import { expectPositionals, parseCommandArgs, resolveNow, type CommandArgs } from './parse-command-args.js';

/** A subcommand as `main` sees it. */
export interface Command {
  readonly name: string;
  /** One line for `policyclock --help`. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Builds a `Command` whose `execute` gets typed flags (its own plus `--now`, `--json`, `--help`),
 * exactly the positionals it declares, and the resolved "now"; `--help` is answered here, so no
 * command repeats it.
 */
export function defineCommand<O extends Options>(spec: {
  name: string;
  summary: string;
  usage: string;
  options: O;
  /** Names of the positional arguments (input files), all required; none by default. */
  positionals?: readonly string[];
  execute(args: CommandArgs<O>, context: { now: Date; json: boolean; io: CliIo }): Promise<number> | number;
}): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(argv, io) {
      const args = parseCommandArgs(argv, spec.options);
      const values = args.values as { help?: boolean; json?: boolean; now?: string };
      if (values.help) {
        io.stdout.write(spec.usage);
        return 0;
      }
      expectPositionals(args.positionals, spec.positionals ?? []);
      return spec.execute(args, { now: resolveNow(values.now, io), json: values.json === true, io });
    },
  };
}
