/**
 * The word-level rules of the redactor (redact/words.ts, redact/flags.ts), called directly: through
 * redactArgs most of them are hidden behind the flag allow-list, which masks an unknown flag's value
 * whatever its name says, so only a direct call shows which names, tokens and URL parts each rule catches.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED, redactText } from '../../src/snapshot/redact.ts';
import { flagName } from '../../src/snapshot/redact/flags.ts';
import { isBoolean, looksLikeCredential, maskUrl, namesSecret, trim } from '../../src/snapshot/redact/words.ts';

const R = REDACTED;

describe('namesSecret', () => {
  it.each([
    ['a short word of the list, quoted as a JSON key', '"pw":'],
    ['a short word of the list, with a trailing colon', 'pw:'],
    ['a short word of the list, in brackets', '(psk)'],
    ['basic (an Authorization scheme)', 'Basic'],
    ['auth alone', 'auth='],
    ['a name ending in -pass', 'db-pass'],
    ['a name ending in _pwd', 'MYSQL_PWD'],
    ['a name ending in .auth', 'registry.auth'],
    ['a name ending in -key', 'license-key'],
    ['a name containing password', 'DB_PASSWORD'],
    ['a name containing cookie', 'Set-Cookie:'],
  ])('names a secret: %s (%s)', (_case, word) => {
    expect(namesSecret(word)).toBe(true);
  });

  it.each([
    ['a word that ends in pass without a separator', 'bypass'],
    ['-key in the middle of a name', 'ssh-keygen'],
    ['-auth in the middle of a name', 'node-authorizer'],
    ['a plain word', 'coredns'],
    ['only brackets and quotes', '"{}"'],
    ['nothing', ''],
  ])('does not name a secret: %s (%s)', (_case, word) => {
    expect(namesSecret(word)).toBe(false);
  });
});

describe('looksLikeCredential', () => {
  it.each([
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'],
    ['a JWT with an empty signature (alg none)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'],
    ['a quoted GitHub token', '"ghp_abcdefghijklmnop1234"'],
    ['a GitHub token in brackets and a sentence', '(ghp_abcdefghijklmnop1234).'],
    ['a GitHub token before a comma', 'ghp_abcdefghijklmnop1234,'],
    ['a Slack bot token', 'xoxb-123456789012-abcdefgh'],
    ['a GitLab token', 'glpat-abcdefghij1234567890'],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
  ])('catches %s', (_case, token) => {
    expect(looksLikeCredential(token)).toBe(true);
  });

  it.each([
    ['a word that only contains eyJ', 'keyJabcd.ef.gh'],
    ['a JWT-like word followed by a path', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln/x'],
    ['a word that only contains a token prefix', 'bghp_abcdefghijklmnop'],
    ['a prefixed word followed by a path', 'ghp_abcdefghijklmnop/x'],
    ['a prefix with too short a tail', 'ghp_abcdefg'],
    ['an image name', 'registry.k8s.io/coredns/coredns:v1.11.1'],
  ])('leaves %s', (_case, token) => {
    expect(looksLikeCredential(token)).toBe(false);
  });
});

describe('isBoolean', () => {
  it.each(['true', 'false', 'True', 'FALSE', '"true"', "'false'", '', '""'])('%j is a boolean (or empty)', (value) => {
    expect(isBoolean(value)).toBe(true);
  });

  it.each(['yes', '1', '0', 'tr"ue', 'hunter2'])('%j is not', (value) => {
    expect(isBoolean(value)).toBe(false);
  });
});

describe('maskUrl', () => {
  it.each([
    ['userinfo', 'https://admin:hunter2@10.0.0.1:2379', `https://${R}@10.0.0.1:2379`],
    ['empty userinfo', 'https://@h/x', `https://${R}@h/x`],
    ['userinfo with no scheme name', '://u:p@h', `://${R}@h`],
    ['a query right after the host', 'https://h?token=abc', `https://h?token=${R}`],
    ['a value with no name', 'https://h/x?=abc', `https://h/x?=${R}`],
    ['a safe parameter before a fragment', 'https://h/cb?limit=5#state=abc', `https://h/cb?limit=5#${R}`],
    ['a fragment with no query (OAuth implicit flow)', 'https://app.example/cb#access_token=abc123&token_type=bearer', `https://app.example/cb#${R}`],
    ['a ? inside the fragment', 'https://h/x#a?token=abc', `https://h/x#${R}`],
  ])('masks %s', (_case, url, expected) => {
    expect(maskUrl(url, R)).toBe(expected);
  });

  it.each([
    ['text with no scheme, even shaped like userinfo', 'user:pw@host/x?token=abc'],
    ['an @ in the path', 'https://registry.example/@scope/pkg'],
    ['a = in the path', 'https://h/a=b'],
    ['a query of safe parameters and bare names', 'https://h/api?watch&limit=5'],
    ['a URL with no path', 'https://10.0.0.1:6443'],
  ])('keeps %s', (_case, url) => {
    expect(maskUrl(url, R)).toBe(url);
  });
});

describe('trim', () => {
  it.each([
    ['both ends', '"(x)"', '"(', ')"', 'x'],
    ['only the leading class at the start', '-a-', '-', '', 'a-'],
    ['only the trailing class at the end', '-a-', '', '-', '-a'],
    ['everything', '----', '-', '-', ''],
    ['a string made only of trailing characters', '::', '-', ':', ''],
    ['nothing to trim', 'abc', '-', '-', 'abc'],
    ['the empty string', '', '-', '-', ''],
  ])('%s', (_case, text, leading, trailing, expected) => {
    expect(trim(text, leading, trailing)).toBe(expected);
  });
});

describe('flagName', () => {
  it.each([
    ['--etcd-servers', 'etcd-servers'],
    ['-conf', 'conf'],
    ['--dns.port', 'dns.port'],
    ['-v', 'v'],
  ])('%s is the flag %s', (word, name) => {
    expect(flagName(word)).toBe(name);
  });

  it.each([
    ['a word', 'coredns'],
    ['a word with a dash inside', 'kube-proxy'],
    ['a lone dash (stdin)', '-'],
    ['the end of options', '--'],
    ['three dashes', '---x'],
    ['a negative duration', '-10m'],
    ['a name with a slash', '--x/y'],
  ])('%s is not a flag (%s)', (_case, word) => {
    expect(flagName(word)).toBeNull();
  });
});

describe('redactText: whitespace', () => {
  it('treats a run of spaces as one separator (the kubelet\'s missing Secret stays readable)', () => {
    const text = 'MountVolume.SetUp failed for volume "certs" : secret  "etcd-certs"  not found';
    expect(redactText(text)).toBe(text);
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', ' \t\n '],
    ['leading and trailing whitespace', '  Started container coredns  '],
  ])('returns %s as it is', (_case, text) => {
    expect(redactText(text)).toBe(text);
  });

  it('keeps tabs and newlines as they are', () => {
    expect(redactText('password\thunter2\n\nport 80')).toBe(`password\t${R}\n\nport 80`);
  });

  it('masks a token in a URL fragment of an event message', () => {
    expect(redactText('redirecting to https://app.example/cb#access_token=abc123')).toBe(`redirecting to https://app.example/cb#${R}`);
  });
});
