import { describe, expect, it } from 'vitest';
import { fillPlaceholders, liveValue, placeholdersIn, LIVE_VALUES, type LiveValueName } from '../../src/site/live-values.ts';
import { buildSealedSecretsKey, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

describe('live values', () => {
  it.each([
    ['clusterName', 'rpi-cluster'],
    ['namespace', 'kube-system'],
    ['controlPlaneNode', 'rpi-master-1'],
    ['sealedSecretsKey', 'sealed-secrets-keygs4s4'],
    ['sealedSecretsController', 'sealed-secrets-controller'],
    ['sealedSecretNamespace', 'household-task-manager'],
    ['kubeDnsIP', '10.96.0.10'],
    ['apiServiceIP', '10.96.0.1'],
    ['apiServer', 'https://192.168.1.10:6443'],
  ] satisfies [LiveValueName, string][])('%s comes from the seed snapshot', (name, expected) => {
    expect(liveValue(name, seedSnapshot())).toEqual({ value: expected, known: true });
  });

  it('covers every rule in the table above', () => {
    expect(Object.keys(LIVE_VALUES)).toHaveLength(9);
  });

  it('takes the newest active sealed-secrets key after a rotation', () => {
    const rotated = seedSnapshot({
      secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4', '2026-10-01T00:00:00Z'), buildSealedSecretsKey('sealed-secrets-keyz9x8w', '2026-11-20T00:00:00Z')],
    });
    expect(liveValue('sealedSecretsKey', rotated).value).toBe('sealed-secrets-keyz9x8w');
  });

  it.each([
    ['no snapshot', null],
    ['an empty snapshot', buildSnapshot()],
  ])('falls back to a hint with %s', (_name, snapshot) => {
    expect(liveValue('sealedSecretsKey', snapshot)).toEqual({ value: '<sealed-secrets鍵のSecret名>', known: false });
    expect(liveValue('controlPlaneNode', snapshot)).toEqual({ value: '<コントロールプレーンのノード名>', known: false });
  });

  it('fills every placeholder of a command, spaces inside braces allowed', () => {
    const command = 'kubectl get secret -n {{namespace}} {{ sealedSecretsKey }} -o yaml\nssh {{controlPlaneNode}}';
    expect(placeholdersIn(command)).toEqual(['namespace', 'sealedSecretsKey', 'controlPlaneNode']);
    expect(fillPlaceholders(command, seedSnapshot(), 'backup.mdx')).toBe('kubectl get secret -n kube-system sealed-secrets-keygs4s4 -o yaml\nssh rpi-master-1');
  });

  it('leaves shell braces that are not placeholders alone', () => {
    expect(fillPlaceholders('echo ${HOME} {a,b} {{ }}', seedSnapshot(), 'x.mdx')).toBe('echo ${HOME} {a,b} {{ }}');
  });

  it('stops on an unknown placeholder, naming the page and the known names', () => {
    expect(() => fillPlaceholders('ssh {{controlPlane}}', seedSnapshot(), 'src/content/docs/etcd.mdx')).toThrowErrorMatchingInlineSnapshot(
      `[RunbookError: src/content/docs/etcd.mdx: unknown placeholder {{controlPlane}}; use one of {{clusterName}}, {{namespace}}, {{controlPlaneNode}}, {{sealedSecretsKey}}, {{sealedSecretsController}}, {{sealedSecretNamespace}}, {{kubeDnsIP}}, {{apiServiceIP}}, {{apiServer}} (src/site/live-values.ts)]`,
    );
  });
});
