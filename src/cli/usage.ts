import { flagOf, isRequired, optionsOf, type CommandDef, type OptionDef } from './define.ts';

/** Spaces between an option and its description. */
const GAP = 4;

/** The --help text of a command, made from its definition (no trailing newline). */
export function usageOf(command: CommandDef): string {
  const entries = optionsOf(command);
  const rows = entries.map(([key, option]) => [syntaxOf(key, option), descriptionOf(option)] as const);
  const width = Math.max(...rows.map(([syntax]) => syntax.length)) + GAP;
  const lines = rows.map(([syntax, description]) => `  ${syntax.padEnd(width)}${description.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`);
  const required = entries.filter(([, option]) => isRequired(option));
  const synopsis = [command.name, ...required.map(([key, option]) => syntaxOf(key, option)), '[options]'].join(' ');
  return [`Usage: ${synopsis}`, '', command.description, '', 'Options:', ...lines].join('\n');
}

/** `-h, --help`, `--out DIR`. */
function syntaxOf(key: string, option: OptionDef): string {
  const short = option.short === undefined ? '' : `-${option.short}, `;
  return `${short}${flagOf(key)}${option.type === 'string' ? ` ${option.value}` : ''}`;
}

/** The description, with the default value when there is one. */
function descriptionOf(option: OptionDef): string {
  return option.type === 'string' && !option.multiple && option.default !== undefined ? `${option.description} (default: ${option.default})` : option.description;
}
