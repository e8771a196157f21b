/**
 * Cluster text placed into a shell command: a node or Secret name from a dump may be `$(touch x)`
 * or `a;b`, and a reader pastes the command into a root shell on a control-plane node.
 */

/** Characters every POSIX shell (and zsh) takes literally in a word; Python's shlex.quote uses the same set. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+:,./-][A-Za-z0-9_@%+=:,./-]*$/;

/**
 * Text no quoting makes safe to show: a leading `-` is read as an option (`ssh -oProxyCommand=…`),
 * control characters can end a terminal's bracketed paste or fake a line, and format characters
 * (bidi overrides, zero-width) make the shown command differ from the copied one.
 */
const UNQUOTABLE = /^-|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * `value` as one shell word: unchanged when every character is literal to the shell (so ordinary
 * names stay readable), else in single quotes with each `'` written `'\''`; null when no quoting
 * makes it safe (see UNQUOTABLE).
 */
export function shellWord(value: string): string | null {
  if (UNQUOTABLE.test(value)) return null;
  if (PLAIN_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Whether each offset of `command` is inside single or double quotes, for the offsets asked: a
 * value quoted by shellWord must not land inside a `"…"` (where `$(…)` still runs) or a `'…'`.
 * Backslash escapes count outside quotes and inside double quotes, and `#` starts a comment, as in POSIX sh.
 */
export function quotedAt(command: string, offsets: readonly number[]): boolean[] {
  const inQuotes: boolean[] = [];
  let quote: "'" | '"' | null = null;
  let comment = false;
  // Stryker disable next-line EqualityOperator: one step past the end records `quote !== null`, the answer for that offset anyway.
  for (let i = 0; i < command.length; i++) {
    inQuotes[i] = quote !== null;
    const char = command[i];
    if (comment) {
      if (char === '\n') comment = false;
    } else if (quote === "'") {
      if (char === "'") quote = null;
    } else if (char === '\\') {
      inQuotes[++i] = true;
    } else if (quote === '"') {
      if (char === '"') quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (i === 0 || /[\s;&|()]/.test(command[i - 1]!))) {
      // A comment runs to the end of its line: a `'` in it (`# don't`) opens no quote.
      comment = true;
    }
  }
  return offsets.map((offset) => inQuotes[offset] ?? quote !== null);
}
