/**
 * A command's arguments, defined once: parsing (parse.ts), the type of the parsed values (ArgsOf)
 * and the --help text (usage.ts) all come from one `defineCommand({ … })`. In the style of
 * unjs/citty's `defineCommand`, on node:util's parseArgs (no dependency).
 */

/** `--name VALUE`, given at most once. */
export type StringOption = {
  type: 'string';
  multiple?: false;
  /** The value's placeholder in --help: `--out DIR`. */
  value: string;
  /** One line for --help; a `\n` continues it on the next line, aligned. */
  description: string;
  /** Used when the option is absent, and shown in --help as `(default: …)`. */
  default?: string;
  /** Absent is an error; the type has no `undefined`. */
  required?: boolean;
  short?: string;
};

/** `--name VALUE`, repeatable; parsed as every value in order (empty when absent). */
export type ListOption = Omit<StringOption, 'multiple' | 'default' | 'required'> & { multiple: true };

/** `--name`, true when present. */
export type FlagOption = { type: 'boolean'; description: string; short?: string };

/** One option of a command. */
export type OptionDef = StringOption | ListOption | FlagOption;

/** A command: how it is run, what it does, and its options keyed in camelCase (`capturedAt` is `--captured-at`). */
export type CommandDef = {
  /** How a user runs it, as Usage and the error hint show it: `npm run snapshot --`. */
  name: string;
  /** What it does, one or two lines for --help. */
  description: string;
  /** Every option but -h/--help, which each command has. */
  options: Record<string, OptionDef>;
};

/** What parsing yields for one option. */
export type ValueOf<O extends OptionDef> = O extends FlagOption
  ? boolean
  : O extends ListOption
    ? string[]
    : O extends { default: string } | { required: true }
      ? string
      : string | undefined;

/** The parsed values of a command, keyed like its options. */
export type ArgsOf<C extends CommandDef> = { -readonly [K in keyof C['options']]: ValueOf<C['options'][K]> };

/** Defines a command; the identity, there for the inference of its options' literal types. */
export function defineCommand<const C extends CommandDef>(command: C): C {
  return command;
}

/** -h/--help, which every command has. */
export const HELP = { type: 'boolean', short: 'h', description: 'show this text' } satisfies FlagOption;

/** Every option of a command, -h/--help last. */
export function optionsOf(command: CommandDef): [key: string, option: OptionDef][] {
  return [...Object.entries(command.options), ['help', HELP]];
}

/** Whether an absent option is an error. */
export function isRequired(option: OptionDef): option is StringOption & { required: true } {
  return option.type === 'string' && !option.multiple && option.required === true;
}

/** The command-line spelling of an option key: `capturedAt` -> `--captured-at`. */
export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
