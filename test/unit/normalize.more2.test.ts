import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/snapshot/normalize.ts';
import { RunbookError } from '../../src/snapshot/errors.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { rawState, seedRaw } from '../fixtures/raw-state.ts';

describe('normalize: order', () => {
  it('sorts Secrets by name', () => {
    const secret = (name: string, type: string) => ({ metadata: { name, namespace: 'kube-system', creationTimestamp: '2026-11-12T08:14:20Z' }, type, keyCount: 1 });
    const snapshot = normalize(rawState({ secrets: [secret('sealed-secrets-keyabc12', 'kubernetes.io/tls'), secret('bootstrap-token-abcdef', 'bootstrap.kubernetes.io/token')] }));
    expect(snapshot.secrets.map((s) => s.name)).toEqual(['bootstrap-token-abcdef', 'sealed-secrets-keyabc12']);
  });

  it('sorts gaps by resource', () => {
    const snapshot = normalize(rawState({
      gaps: [
        { resource: 'leases', reason: 'forbidden', httpStatus: 403, message: 'leases.coordination.k8s.io is forbidden' },
        { resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden' },
      ],
    }));
    expect(snapshot.gaps.map((g) => g.resource)).toEqual(['events', 'leases']);
  });
});

describe('normalize: the cluster CA from cluster-info', () => {
  it('is a certificate of its own, read from the kube-public/cluster-info kubeconfig', async () => {
    const raw = await seedRaw('2026-11-24T09:30:00Z');
    expect(normalize({ ...raw, certificates: [] }).certificates).toEqual([
      {
        id: 'cluster-info/ca',
        source: 'cluster-info',
        name: 'ca',
        location: 'kube-public/configmaps/cluster-info',
        subject: 'CN=kubernetes',
        issuer: 'CN=kubernetes',
        sans: [],
        notBefore: '2026-11-25T17:46:20Z',
        notAfter: '2036-11-22T17:46:20Z',
        selfSigned: true,
        isCA: true,
        caName: null,
        externallyManaged: null,
        missing: false,
      },
    ]);
  });
});

describe('normalize: a bad value in an object with a very long name', () => {
  it('names the object by the first 100 characters of its name only', () => {
    const name = `${'a'.repeat(100)}${'b'.repeat(50)}`;
    const pod: KubeObject = {
      apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'kube-system', creationTimestamp: '2026-11-24T09:00:00Z' },
      spec: { containers: [{ name: 'c', image: 'i' }] },
      status: { phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount: -5, state: { running: {} } }] },
    };
    expect(() => normalize(rawState({ pods: [pod] }))).toThrow(expect.objectContaining({
      constructor: RunbookError,
      code: 'E_INPUT',
      message: `the input holds a value no API server sends: pods[0].restarts: Too small: expected number to be >=0 (and 1 more problem) (object "${'a'.repeat(100)}"); fix that field in the --from files (or, if they came from a real cluster, report it)`,
    }));
  });
});
