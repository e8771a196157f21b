import { describe, expect, it } from 'vitest';
import { toConfigMap, toSecret } from '../../src/snapshot/normalize/config.ts';

describe('toConfigMap', () => {
  it('lists the keys of data and binaryData together, sorted, and keeps no text outside the allow-list', () => {
    const configMap = {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'my-app', namespace: 'kube-system', creationTimestamp: '2026-10-01T02:13:44Z' },
      data: { 'zeta.conf': 'z = 1\n', 'alpha.conf': 'a = 1\n' }, binaryData: { 'beta.bin': 'AAEC' },
    };
    expect(toConfigMap(configMap)).toEqual({ name: 'my-app', keys: ['alpha.conf', 'beta.bin', 'zeta.conf'], data: {}, createdAt: '2026-10-01T02:13:44Z' });
  });

  it('reads a ConfigMap with nothing in it as an empty name and no keys', () => {
    expect(toConfigMap({ kind: 'ConfigMap' })).toEqual({ name: '', keys: [], data: {}, createdAt: '1970-01-01T00:00:00Z' });
  });
});

describe('toSecret', () => {
  it('keeps the metadata a Secret table row holds: name, type, key count, labels, age', () => {
    const secret = { metadata: { name: 'bootstrap-token-abcdef', creationTimestamp: '2026-11-24T02:00:00Z', labels: { 'app.kubernetes.io/managed-by': 'kubeadm' } }, type: 'bootstrap.kubernetes.io/token', keyCount: 6 };
    expect(toSecret(secret)).toEqual({ name: 'bootstrap-token-abcdef', type: 'bootstrap.kubernetes.io/token', keyCount: 6, labels: { 'app.kubernetes.io/managed-by': 'kubeadm' }, createdAt: '2026-11-24T02:00:00Z' });
  });

  it('reads a nameless row as an empty name', () => {
    expect(toSecret({ metadata: {}, type: 'Opaque', keyCount: 0 })).toEqual({ name: '', type: 'Opaque', keyCount: 0, labels: {}, createdAt: '1970-01-01T00:00:00Z' });
  });
});
