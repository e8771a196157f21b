import { flagName, SAFE_FLAGS } from './flags.ts';
import { REDACTED } from './marker.ts';
import { FILLERS, isBoolean, looksLikeCredential, maskUrl, namesSecret } from './words.ts';

/** Flags after which the next word is a shell line, redacted word by word. */
const SHELL_FLAGS = new Set(['-c', '-ec', '-ce', '-xc', '-exc', '-euc']);

/**
 * Redacts a sequence of words (a container's argv, or free text split at whitespace) in one pass:
 * - a flag's value is shown only when the flag is on SAFE_FLAGS (or the value is a boolean, or a path
 *   given to a `*-file`/`*-dir`/`*-path` flag); otherwise it is masked, in `--f=v`, `--f:v` and `--f v` forms;
 * - a word naming a secret (`password`, `token:`, `Authorization:`, `Bearer`) masks the words after it,
 *   skipping fillers (`password is X`);
 * - `key=value` / `key:value` with a secret-looking key, URL userinfo and query values, JWTs and
 *   prefixed tokens are masked.
 * Whitespace-only words (the separators of free text split with them kept) come back unchanged.
 */
export function redactWords(words: readonly string[], redactLine: (line: string) => string): string[] {
  const out: string[] = [];
  let maskNext = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (/^\s*$/.test(word)) {
      out.push(word);
      continue;
    }
    if (maskNext && FILLERS.has(word.toLowerCase())) {
      out.push(word);
      continue;
    }
    if (maskNext && !word.startsWith('-') && !namesMissingSecret(words, index)) {
      out.push(REDACTED);
      maskNext = namesSecret(word);
      continue;
    }
    maskNext = false;
    // The shell line after `-c` is not the flag's value: it reads on as words (one with spaces is a line, below).
    if (SHELL_FLAGS.has(word)) {
      out.push(word);
      continue;
    }
    const flag = splitFlag(word);
    if (flag) {
      const [name, separator, value] = flag;
      if (separator === '') {
        out.push(word);
        maskNext = !SAFE_FLAGS.has(name);
      } else {
        out.push(`${word.slice(0, word.length - value.length)}${flagValue(name, value)}`);
      }
      continue;
    }
    if (/\s/.test(word)) {
      out.push(redactLine(word));
      continue;
    }
    out.push(redactValue(word));
    maskNext = namesSecret(word) && !hasInnerSeparator(word);
  }
  return out;
}

/**
 * Two messages whose word after `secret` is a name the snapshot lists anyway, kept when the words have
 * exactly that shape: the kubelet's `secret "NAME" not found` (a Secret's name) and the sealed-secrets
 * controller's `no key could decrypt secret (KEY)` (a key name of the SealedSecret).
 */
function namesMissingSecret(words: readonly string[], index: number): boolean {
  const previous = words[index - 2]?.toLowerCase();
  if (previous !== 'secret' && previous !== 'secrets') return false;
  const word = words[index]!;
  if (/^"[a-z0-9][a-z0-9.-]{0,252}"$/.test(word) && words[index + 2] === 'not') return true;
  return words[index - 4] === 'decrypt' && /^\([\w.-]{1,253}\)$/.test(word);
}

/** `--name=value` -> [name, '=', value]; `--name` -> [name, '', '']; not a flag -> null. */
function splitFlag(word: string): [string, string, string] | null {
  const separator = firstSeparator(word);
  // Stryker disable next-line EqualityOperator: at 0 the head is '' or the whole word, neither starts with '-', so flagName says null either way
  const head = separator < 0 ? word : word.slice(0, separator);
  const name = flagName(head);
  if (name === null) return null;
  // Stryker disable next-line EqualityOperator: a flag name starts with '-', so a separator after it is at 1 or later
  return separator < 0 ? [name, '', ''] : [name, word[separator]!, word.slice(separator + 1)];
}

function flagValue(name: string, value: string): string {
  if (SAFE_FLAGS.has(name)) return redactValue(value);
  if (isBoolean(value)) return value;
  if (/(?:file|dir|path)$/i.test(name) && /^\/[\w./-]*$/.test(value)) return value;
  return REDACTED;
}

/**
 * One word: `key=value` pairs are walked left to right (`url=https://…`, `auth.password=X`), a
 * secret-looking key masks the rest; the last part goes through the URL and credential checks.
 */
export function redactValue(word: string): string {
  const scheme = word.indexOf('://');
  let start = 0;
  for (;;) {
    const separator = firstSeparator(word, start);
    // Stryker disable next-line ConditionalExpression: -1 means no ':' after start, so no scheme there either and `separator === scheme` (-1) breaks below
    if (separator < 0) break;
    // An empty key (`=password=X`, `a==token=X`) is stepped over: stopping there showed the rest unchecked.
    if (separator === word.length - 1 || separator === scheme) break;
    if (namesSecret(word.slice(start, separator))) return `${word.slice(0, separator + 1)}${REDACTED}`;
    start = separator + 1;
  }
  const rest = word.slice(start);
  return word.slice(0, start) + (looksLikeCredential(rest) ? REDACTED : maskUrl(rest, REDACTED));
}

function hasInnerSeparator(word: string): boolean {
  const separator = firstSeparator(word);
  return separator > 0 && separator < word.length - 1;
}

function firstSeparator(word: string, from = 0): number {
  // Stryker disable next-line EqualityOperator: word[word.length] is undefined, not a separator, so the loop ends with -1 all the same
  for (let index = from; index < word.length; index++) {
    const char = word[index];
    if (char === '=' || char === ':') return index;
  }
  return -1;
}
