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
