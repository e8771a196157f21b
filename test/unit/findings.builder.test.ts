import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../src/snapshot/schema.ts';
import { buildPod, buildSnapshot, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';

describe('snapshot builder', () => {
  it('builds the seed cluster with the seed runbook numbers', () => {
    const seed = seedSnapshot();
    expect(SnapshotSchema.parse(seed)).toEqual(seed);
    expect(seed.workloads.map((w) => `${w.name} ${w.kind} ${w.ready}/${w.desired} ${w.restarts}`)).toMatchInlineSnapshot(`
      [
        "coredns Deployment 2/2 0",
        "etcd-rpi-master-1 StaticPod 1/1 1",
        "kube-apiserver-rpi-master-1 StaticPod 1/1 11",
        "kube-controller-manager-rpi-master-1 StaticPod 1/1 392",
        "kube-proxy DaemonSet 3/3 0",
        "kube-scheduler-rpi-master-1 StaticPod 1/1 6",
        "sealed-secrets-controller Deployment 1/1 0",
      ]
    `);
  });

  it('rejects a snapshot the schema would reject', () => {
    expect(() => buildSnapshot({ pods: [{ ...buildPod(), ready: 'one of one' }] })).toThrow(/ready/);
  });

  it('patches one pod and keeps its container and workload in step', () => {
    const later = patchPod(seedSnapshot(), 'etcd-rpi-master-1', { restarts: 4 });
    expect(later.pods.find((p) => p.name === 'etcd-rpi-master-1')?.containers[0]?.restarts).toBe(4);
    expect(later.workloads.find((w) => w.name === 'etcd-rpi-master-1')?.restarts).toBe(4);
  });
});
