import { pathToFileURL } from 'node:url';
import { RunbookError } from '../snapshot/errors.ts';
import type { ArgsOf, CommandDef } from './define.ts';
import { parseCommand } from './parse.ts';
import { usageOf } from './usage.ts';

/** Where a command writes: its result to `out` (stdout), everything else (progress, warnings, errors) to `log` (stderr). */
export type CliIO = { out: (line: string) => void; log: (line: string) => void };

/** What a command does once its arguments are parsed; a RunbookError is an expected failure. */
export type CommandMain<C extends CommandDef> = (args: ArgsOf<C>, io: CliIO) => Promise<void> | void;

/** The start of every line a command logs, so it stands out among other tools' output. */
export const PREFIX = 'kube-runbook:';

/**
 * Runs a command without the process around it: --help prints the usage; otherwise `main` gets the
 * parsed values. Returns the exit code: 0 done, 1 an expected error (a RunbookError: its one line),
 * 2 a bug (its stack).
 */
export async function runCommand<C extends CommandDef>(command: C, argv: readonly string[], io: CliIO, main: CommandMain<C>): Promise<number> {
  try {
    const parsed = parseCommand(command, argv);
    if (parsed.help) io.out(usageOf(command));
    else await main(parsed.args, io);
    return 0;
  } catch (error) {
    if (error instanceof RunbookError) {
      io.log(`${PREFIX} ${error.message}`);
      return 1;
    }
    io.log(`${PREFIX} unexpected error, please report it with the lines below`);
    io.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}

/** Runs a command on this process's arguments, stdout and stderr, and sets its exit code. */
export async function runMain<C extends CommandDef>(command: C, main: CommandMain<C>): Promise<void> {
  process.exitCode = await runCommand(command, process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    log: (line) => process.stderr.write(`${line}\n`),
  }, main);
}

/** Whether the module at `url` (its import.meta.url) is the script node was started with, not an import. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}
