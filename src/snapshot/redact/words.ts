/**
 * Word-level rules shared by free text, arguments and config values. Every check here looks at one
 * bounded token with anchored, non-nested patterns, so redaction stays linear in the input.
 */

/** A name that says its value (or the next word) is a secret: `password`, `--db-pass`, `Authorization:`, `Bearer`. */
export function namesSecret(word: string): boolean {
  // An empty name (the word was all brackets and quotes) is in no list and matches no pattern: false.
  const name = trim(word.toLowerCase(), '-"\'{([', ':=,"\'})]');
  if (SECRET_WORDS.has(name)) return true;
  return SECRET_PARTS.some((part) => name.includes(part)) || /[-_.](?:pass|pwd|auth|key)$/.test(name);
}

const SECRET_WORDS = new Set(['pass', 'pw', 'pwd', 'auth', 'authorization', 'bearer', 'basic', 'token', 'secret', 'apikey', 'psk', 'passphrase']);
const SECRET_PARTS = ['password', 'passwd', 'passphrase', 'token', 'secret', 'credential', 'apikey', 'api-key', 'api_key', 'accesskey', 'access-key', 'access_key', 'privatekey', 'private-key', 'private_key', 'authorization', 'bearer', 'cookie'];

/** Words between a secret name and its value: `password is X`, `token = X`. */
export const FILLERS = new Set(['is', 'was', 'are', 'to', 'as', 'set', '=', ':', 'of', 'for']);

/**
 * A JSON Web Token or a credential with a well-known prefix (GitHub, GitLab, Slack, AWS, OpenAI). The
 * JWT's signature part is optional: an unsigned one (`header.payload.`) loses its last dot to the trim.
 */
export function looksLikeCredential(token: string): boolean {
  const bare = trim(token, '"\'(', '"\'),.;');
  return /^eyJ[\w-]{4,}\.[\w-]+(?:\.[\w-]*)?$/.test(bare) || /^(?:gh[pousr]_|github_pat_|glpat-|xox[abpr]-|AKIA|ASIA|sk-)[\w-]{8,}$/.test(bare);
}

/** Values any flag or key may show: booleans, plain numbers are NOT among them (a PIN is a number). */
export function isBoolean(value: string): boolean {
  const bare = value.replace(/^["']|["']$/g, '').toLowerCase();
  return bare === 'true' || bare === 'false' || bare === '';
}

/** Query parameters whose values are known to be harmless; every other value in a URL's query is masked. */
const SAFE_QUERY = new Set(['timeout', 'limit', 'watch', 'resourceversion', 'labelselector', 'fieldselector', 'verbose']);

/**
 * A URL with its userinfo, query values and fragment masked: `https://u:p@h/x?access_token=t#s`
 * becomes `https://[redacted]@h/x?access_token=[redacted]#[redacted]`. The fragment is masked whole,
 * with or without a query: OAuth's implicit flow puts `#access_token=…` there. Other text is returned as it is.
 */
export function maskUrl(value: string, redacted: string): string {
  const scheme = value.indexOf('://');
  if (scheme < 0) return value;
  const start = scheme + 3;
  const pathStart = firstOf(value, '/?#', start);
  const at = value.lastIndexOf('@', pathStart - 1);
  const authority = at >= start ? `${value.slice(0, start)}${redacted}${value.slice(at, pathStart)}` : value.slice(0, pathStart);
  const hash = value.indexOf('#', pathStart);
  const pathAndQuery = value.slice(pathStart, hash === -1 ? value.length : hash);
  const query = pathAndQuery.indexOf('?');
  const shown = query < 0 ? pathAndQuery : `${pathAndQuery.slice(0, query + 1)}${maskQuery(pathAndQuery.slice(query + 1), redacted)}`;
  return hash === -1 ? `${authority}${shown}` : `${authority}${shown}#${redacted}`;
}

function maskQuery(query: string, redacted: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      return SAFE_QUERY.has(pair.slice(0, eq).toLowerCase()) ? pair : `${pair.slice(0, eq)}=${redacted}`;
    })
    .join('&');
}

/**
 * `text` without leading characters from `leading` and trailing ones from `trailing`. A loop, not
 * `/[…]+$/`: that pattern backtracks on every start position, quadratic on a long run of the class.
 */
export function trim(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end text[start] is undefined, which no class string includes, so `start <= end` or `true` stop at the same place (the killable `false` and `>=` are killed by redact-words.test.ts)
  while (start < end && leading.includes(text[start]!)) start++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: below `start` the slice is empty either way, so `end >= start` or `true` return the same '' (the killable `false` and `<=` are killed by redact-words.test.ts)
  while (end > start && trailing.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function firstOf(text: string, chars: string, from: number): number {
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined, which no class string includes, so `<=` returns the same text.length
  for (let index = from; index < text.length; index++) if (chars.includes(text[index]!)) return index;
  return text.length;
}
