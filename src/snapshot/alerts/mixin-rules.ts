/**
 * Reads the alerting rules out of a monitoring mixin's `alerts/*.libsonnet`, as jsonnet would render
 * them, for the small part of jsonnet the etcd and CoreDNS mixins' alert files use: `|||` text blocks
 * formatted with `% $._config` or `% { key: $._config.name [* n] }`, single-quoted strings (a
 * description may be formatted with `% $._config.clusterLabel`), and `_config+::` defaults. Anything
 * else is refused with the alert it was found in, so a new upstream construct cannot slip through
 * half-read. There is no jsonnet on the machines this runs on; the rules come from the pinned files.
 */

/** One alerting rule, keys in the order jsonnet renders them (sorted). */
export type MixinRule = {
  alert: string;
  annotations: Record<string, string>;
  expr: string;
  for: string;
  labels: Record<string, string>;
};

/** One rule group of a mixin file. */
export type MixinGroup = { name: string; rules: MixinRule[] };

/** `_config` values: strings and numbers. */
export type MixinConfig = Record<string, string | number>;

const QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (text: string) => text.replace(/\\(.)/g, '$1');

/** The `_config+:: { … }` defaults of a libsonnet file; `error '…'` entries (values the user must give) are left out. */
export function mixinConfig(text: string): MixinConfig {
  // Stryker disable next-line StringLiteral: any text without a `key: value,` line reads as no entries, as '' does
  const block = /_config\+::\s*\{([\s\S]*?)\n\s*\},/.exec(text)?.[1] ?? '';
  const config: MixinConfig = {};
  for (const line of block.split('\n')) {
    const match = new RegExp(String.raw`^\s*(\w+):\s*(?:${QUOTED}|(-?\d+(?:\.\d+)?)),\s*$`).exec(line);
    if (match) config[match[1]!] = match[2] !== undefined ? unquote(match[2]) : Number(match[3]);
  }
  return config;
}

/**
 * A jsonnet `|||` text block: lines stripped of the first line's indentation, ending in a line feed.
 * As in jsonnet, a line may be empty, but a line indented less than the first one is an error.
 */
function textBlock(raw: string, where: string): string {
  const lines = raw.split('\n');
  // Stryker disable next-line Regex: `\s*` matches at index 0 (possibly empty) with or without the anchor
  const indent = /^\s*/.exec(lines[0]!)![0];
  const body = lines.map((line) => {
    if (line.startsWith(indent)) return line.slice(indent.length);
    if (line === '') return line;
    throw new Error(`${where}: a line of its ||| block is indented less than its first line`);
  });
  return `${body.join('\n')}\n`;
}

/** Python-style `%(name)s` formatting, as jsonnet's `%` operator does with an object; `%%` is a literal `%`, as in formatOne. */
function format(template: string, values: MixinConfig, where: string): string {
  return template.replace(/%(?:\((\w+)\)s|%)/g, (_all, name: string | undefined) => {
    if (name === undefined) return '%';
    if (!(name in values)) throw new Error(`${where}: no value for %(${name})s; give it in the config`);
    return String(values[name]);
  });
}

/** jsonnet's `'…%s…' % $._config.name`: `%s` is the value and `%%` a literal `%`, as in Python. */
function formatOne(template: string, config: MixinConfig, name: string, where: string): string {
  const value = config[name];
  if (value === undefined) throw new Error(`${where}: no config value ${name}`);
  return template.replace(/%([s%])/g, (_all, spec: string) => (spec === '%' ? '%' : String(value)));
}

/** The values a `% …` formats with: the whole config, or an object literal of config fields (optionally times a number). */
function formatValues(operand: string, config: MixinConfig, where: string): MixinConfig {
  if (operand === '$._config') return config;
  const values: MixinConfig = {};
  for (const entry of operand.replace(/^\{|\}$/g, '').split(',')) {
    const match = /^\s*(\w+):\s*\$\._config\.(\w+)(?:\s*\*\s*(\d+))?\s*$/.exec(entry);
    if (!match) throw new Error(`${where}: cannot read the format values "${entry.trim()}"`);
    const value = config[match[2]!];
    if (value === undefined) throw new Error(`${where}: no config value ${match[2]}`);
    values[match[1]!] = match[3] ? Number(value) * Number(match[3]) : value;
  }
  return values;
}

function readRule(block: string, config: MixinConfig): MixinRule {
  const alert = new RegExp(String.raw`^alert:\s*${QUOTED}`).exec(block)?.[1];
  if (!alert) throw new Error(`cannot read an alert name in "${block.slice(0, 40)}…"`);
  const expr = /expr:\s*\|\|\|\n([\s\S]*?)\n\s*\|\|\|\s*%\s*(\$\._config|\{[^\n]*\}),\n/.exec(block);
  if (!expr) throw new Error(`${alert}: cannot read its expr (a ||| block formatted with % $._config or % { … })`);
  const duration = new RegExp(String.raw`'for':\s*${QUOTED}`).exec(block)?.[1];
  const severity = new RegExp(String.raw`severity:\s*${QUOTED}`).exec(block)?.[1];
  if (!duration || !severity) throw new Error(`${alert}: cannot read its 'for' or its severity`);
  const annotationsBlock = /annotations:\s*\{([\s\S]*?)\n\s*\},/.exec(block)?.[1];
  if (!annotationsBlock) throw new Error(`${alert}: cannot read its annotations`);
  const annotations: Record<string, string> = {};
  for (const line of annotationsBlock.split('\n').filter((l) => l.trim() !== '')) {
    const match = new RegExp(String.raw`^\s*(\w+):\s*${QUOTED}(?:\s*%\s*\$\._config\.(\w+))?,\s*$`).exec(line);
    if (!match) throw new Error(`${alert}: cannot read the annotation line "${line.trim()}"`);
    const text = unquote(match[2]!);
    annotations[match[1]!] = match[3] ? formatOne(text, config, match[3], alert) : text;
  }
  return {
    alert,
    annotations: Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => a.localeCompare(b))),
    expr: format(textBlock(expr[1]!, alert), formatValues(expr[2]!, config, alert), alert),
    for: duration,
    labels: { severity },
  };
}

/** The rule groups of a mixin's alerts file, with `config` (the mixin's defaults and your selectors) filled in. */
export function mixinGroups(text: string, config: MixinConfig): MixinGroup[] {
  const groups: MixinGroup[] = [];
  const starts = [...text.matchAll(new RegExp(String.raw`\{\s*name:\s*${QUOTED},\s*rules:\s*\[`, 'g'))];
  starts.forEach((start, index) => {
    const body = text.slice(start.index! + start[0].length, starts[index + 1]?.index ?? text.length);
    const blocks = body.split(/(?=^\s*alert:\s*')/m).slice(1).map((block) => block.trimStart());
    groups.push({ name: unquote(start[1]!), rules: blocks.map((block) => readRule(block, config)) });
  });
  return groups;
}
