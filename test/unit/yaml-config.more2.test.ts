/**
 * More edges of the YAML config allow-list (redact/yaml-config.ts): empty values, subtrees kept whole,
 * scalars where the allow-list expects a mapping, booleans and non-scalars in kubeadm's extraArgs,
 * and documents that are not a mapping.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { FLAGS, redactYamlConfig } from '../../src/snapshot/redact/yaml-config.ts';

const R = REDACTED;

describe('redactYamlConfig: the allow-list', () => {
  it('keeps an empty value empty, whatever the rule', () => {
    expect(redactYamlConfig('shown:\nnested:\nhidden:\nflags:\n', { shown: true, nested: { inner: true }, flags: FLAGS })).toBe('shown: null\nnested: null\nhidden: null\nflags: null\n');
  });

  it('keeps every key of a subtree allowed whole, each scalar still checked', () => {
    const text = 'authentication:\n  webhook:\n    enabled: true\n    cacheTTL: 2m0s\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n  extra:\n    - password=hunter2\n';
    expect(redactYamlConfig(text, { authentication: true })).toBe(
      `authentication:\n  webhook:\n    enabled: true\n    cacheTTL: 2m0s\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n  extra:\n    - password=${R}\n`,
    );
  });

  it('masks a scalar where the allow-list expects a mapping', () => {
    expect(redactYamlConfig('networking: 10.244.0.0/16\nlist:\n  - hunter2\n', { networking: { podSubnet: true }, list: { name: true } })).toBe(`networking: "${R}"\nlist:\n  - "${R}"\n`);
  });
});

describe('redactYamlConfig: kubeadm extraArgs', () => {
  it('shows a boolean given to any flag, as YAML boolean or quoted string', () => {
    const text = 'extraArgs:\n  enable-frobnication: true\n  debug: "false"\n  frobnicate: "yes"\n';
    expect(redactYamlConfig(text, { extraArgs: FLAGS })).toBe(`extraArgs:\n  enable-frobnication: true\n  debug: "false"\n  frobnicate: "${R}"\n`);
  });

  it('masks a mapping, a list or an empty value given to a safe flag', () => {
    const text = 'extraArgs:\n  v:\n    password: hunter2\n  secure-port:\n    - 6443\n  bind-address:\n';
    expect(redactYamlConfig(text, { extraArgs: FLAGS })).toBe(`extraArgs:\n  v: "${R}"\n  secure-port: "${R}"\n  bind-address: "${R}"\n`);
  });

  it('masks extraArgs written as one scalar', () => {
    expect(redactYamlConfig('extraArgs: --token=abc\n', { extraArgs: FLAGS })).toBe(`extraArgs: "${R}"\n`);
  });

  it('masks a list item that is not a name/value mapping, an empty one included', () => {
    expect(redactYamlConfig('extraArgs:\n  - null\n  - --token=abc\n  - name: v\n', { extraArgs: FLAGS })).toBe(`extraArgs:\n  - "${R}"\n  - "${R}"\n  - name: v\n`);
  });
});

describe('redactYamlConfig: documents that are not a mapping', () => {
  it.each([
    ['empty', ''],
    ['comments only', '# kubeadm config\n'],
    ['null', 'null\n'],
    ['a list', '- a\n- b\n'],
    ['a scalar', 'hunter2\n'],
    ['not YAML', 'a: [\n'],
  ])('shows one marker for %s', (_case, text) => {
    expect(redactYamlConfig(text, { a: true })).toBe(R);
  });
});
