import { parse, stringify } from 'yaml';
import { SAFE_FLAGS } from './flags.ts';
import { REDACTED } from './marker.ts';
import { isBoolean } from './words.ts';
import { redactValue } from './words-redactor.ts';

/**
 * Which fields of a YAML config the runbook may show: `true` keeps the whole subtree (every scalar still
 * goes through the URL/credential checks), an object descends, `'*'` matches any key, `FLAGS` is a
 * kubeadm `extraArgs` (a map or a v1beta4 name/value list) whose values are shown for SAFE_FLAGS only.
 * Any other field keeps its key and shows REDACTED, whether its value was written inline, as a block
 * scalar (`|`, `>-`), on the next line or after a comment: the YAML parser has already read it.
 */
export type AllowList = { readonly [key: string]: AllowList | true | typeof FLAGS };
export const FLAGS = 'flags' as const;

/** At most this many aliases: a billion-laughs document is refused, not expanded. */
const MAX_ALIASES = 50;

/** The config text shown through `allowList`, or REDACTED when it is not a YAML mapping. */
export function redactYamlConfig(text: string, allowList: AllowList): string {
  let document: unknown;
  try {
    // Stryker disable next-line BooleanLiteral: prettyErrors only shapes the message of an error that is caught and dropped
    document = parse(text, { maxAliasCount: MAX_ALIASES, prettyErrors: false });
    // Stryker disable next-line BlockStatement: without the return, document stays undefined and is REDACTED as not a mapping
  } catch {
    return REDACTED;
  }
  if (!isMap(document)) return REDACTED;
  return stringify(filterMap(document, allowList), { lineWidth: 0 });
}

function filterMap(map: Record<string, unknown>, allowList: AllowList): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    const rule = Object.hasOwn(allowList, key) ? allowList[key]! : Object.hasOwn(allowList, '*') ? allowList['*']! : null;
    out[key] = filterValue(value, rule);
  }
  return out;
}

function filterValue(value: unknown, rule: AllowList | true | typeof FLAGS | null): unknown {
  if (value === null) return null;
  if (rule === null) return REDACTED;
  if (rule === FLAGS) return filterFlags(value);
  if (Array.isArray(value)) return value.map((item) => filterValue(item, rule));
  if (isMap(value)) return rule === true ? filterMap(value, { '*': true }) : filterMap(value, rule);
  if (rule !== true) return REDACTED;
  return typeof value === 'string' ? redactValue(value) : value;
}

function filterFlags(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => (isMap(item) ? { ...filterMap(item, { name: true }), ...('value' in item ? { value: flagValue(String(item.name), item.value) } : {}) } : REDACTED));
  }
  if (!isMap(value)) return REDACTED;
  return Object.fromEntries(Object.entries(value).map(([name, flag]) => [name, flagValue(name, flag)]));
}

function flagValue(name: string, value: unknown): unknown {
  if (typeof value === 'boolean' || (typeof value === 'string' && isBoolean(value))) return value;
  return SAFE_FLAGS.has(name) && (typeof value === 'string' || typeof value === 'number') ? redactValue(String(value)) : REDACTED;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
