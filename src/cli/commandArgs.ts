import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliIo, EXIT_OK, EXIT_USAGE } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP }>>;

/** Writes a usage error for `command` with the usage after it, and gives the exit code for it. */
export function usageError(command: string, usage: string, message: string, io: CliIo): number {
  io.stderr.write(`policy-annotator ${command}: ${message}\n\n${usage}`);
  return EXIT_USAGE;
}

/**
 * A command's arguments, read by node:util's parseArgs with -h/--help added. Gives the values and
 * positionals, or the exit code when the command is done: after printing the help, or after a
 * usage error.
 */
export function parseCommandArgs<O extends Options>(command: string, usage: string, args: string[], io: CliIo, options: O): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, ...HELP } }) as Parsed<O>;
  } catch (error) {
    return usageError(command, usage, (error as Error).message, io);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(usage);
    return EXIT_OK;
  }
  return parsed;
}
