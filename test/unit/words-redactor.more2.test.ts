/**
 * Edge cases of the word-level redactor (redact/words-redactor.ts), through redactText and redactArgs:
 * separators kept as they are, the shell line after `-c`, the two "secret NAME not found" shapes that
 * are kept, flag forms, and `key=value` words with an empty key.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED, redactArgs, redactText } from '../../src/snapshot/redact.ts';

const R = REDACTED;

describe('redactText: separators and the words after a secret name', () => {
  it('keeps a run of spaces or a tab as it is and still masks the word after it', () => {
    expect(redactText('password  hunter2')).toBe(`password  ${R}`);
    expect(redactText('token:\t\tabc123 ok')).toBe(`token:\t\t${R} ok`);
  });

  it('masks the word after a secret name that starts with a separator (`:token X`)', () => {
    expect(redactText(':token abc123')).toBe(`:token ${R}`);
  });
});

describe('redactText: a missing Secret named in a message', () => {
  it.each([
    ['kubelet, singular', 'MountVolume.SetUp failed for volume "creds" : secret "db-creds" not found', 'MountVolume.SetUp failed for volume "creds" : secret "db-creds" not found'],
    ['API NotFound, plural', 'secrets "db-creds" not found', 'secrets "db-creds" not found'],
    ['sealed-secrets controller', 'no key could decrypt secret (db-password)', 'no key could decrypt secret (db-password)'],
  ])('keeps the name: %s', (_case, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['after another secret word', 'password "hunter2" not accepted', `password ${R} not accepted`],
    ['not quoted', 'secret hunter2 not accepted', `secret ${R} not accepted`],
    ['not followed by `not`', 'secret "hunter2" was rejected', `secret ${R} was rejected`],
    ['text before the quote', 'secret x"db-creds" not found', `secret ${R} not found`],
    ['text after the quote', 'secret "db-creds"x not found', `secret ${R} not found`],
    ['parentheses without `decrypt`', 'cannot read secret (hunter2)', `cannot read secret ${R}`],
    ['text before the parenthesis', 'no key could decrypt secret x(hunter2)', `no key could decrypt secret ${R}`],
    ['text after the parenthesis', 'no key could decrypt secret (hunter2)x', `no key could decrypt secret ${R}`],
  ])('masks the word: %s', (_case, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });
});

describe('redactText: key=value words', () => {
  it('steps over an empty key and still masks the value of a secret key after it', () => {
    expect(redactText('=password=hunter2')).toBe(`=password=${R}`);
    expect(redactText('a==token=abc123')).toBe(`a==token=${R}`);
  });

  it('judges a key by its own text, not by the value after it', () => {
    expect(redactText('role=token-reader')).toBe('role=token-reader');
  });

  it('keeps IPv6 addresses, whose colons are empty keys', () => {
    expect(redactText('dial tcp [::1]:6443 and ::1')).toBe('dial tcp [::1]:6443 and ::1');
  });
});

describe('redactArgs: the shell line after -c and flag forms', () => {
  it('masks a flag value after the shell line, and the word after a secret named as the line itself', () => {
    expect(redactArgs(['sh', '-c', 'exec /app "$@"', '--', '--token', 'abc123'])).toEqual(['sh', '-c', 'exec /app "$@"', '--', '--token', R]);
    expect(redactArgs(['sh', '-c', 'password', 'hunter2'])).toEqual(['sh', '-c', 'password', R]);
  });

  it('reads a word with spaces as a line of words, wherever it is', () => {
    expect(redactArgs(['/app', 'password hunter2'])).toEqual(['/app', `password ${R}`]);
  });

  it('masks the word after a bare unsafe flag', () => {
    expect(redactArgs(['--db-password', 'hunter2'])).toEqual(['--db-password', R]);
  });

  it('shows a boolean given to any flag, quoted or not, and masks other values', () => {
    expect(redactArgs(['--enable-frobnication=true', '--debug=False', '--x=""', '--frobnicate=yes'])).toEqual(['--enable-frobnication=true', '--debug=False', '--x=""', `--frobnicate=${R}`]);
  });

  it('shows an absolute path only when the flag name ends in file, dir or path', () => {
    expect(redactArgs(['--ca-file=/etc/ssl/ca.pem', '--cache-dir=/var/cache', '--socket-path=/run/x.sock'])).toEqual(['--ca-file=/etc/ssl/ca.pem', '--cache-dir=/var/cache', '--socket-path=/run/x.sock']);
    expect(redactArgs(['--token=/etc/secret', '--filename-token=/x/y', '--ca-file=hunter2', '--ca-file=./ca.pem'])).toEqual([`--token=${R}`, `--filename-token=${R}`, `--ca-file=${R}`, `--ca-file=${R}`]);
  });
});
