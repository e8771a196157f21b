import { RunbookError } from '../snapshot/errors.ts';
import { flagOf, type CommandDef } from './define.ts';

/** A mistake in a command's arguments: one line that names it, then where to read the options. */
export function argsError(command: CommandDef, problem: string): RunbookError {
  return new RunbookError('E_ARGS', `${problem}; see ${command.name} --help`);
}

/** An option whose value is not what it takes: `--days: expected a whole number …, received "x"`. */
export function invalidOption(command: CommandDef, key: string, expected: string, received: string): RunbookError {
  return argsError(command, `${flagOf(key)}: expected ${expected}, received ${JSON.stringify(received)}`);
}
