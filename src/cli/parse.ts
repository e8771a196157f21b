import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { argsError } from './args-error.ts';
import { flagOf, isRequired, optionsOf, type ArgsOf, type CommandDef } from './define.ts';

/** What a command line asks for: the help text, or a run with these values. */
export type Parsed<C extends CommandDef> = { help: true } | { help: false; args: ArgsOf<C> };

/**
 * Parses `argv` by `command`'s definition (strict: no unknown option, no positional). A mistake,
 * including an empty or missing required value, is a RunbookError E_ARGS naming the option.
 */
export function parseCommand<C extends CommandDef>(command: C, argv: readonly string[]): Parsed<C> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: parseArgsOptions(command), strict: true, allowPositionals: false }));
  } catch (error) {
    throw argsError(command, describeParseError(error as Error & { code?: string }));
  }
  if (values.help) return { help: true };
  const args: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(command.options)) {
    const flag = flagOf(key);
    const value = values[flag.slice(2)];
    if (isRequired(option) && value === undefined) {
      throw argsError(command, `${flag}: missing; pass ${flag} ${option.value}`);
    }
    for (const text of [value].flat()) {
      if (typeof text === 'string' && text.trim() === '') throw argsError(command, `${flag}: expected a value, received an empty string`);
    }
    args[key] = value;
  }
  return { help: false, args: args as ArgsOf<C> };
}

/** The definition in node:util's terms: flags as keys, absent lists and flags as [] and false. */
function parseArgsOptions(command: CommandDef): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = {};
  for (const [key, option] of optionsOf(command)) {
    const name = flagOf(key).slice(2);
    const short = option.short === undefined ? {} : { short: option.short };
    if (option.type === 'boolean') options[name] = { type: 'boolean', default: false, ...short };
    else if (option.multiple) options[name] = { type: 'string', multiple: true, default: [], ...short };
    else options[name] = { type: 'string', ...(option.default === undefined ? {} : { default: option.default }), ...short };
  }
  return options;
}

/** node:util's messages end in advice for programmers; ours name the option and the fix. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // `--out --from x`: node calls --out's value ambiguous; most often it was forgotten.
      if (/ambiguous/.test(error.message) && option) return `option '${option}' argument missing: another option follows it; write ${option}=VALUE for a value that starts with a dash`;
      return (error.message.split('.')[0] ?? error.message).replace(/^Option/, 'option');
    }
    default:
      return error.message;
  }
}
