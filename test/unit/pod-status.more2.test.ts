import { describe, expect, it } from 'vitest';
import { podColumns } from '../../src/snapshot/pod-status.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

describe('podColumns: a pod being deleted', () => {
  const deleted = (phase: string, reason: string, containerReason: string): KubeObject => ({
    metadata: { name: 'kube-proxy-7mfwd', deletionTimestamp: '2026-11-24T09:00:00Z' },
    spec: { containers: [{ name: 'kube-proxy' }] },
    status: { phase, reason, containerStatuses: [{ name: 'kube-proxy', ready: false, restartCount: 0, state: { terminated: { exitCode: 137, reason: containerReason } } }] },
  });

  // kubectl's printPod: a terminated container's reason wins over the pod's, and only a pod that is not
  // Succeeded or Failed becomes Terminating.
  it('keeps the container reason of a Failed pod (an evicted one: kubectl does not call it Terminating)', () => {
    expect(podColumns(deleted('Failed', 'Evicted', 'ContainerStatusUnknown')).status).toBe('ContainerStatusUnknown');
  });

  it('keeps the container reason of a Succeeded pod', () => {
    expect(podColumns(deleted('Succeeded', '', 'Completed')).status).toBe('Completed');
  });

  it('calls a Running pod Terminating', () => {
    expect(podColumns(deleted('Running', '', 'Error')).status).toBe('Terminating');
  });
});

describe('podColumns: the last restart', () => {
  it('is null when RESTARTS is 0, even if a container reports a last termination', () => {
    const pod: KubeObject = {
      metadata: { name: 'etcd-rpi-master-1' },
      spec: { containers: [{ name: 'etcd' }] },
      status: {
        phase: 'Running',
        containerStatuses: [{
          name: 'etcd', ready: true, restartCount: 0, state: { running: { startedAt: '2026-11-24T08:00:00Z' } },
          lastState: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: '2026-11-24T07:59:00Z' } },
        }],
      },
    };
    expect(podColumns(pod)).toEqual({ status: 'Running', ready: '1/1', restarts: 0, lastRestartAt: null, conditionReady: false });
  });
});
