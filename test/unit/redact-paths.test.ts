/**
 * Two edges of the word redactor (redact/words-redactor.ts, redact/words.ts): a flag that is not on the
 * allow-list keeps its value only when its name ends in file/dir/path and the value is one absolute path,
 * and a URL's `#fragment` after a query is masked whole (OAuth puts tokens there).
 */
import { describe, expect, it } from 'vitest';
import { REDACTED, redactArgs } from '../../src/snapshot/redact.ts';
import { maskUrl } from '../../src/snapshot/redact/words.ts';

const R = REDACTED;

describe('redactArgs: a path given to a *-file, *-dir or *-path flag', () => {
  it.each([
    ['an absolute file path', '--frobnicate-file=/etc/kubernetes/pki/ca.crt', '--frobnicate-file=/etc/kubernetes/pki/ca.crt'],
    ['an absolute directory, any case of the suffix', '--frobnicate-DIR=/var/lib/kubelet', '--frobnicate-DIR=/var/lib/kubelet'],
    ['the root alone', '--frobnicate-path=/', '--frobnicate-path=/'],
  ])('keeps %s', (_, arg, expected) => {
    expect(redactArgs([arg])).toEqual([expected]);
  });

  it.each([
    ['a relative path (its tail is a path, its head may be a secret)', '--frobnicate-file=hunter2/tokens.csv'],
    ['a path followed by more text', '--frobnicate-file=/etc/tokens.csv,hunter2'],
    ['a path with a space in it', '--frobnicate-path=/etc/x hunter2'],
    ['a path given to a flag whose name is not a file, dir or path', '--frobnicate=/etc/kubernetes/pki/ca.crt'],
  ])('masks %s', (_, arg) => {
    expect(redactArgs([arg])).toEqual([`${arg.slice(0, arg.indexOf('=') + 1)}${R}`]);
  });
});

describe('maskUrl: the fragment', () => {
  it('masks a fragment after a query, and keeps a safe query parameter', () => {
    expect(maskUrl('https://auth.example.org:443/cb?access_token=t0k3n&timeout=5#state=abc', R)).toBe(
      `https://auth.example.org:443/cb?access_token=${R}&timeout=5#${R}`,
    );
  });

  it('returns a URL whose query has only safe parameters and no fragment unchanged', () => {
    expect(maskUrl('https://10.0.0.1:6443/api?timeout=32s', R)).toBe('https://10.0.0.1:6443/api?timeout=32s');
  });
});
