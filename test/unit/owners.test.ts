import { describe, expect, it } from 'vitest';
import { ownerIndex, topOwner } from '../../src/snapshot/normalize/owners.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { controller, runningPod } from '../fixtures/raw-state.ts';

const rs = (name: string, owner?: string) => controller('ReplicaSet', name, owner ? { owner: { kind: 'Deployment', name: owner } } : {});
const job = (name: string, owner?: string) => controller('Job', name, owner ? { owner: { kind: 'CronJob', name: owner } } : {});
const owned = (kind: string, name: string, labels?: Record<string, string>) => runningPod('p', { owners: [{ kind, name, controller: true }], labels });

type Lists = { replicaSets?: KubeObject[]; jobs?: KubeObject[]; deployments?: KubeObject[]; cronJobs?: KubeObject[] };

describe('topOwner', () => {
  it.each<[string, KubeObject, Lists, string]>([
    ['Deployment through its ReplicaSet', owned('ReplicaSet', 'coredns-7c65d6cfc9'), { replicaSets: [rs('coredns-7c65d6cfc9', 'coredns')] }, 'Deployment coredns'],
    ['a ReplicaSet without a Deployment', owned('ReplicaSet', 'lonely-abc'), { replicaSets: [rs('lonely-abc')] }, 'ReplicaSet lonely-abc'],
    ['ReplicaSet absent, its Deployment present: named from pod-template-hash', owned('ReplicaSet', 'coredns-7c65d6cfc9', { 'pod-template-hash': '7c65d6cfc9' }), { deployments: [controller('Deployment', 'coredns')] }, 'Deployment coredns'],
    ['ReplicaSet and Deployment absent: the ReplicaSet is kept', owned('ReplicaSet', 'coredns-7c65d6cfc9', { 'pod-template-hash': '7c65d6cfc9' }), {}, 'ReplicaSet coredns-7c65d6cfc9'],
    ['ReplicaSet absent, hash label does not fit the name', owned('ReplicaSet', 'coredns-7c65d6cfc9', { 'pod-template-hash': 'other' }), { deployments: [controller('Deployment', 'coredns')] }, 'ReplicaSet coredns-7c65d6cfc9'],
    ['ReplicaSet absent, a hash label of the same length but another value', owned('ReplicaSet', 'coredns-7c65d6cfc9', { 'pod-template-hash': '5d4b8f9c7d' }), { deployments: [controller('Deployment', 'coredns')] }, 'ReplicaSet coredns-7c65d6cfc9'],
    ['ReplicaSet absent, the hash not after a dash', owned('ReplicaSet', 'coredns.7c65d6cfc9', { 'pod-template-hash': '7c65d6cfc9' }), { deployments: [controller('Deployment', 'coredns')] }, 'ReplicaSet coredns.7c65d6cfc9'],
    ['CronJob through its Job', owned('Job', 'backup-29123456'), { jobs: [job('backup-29123456', 'backup')] }, 'CronJob backup'],
    ['a Job without a CronJob', owned('Job', 'migrate'), { jobs: [job('migrate')] }, 'Job migrate'],
    ['Job absent, its CronJob present', owned('Job', 'backup-29123456'), { cronJobs: [controller('CronJob', 'backup')] }, 'CronJob backup'],
    ['Job and CronJob absent', owned('Job', 'backup-29123456'), {}, 'Job backup-29123456'],
    ['Job absent, a CronJob fits only a prefix: the name must end in -<digits>', owned('Job', 'backup-1-manual'), { cronJobs: [controller('CronJob', 'backup')] }, 'Job backup-1-manual'],
    ['DaemonSet', owned('DaemonSet', 'kube-proxy'), {}, 'DaemonSet kube-proxy'],
    ['StatefulSet', owned('StatefulSet', 'etcd-ha'), {}, 'StatefulSet etcd-ha'],
    ['mirror pod by annotation', runningPod('etcd-rpi-master-1', { annotations: { 'kubernetes.io/config.mirror': 'abc' } }), {}, 'StaticPod etcd-rpi-master-1'],
    ['mirror pod by Node owner', runningPod('kube-scheduler-rpi-master-1', { owners: [{ kind: 'Node', name: 'rpi-master-1', controller: true }] }), {}, 'StaticPod kube-scheduler-rpi-master-1'],
    ['no owner', runningPod('debug'), {}, 'Pod debug'],
    ['an owner of another kind', runningPod('vm-launcher', { owners: [{ kind: 'VirtualMachineInstance', name: 'vm', controller: true }] }), {}, 'Pod vm-launcher'],
    ['the controller owner wins over the first one', runningPod('p', { owners: [{ kind: 'ConfigMap', name: 'x' }, { kind: 'DaemonSet', name: 'ds', controller: true }] }), {}, 'DaemonSet ds'],
  ])('%s', (_case, pod, lists, expected) => {
    const index = ownerIndex({ replicaSets: [], jobs: [], deployments: [], cronJobs: [], ...lists });
    const ref = topOwner(pod, index);
    expect(`${ref.kind} ${ref.name}`).toBe(expected);
  });
});

describe('ownerIndex', () => {
  it('indexes each controller by name; one without a name (a hand-made dump) under the empty name', () => {
    const nameless: KubeObject = { kind: 'ReplicaSet', metadata: {} };
    const index = ownerIndex({ replicaSets: [rs('coredns-7c65d6cfc9'), nameless], jobs: [job('backup-29123456')], deployments: [controller('Deployment', 'coredns'), { kind: 'Deployment' }], cronJobs: [controller('CronJob', 'backup')] });
    expect(index).toEqual({
      replicaSets: new Map([['coredns-7c65d6cfc9', rs('coredns-7c65d6cfc9')], ['', nameless]]),
      jobs: new Map([['backup-29123456', job('backup-29123456')]]),
      deployments: new Set(['coredns', '']),
      cronJobs: new Set(['backup']),
    });
  });
});

describe('topOwner of a pod without a name', () => {
  it('is a Pod named with the empty name, not a guess', () => {
    const index = ownerIndex({ replicaSets: [], jobs: [], deployments: [], cronJobs: [] });
    expect(topOwner({ kind: 'Pod', metadata: {} }, index)).toEqual({ kind: 'Pod', name: '' });
  });
});
