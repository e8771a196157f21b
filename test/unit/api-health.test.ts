import { describe, expect, it } from 'vitest';
import { parseHealth } from '../../src/snapshot/api-health.ts';

// The text of /readyz?verbose as k8s.io/apiserver/pkg/server/healthz/healthz.go writes it:
// `[+]name ok`, `[+]name excluded: ok`, `[-]name failed: reason withheld`, then the verdict line.
const ok = (name: string) => ({ name, ok: true, excluded: false, reason: null });

describe('parseHealth', () => {
  it('returns every check sorted by name, and passed for a 200 with `check passed`', () => {
    expect(parseHealth('[+]ping ok\n[+]log ok\n[+]etcd ok\nreadyz check passed\n', 200)).toEqual({ passed: true, checks: [ok('etcd'), ok('log'), ok('ping')] });
  });

  it('sorts checks given in no order by name, in code-point order', () => {
    const text = '[+]log ok\n[+]ping ok\n[+]etcd-readiness ok\n[+]poststarthook/start-kube-aggregator-informers ok\n[+]etcd ok\nreadyz check passed\n';
    expect(parseHealth(text, 200)?.checks.map((c) => c.name)).toEqual(['etcd', 'etcd-readiness', 'log', 'ping', 'poststarthook/start-kube-aggregator-informers']);
  });

  it('reads text saved with CRLF line ends or indented lines the same as the server text', () => {
    const expected = { passed: false, checks: [{ name: 'etcd', ok: false, excluded: false, reason: 'reason withheld' }, ok('ping')] };
    expect(parseHealth('[+]ping ok\r\n[-]etcd failed: reason withheld\r\nreadyz check failed\r\n', 500)).toEqual(expected);
    expect(parseHealth('  [+]ping ok  \n\t[-]etcd failed: reason withheld\n  readyz check failed  \n', 500)).toEqual(expected);
  });

  it.each([
    ['failed: reason withheld', 'reason withheld'],
    ['failed:reason withheld', 'reason withheld'],
    ['failed:   reason withheld', 'reason withheld'],
    ['failed:', null],
    // Only the format's leading `failed:` is dropped; text that merely contains it is kept whole.
    ['error: failed: dial tcp 10.0.0.5:2379', 'error: failed: dial tcp 10.0.0.5:2379'],
  ])('a failed check `[-]etcd %s` has the reason %j', (rest, reason) => {
    expect(parseHealth(`[-]etcd ${rest}\nreadyz check failed\n`, 500)?.checks).toEqual([{ name: 'etcd', ok: false, excluded: false, reason }]);
  });

  it('cuts each line to 300 characters before reading it', () => {
    const [check] = parseHealth(`[-]etcd failed: ${'x'.repeat(400)}\nreadyz check failed\n`, 500)!.checks;
    expect(check?.reason).toBe('x'.repeat(300 - '[-]etcd failed: '.length));
  });

  it('keeps the first 500 checks of a longer list and still reads its verdict', () => {
    const names = Array.from({ length: 505 }, (_, i) => `check-${String(i).padStart(3, '0')}`);
    const health = parseHealth(`${names.map((name) => `[+]${name} ok`).join('\n')}\nreadyz check passed\n`, 200)!;
    expect(health.checks.map((c) => c.name)).toEqual(names.slice(0, 500));
    expect(health.passed).toBe(true);
  });

  it('keeps all of exactly 500 checks', () => {
    const names = Array.from({ length: 500 }, (_, i) => `check-${String(i).padStart(3, '0')}`);
    expect(parseHealth(`${names.map((name) => `[+]${name} ok`).join('\n')}\nlivez check passed\n`, 200)?.checks).toHaveLength(500);
  });

  it('reads a verdict line without checks (every check excluded from the answer)', () => {
    expect(parseHealth('readyz check passed\n', 200)).toEqual({ passed: true, checks: [] });
    expect(parseHealth('livez check failed\n', 500)).toEqual({ passed: false, checks: [] });
  });

  it('without a verdict line (cut-off text), passes only on 200 with every check ok', () => {
    expect(parseHealth('[+]ping ok\n[+]etcd ok\n', 200)).toEqual({ passed: true, checks: [ok('etcd'), ok('ping')] });
    expect(parseHealth('[+]ping ok\n[+]etcd ok\n', 500)?.passed).toBe(false);
    expect(parseHealth('[+]ping ok\n[-]etcd failed: reason withheld\n', 200)?.passed).toBe(false);
  });

  it("takes the text's `check failed` over a 200 status", () => {
    expect(parseHealth('[+]ping ok\nreadyz check failed\n', 200)).toEqual({ passed: false, checks: [ok('ping')] });
  });

  it('takes the verdict only from a line ending in it, not from one that mentions it', () => {
    expect(parseHealth('[+]ping ok\nreadyz check passed\nnote: a readyz check failed at 09:00 and was retried\n', 200)?.passed).toBe(true);
    expect(parseHealth('[+]ping ok\nreadyz check failed\nnote: the livez check passed at 09:00, not this one\n', 200)?.passed).toBe(false);
  });

  it.each([['ok'], [''], ['\n\n'], ['<html>502 Bad Gateway</html>']])('is null for text in another format: %j', (text) => {
    expect(parseHealth(text, 200)).toBeNull();
  });
});
