import { REDACTED } from './marker.ts';
import { redactValue } from './words-redactor.ts';

/**
 * CoreDNS plugins whose arguments the runbook may show, each with the directives allowed inside its
 * block. A plugin not listed keeps its name and loses its arguments and block (`etcd`'s `credentials`,
 * `tsig`'s `secret`, `route53`'s `aws_access_key`); a directive not listed inside a block is masked whole.
 * Names from https://coredns.io/plugins/.
 */
const PLUGINS: Readonly<Record<string, readonly string[]>> = {
  errors: ['consolidate', 'stacktrace'],
  health: ['lameduck'],
  ready: [],
  kubernetes: ['pods', 'fallthrough', 'ttl', 'endpoint', 'tls', 'kubeconfig', 'namespaces', 'labels', 'namespace_labels', 'noendpoints', 'ignore', 'multicluster', 'startup_timeout', 'endpoint_pod_names', 'upstream'],
  k8s_external: ['apex', 'ttl', 'fallthrough', 'headless'],
  prometheus: [],
  forward: ['except', 'force_tcp', 'prefer_udp', 'expire', 'max_fails', 'tls', 'tls_servername', 'policy', 'health_check', 'max_concurrent', 'next', 'failfast_all_unhealthy_upstreams', 'failover'],
  cache: ['success', 'denial', 'prefetch', 'serve_stale', 'servfail', 'disable', 'keepttl'],
  loop: [],
  reload: [],
  loadbalance: [],
  log: ['class'],
  hosts: ['fallthrough', 'ttl', 'reload', 'no_reverse'],
  rewrite: [],
  autopath: [],
  bind: ['except'],
  cancel: [],
  debug: [],
  whoami: [],
  any: [],
  local: [],
  minimal: [],
  nsid: [],
  file: ['reload', 'fallthrough'],
  template: ['match', 'answer', 'additional', 'authority', 'rcode', 'fallthrough', 'upstream'],
  import: [],
  acl: ['allow', 'block', 'filter', 'drop'],
};

type Line = { words: string[]; block: Line[] | null };

/**
 * A Corefile parsed into server blocks, plugins and directives, and printed back with only allow-listed
 * arguments; comments are dropped (they can hold anything). Linear in the text.
 */
export function redactCorefile(text: string): string {
  const out: string[] = [];
  for (const server of parseBlock(tokenize(text), { at: 0 })) {
    const keys = server.words.map(redactValue).join(' ');
    if (!server.block) {
      out.push(keys);
      continue;
    }
    out.push(`${keys} {`);
    for (const plugin of server.block) printPlugin(plugin, out);
    out.push('}');
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function printPlugin(plugin: Line, out: string[]): void {
  // Stryker disable next-line StringLiteral: a line without words is a bare block; any non-plugin name shows REDACTED the same
  const [name = '', ...args] = plugin.words;
  const allowed = Object.hasOwn(PLUGINS, name) ? PLUGINS[name]! : null;
  const indent = '    ';
  if (allowed === null) {
    const shownName = /^[a-z][a-z0-9_]*$/.test(name) ? name : REDACTED;
    out.push(`${indent}${[shownName, ...(args.length > 0 || plugin.block ? [REDACTED] : [])].join(' ')}`);
    return;
  }
  const head = [name, ...args.map(redactValue)].join(' ');
  if (!plugin.block) {
    out.push(`${indent}${head}`);
    return;
  }
  out.push(`${indent}${head} {`);
  for (const directive of plugin.block) {
    // Stryker disable next-line StringLiteral: a directive without words has a block, and a block is always masked
    const [inner = '', ...innerArgs] = directive.words;
    const shown = allowed.includes(inner) || (name === 'hosts' && isHostsEntry(directive.words)) || (name === 'rewrite' || name === 'template');
    out.push(`${indent}${indent}${shown && !directive.block ? [inner, ...innerArgs.map(redactValue)].join(' ') : REDACTED}`);
  }
  out.push(`${indent}}`);
}

/** An inline hosts entry: an IPv4/IPv6 address followed by host names. */
function isHostsEntry(words: readonly string[]): boolean {
  return words.length >= 2 && /^[\d.]+$|^[\da-fA-F:]+$/.test(words[0]!) && words.slice(1).every((word) => /^[\w.-]+$/.test(word));
}

type Token = string | '{' | '}' | '\n';

/** Words, braces and line ends; quoted strings stay one word (with their quotes), `#` starts a comment. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\n') {
      tokens.push('\n');
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index++;
    } else if (char === '#') {
      // Stryker disable next-line EqualityOperator: at text.length text[index] is undefined, so `<=` steps once past the end and the outer loop ends the same (`!==` -> `===` would hang, killed by a timeout)
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '{' || char === '}') {
      tokens.push(char);
      index++;
    } else if (char === '"' || char === '`') {
      const close = text.indexOf(char, index + 1);
      // Stryker disable next-line EqualityOperator: close is -1 or at least index + 1, never 0
      const unclosed = close < 0;
      // Unclosed, the quote would run to the end of the file and show it all as one argument.
      tokens.push(unclosed ? REDACTED : text.slice(index, close + 1));
      index = unclosed ? text.length : close + 1;
    } else {
      const start = index;
      // Stryker disable next-line EqualityOperator: at text.length text[index] is undefined, not a stop character, so `<=` steps once past the end and slice() ends the word the same
      while (index < text.length && !' \t\r\n{}#'.includes(text[index]!)) index++;
      tokens.push(text.slice(start, index));
    }
  }
  return tokens;
}

/** Lines of one block, each with its own block when a `{` ends it; stops at the matching `}`. */
function parseBlock(tokens: readonly Token[], cursor: { at: number }, depth = 0): Line[] {
  const lines: Line[] = [];
  let words: string[] = [];
  const flush = (block: Line[] | null) => {
    if (words.length > 0 || block) lines.push({ words, block });
    words = [];
  };
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at++]!;
    if (token === '\n') flush(null);
    else if (token === '{') flush(depth < 8 ? parseBlock(tokens, cursor, depth + 1) : []);
    else if (token === '}') break;
    else words.push(token);
  }
  flush(null);
  return lines;
}
