/**
 * The YAML config allow-list (redact/yaml-config.ts) on small documents: the alias bound and numbers
 * in kubeadm's extraArgs. test/unit/redact-config.test.ts runs it on real kubeadm/kubelet/kube-proxy configs.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { FLAGS, redactYamlConfig } from '../../src/snapshot/redact/yaml-config.ts';

/** A document whose `values` list repeats one anchored scalar `count` times through aliases. */
function withAliases(count: number): string {
  return `anchor: &port 6443\nvalues:\n${'  - *port\n'.repeat(count)}`;
}

describe('redactYamlConfig', () => {
  it('reads a document with fewer than 50 aliases, and refuses one with more', () => {
    expect(redactYamlConfig(withAliases(49), { anchor: true, values: true })).toBe(`anchor: 6443\nvalues:\n${'  - 6443\n'.repeat(49)}`);
    expect(redactYamlConfig(withAliases(60), { anchor: true, values: true })).toBe(REDACTED);
  });

  it('shows a number given to a safe flag, as the text kubeadm passes, and masks one given to another flag', () => {
    const text = 'extraArgs:\n  v: 4\n  secure-port: 6443\n  min-request-timeout: 1800\n';
    expect(redactYamlConfig(text, { extraArgs: FLAGS })).toBe(`extraArgs:\n  v: "4"\n  secure-port: "6443"\n  min-request-timeout: "${REDACTED}"\n`);
  });

  it('does the same for the name/value list of kubeadm v1beta4', () => {
    const text = 'extraArgs:\n  - name: v\n    value: 4\n  - name: min-request-timeout\n    value: 1800\n';
    expect(redactYamlConfig(text, { extraArgs: FLAGS })).toBe(`extraArgs:\n  - name: v\n    value: "4"\n  - name: min-request-timeout\n    value: "${REDACTED}"\n`);
  });
});

describe('redactYamlConfig: empty values, maps under `true` and `*`, long lines', () => {
  it('shows an empty value (null, ~ or nothing) as null, on the allow-list or not: it holds nothing to hide', () => {
    expect(redactYamlConfig('a: null\nb:\nc: ~\nkept:\n  - null\n', { kept: true })).toBe('a: null\nb: null\nc: null\nkept:\n  - null\n');
  });

  it('keeps a whole map under `true`, every key at every depth', () => {
    const text = 'featureGates:\n  RotateKubeletServerCertificate: true\n  Nested:\n    depth: two\n';
    expect(redactYamlConfig(text, { featureGates: true })).toBe(text);
  });

  it('applies a `*` rule to every key of its map, and masks what the rule does not list', () => {
    const text = 'nodes:\n  n1:\n    port: 10250\n    token: abc\n  n2:\n    port: 10255\n';
    expect(redactYamlConfig(text, { nodes: { '*': { port: true } } })).toBe(`nodes:\n  n1:\n    port: 10250\n    token: "${REDACTED}"\n  n2:\n    port: 10255\n`);
  });

  it('prints a long value on one line, not folded at 80 columns', () => {
    const long = `${'a'.repeat(70)} ${'b'.repeat(30)}`;
    expect(redactYamlConfig(`clusterName: ${long}\n`, { clusterName: true })).toBe(`clusterName: ${long}\n`);
  });

  it('masks a document that is not YAML, and one that is not a mapping', () => {
    expect(redactYamlConfig('a: [unclosed\n', { a: true })).toBe(REDACTED);
    expect(redactYamlConfig('- a\n- b\n', { a: true })).toBe(REDACTED);
  });
});
