import { describe, expect, it } from 'vitest';
import { toWorkloads } from '../../src/snapshot/normalize/workloads.ts';
import { buildPod } from '../support/snapshot-builder.ts';
import { controller, rawState } from '../fixtures/raw-state.ts';

describe('toWorkloads: ReplicaSets', () => {
  it('gives a ReplicaSet no Deployment owns a row of its own, even without pods, and folds an owned one into its Deployment', () => {
    const raw = rawState({
      deployments: [controller('Deployment', 'coredns', { spec: { replicas: 2 }, status: { readyReplicas: 2 } })],
      replicaSets: [
        controller('ReplicaSet', 'coredns-7c65d6cfc9', { owner: { kind: 'Deployment', name: 'coredns' }, spec: { replicas: 2 }, status: { readyReplicas: 2 } }),
        controller('ReplicaSet', 'lonely-5d9f', { spec: { replicas: 3 }, status: { readyReplicas: 1 } }),
      ],
    });
    expect(toWorkloads(raw, []).map(({ kind, name, desired, ready }) => ({ kind, name, desired, ready }))).toEqual([
      { kind: 'Deployment', name: 'coredns', desired: 2, ready: 2 },
      { kind: 'ReplicaSet', name: 'lonely-5d9f', desired: 3, ready: 1 },
    ]);
  });
});

describe('toWorkloads: a CronJob row', () => {
  it('counts only its Ready pods as ready (a CronJob has no replica count) and lists its pods by name', () => {
    const backup = { kind: 'CronJob', name: 'backup' } as const;
    const pods = [
      buildPod({ name: 'backup-29123460-b', workload: backup }),
      buildPod({ name: 'backup-29123456-a', workload: backup, conditionReady: false, ready: '0/1', status: 'Completed', phase: 'Succeeded' }),
    ];
    const [row] = toWorkloads(rawState({ cronJobs: [controller('CronJob', 'backup')] }), pods);
    expect(row).toMatchObject({ kind: 'CronJob', name: 'backup', desired: null, ready: 1, pods: ['backup-29123456-a', 'backup-29123460-b'] });
  });
});

describe('toWorkloads: a row known only from its pods', () => {
  it('lists its pods by name, whatever order they come in', () => {
    const web = { kind: 'Deployment', name: 'web' } as const;
    const pods = [buildPod({ name: 'web-7d9c-b', workload: web }), buildPod({ name: 'web-7d9c-a', workload: web })];
    const [row] = toWorkloads(rawState({}), pods);
    expect(row).toMatchObject({ kind: 'Deployment', name: 'web', desired: null, pods: ['web-7d9c-a', 'web-7d9c-b'] });
  });
});
