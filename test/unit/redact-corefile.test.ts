/**
 * The Corefile allow-list (redact/corefile.ts) on k3s's default Corefile (k3s manifests/coredns.yaml),
 * which has a top-level `import` line outside any server block, and on the edge cases of its parser.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { redactCorefile } from '../../src/snapshot/redact/corefile.ts';

const K3S_COREFILE = `.:53 {
    errors
    health
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
      pods insecure
      fallthrough in-addr.arpa ip6.arpa
    }
    hosts /etc/coredns/NodeHosts {
      ttl 60
      reload 15s
      fallthrough
    }
    prometheus :9153
    forward . /etc/resolv.conf
    cache 30
    loop
    reload
    loadbalance
    import /etc/coredns/custom/*.override
}
import /etc/coredns/custom/*.server
`;

describe('redactCorefile', () => {
  it("prints k3s's Corefile back whole, its top-level import line included, directives at a 4-space step", () => {
    expect(redactCorefile(K3S_COREFILE)).toBe(K3S_COREFILE.replaceAll('\n      ', '\n        '));
  });

  it('keeps every key of a server block, one space apart', () => {
    expect(redactCorefile('example.org:53   example.com:53 {\n  errors\n}\n')).toBe('example.org:53 example.com:53 {\n    errors\n}\n');
  });

  it('shows a plugin it does not know by name alone, and masks its arguments and block', () => {
    expect(redactCorefile('.:53 {\n  dnssec\n  tsig example.org {\n    secret c2VjcmV0\n  }\n}\n')).toBe(
      `.:53 {\n    dnssec\n    tsig ${REDACTED}\n}\n`,
    );
  });

  it('masks a block that opens without a plugin name, and a nested block in a plugin', () => {
    expect(redactCorefile('.:53 {\n  { hidden }\n  rewrite {\n    { nested }\n  }\n}\n')).toBe(
      `.:53 {\n    ${REDACTED} ${REDACTED}\n    rewrite {\n        ${REDACTED}\n    }\n}\n`,
    );
  });

  it('prints nothing for a Corefile of comments and blank lines', () => {
    expect(redactCorefile('# kubectl edit cm coredns\n\n   \n')).toBe('');
    expect(redactCorefile('')).toBe('');
  });

  it('keeps a quoted argument whole, its spaces and braces included, and reads on after its closing quote', () => {
    const text = '.:53 {\n    template IN A example.org {\n        answer "{{ .Name }} 60 IN A 127.0.0.1" `x y`\n        match `^(www)\\.`\n    }\n    errors\n}\n';
    expect(redactCorefile(text)).toBe(text);
  });

  it('masks an unclosed quote and everything after it: the rest of the file would otherwise be shown as one argument', () => {
    expect(redactCorefile('.:53 {\n  log "x\n  tsig example.org {\n    secret c2VjcmV0\n  }\n}\n')).toBe(`.:53 {\n    log ${REDACTED}\n}\n`);
    expect(redactCorefile('.:53 {\n  log `x {\n}\n')).toBe(`.:53 {\n    log ${REDACTED}\n}\n`);
  });
});
