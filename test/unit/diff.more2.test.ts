import { describe, expect, it } from 'vitest';
import { diff, summarize, type SnapshotDiff } from '../../src/snapshot/diff.ts';
import { buildGap, buildPod, buildSealedSecretsKey, buildSecret, buildService, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

const BEFORE = '2026-11-23T09:30:00Z';

describe('diff: a pod of the same name', () => {
  const pair = (from: { status: string; ready: string }, to: { status: string; ready: string }) =>
    diff(
      buildSnapshot({ capturedAt: BEFORE, pods: [buildPod({ name: 'etcd-m', ...from })] }),
      buildSnapshot({ pods: [buildPod({ name: 'etcd-m', ...to })] }),
    ).pods.status.map((s) => ({ from: s.from, to: s.to }));

  it('is listed when only its STATUS changed', () => {
    expect(pair({ status: 'Running', ready: '1/1' }, { status: 'CrashLoopBackOff', ready: '1/1' })).toEqual([
      { from: { status: 'Running', ready: '1/1' }, to: { status: 'CrashLoopBackOff', ready: '1/1' } },
    ]);
  });

  it('is listed when only its READY changed', () => {
    expect(pair({ status: 'Running', ready: '1/1' }, { status: 'Running', ready: '0/1' })).toEqual([
      { from: { status: 'Running', ready: '1/1' }, to: { status: 'Running', ready: '0/1' } },
    ]);
  });

  it('is not listed when neither changed', () => {
    expect(pair({ status: 'Running', ready: '1/1' }, { status: 'Running', ready: '1/1' })).toEqual([]);
  });
});

describe('diff: services of another namespace', () => {
  it('names the API server Service `default/kubernetes`, a kube-system Service by its name alone', () => {
    const before = seedSnapshot({ capturedAt: BEFORE, apiService: null, services: [] });
    const after = seedSnapshot({ services: [buildService({ name: 'kube-dns' })] });
    expect(diff(before, after).services).toEqual({ added: ['default/kubernetes', 'kube-dns'], removed: [], changed: [] });
  });

  it('compares the API server Service with itself, not with a kube-system namesake', () => {
    const api = buildService({ namespace: 'default', name: 'kubernetes', clusterIP: '10.96.0.1', ports: ['443/TCP'] });
    const namesake = buildService({ namespace: 'kube-system', name: 'kubernetes', clusterIP: '10.96.0.50', ports: ['443/TCP'] });
    const before = seedSnapshot({ capturedAt: BEFORE, apiService: api, services: [namesake] });
    const after = seedSnapshot({ apiService: { ...api, clusterIP: '10.96.0.2' }, services: [namesake] });
    expect(diff(before, after).services).toEqual({
      added: [],
      removed: [],
      changed: [{ name: 'default/kubernetes', field: 'clusterIP', from: '10.96.0.1', to: '10.96.0.2' }],
    });
  });
});

describe('diff: secrets and gaps', () => {
  it('marks only the labelled Secret as a sealed-secrets key', () => {
    const before = buildSnapshot({ capturedAt: BEFORE });
    const after = buildSnapshot({ secrets: [buildSealedSecretsKey('sealed-secrets-keyabc12'), buildSecret({ name: 'bootstrap-token-abcdef', type: 'bootstrap.kubernetes.io/token' })] });
    expect(diff(before, after).secrets).toEqual({
      added: [
        { name: 'bootstrap-token-abcdef', type: 'bootstrap.kubernetes.io/token', sealedSecretsKey: false },
        { name: 'sealed-secrets-keyabc12', type: 'kubernetes.io/tls', sealedSecretsKey: true },
      ],
      removed: [],
    });
  });

  it('tells gaps apart by resource and reason', () => {
    const events = buildGap({ resource: 'events', reason: 'forbidden' });
    const leases = buildGap({ resource: 'leases', reason: 'forbidden', message: 'leases is forbidden' });
    const eventsError = buildGap({ resource: 'events', reason: 'error', httpStatus: 500, message: 'Internal error' });
    const d = diff(buildSnapshot({ capturedAt: BEFORE, gaps: [events] }), buildSnapshot({ gaps: [leases, eventsError] }));
    expect(d.gaps).toEqual({ appeared: [eventsError, leases], resolved: [events] });
  });
});

describe('summarize', () => {
  /** A diff whose every list has its own length, so a sum can't hide a wrong operator. */
  const items = (n: number) => Array.from({ length: n }, () => ({}));
  const d = {
    clusterVersion: { from: 'v1.30.4', to: 'v1.31.1' },
    pods: { added: items(1), removed: items(2), replaced: items(4), status: items(8), restarts: items(16) },
    workloads: {
      added: items(3),
      removed: items(5),
      restarts: [{ delta: 7 }, { delta: -100 }, { delta: 2 }],
      replicas: items(9),
      images: items(6),
    },
    nodes: { added: items(10), removed: items(11), ready: items(12), versions: items(13) },
    configMaps: { added: items(14), removed: items(15) },
    secrets: { added: items(17), removed: items(18) },
    services: { added: items(19), removed: items(20), changed: items(21) },
    certificates: { added: items(22), removed: items(23), renewed: items(24), expiring: items(25) },
    endpoints: items(26),
    findings: { appeared: items(27), resolved: items(28) },
    gaps: { appeared: items(29), resolved: items(30) },
  } as unknown as SnapshotDiff;

  it('counts every kind of change and sums them into the total', () => {
    expect(summarize(d)).toEqual({
      podsAdded: 1,
      podsRemoved: 2,
      podsReplaced: 4,
      statusChanges: 8,
      restartIncrease: 9,
      imageChanges: 6,
      versionChanges: 14,
      replicaChanges: 9 + 3 + 5,
      nodeChanges: 10 + 11 + 12,
      configMapChanges: 14 + 15,
      secretChanges: 17 + 18,
      serviceChanges: 19 + 20 + 21,
      certificateChanges: 22 + 23 + 24,
      certificatesExpiring: 25,
      endpointChanges: 26,
      findingsAppeared: 27,
      findingsResolved: 28,
      gapChanges: 29 + 30,
      // Every entry once, the 16 pod and 3 workload restart rows included.
      total: 1 + 2 + 4 + 8 + 16 + 3 + 6 + 14 + 17 + 33 + 29 + 35 + 60 + 69 + 25 + 26 + 27 + 28 + 59,
    });
  });
});
