/**
 * kubectl's printPod counts a pod's containers (READY, RESTARTS) once its Initialized condition is
 * True, even while an init container's last status still reads as failed
 * (`if !initializing || isPodInitializedConditionTrue(&pod.Status)`); STATUS keeps the init
 * container's reason, as kubectl does. Conditions come in the kubelet's order.
 */
import { describe, expect, it } from 'vitest';
import { podColumns } from '../../src/snapshot/pod-status.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

function pod(initialized: 'True' | 'False' | null): KubeObject {
  const condition = (type: string, status: string) => ({ type, status, lastTransitionTime: '2026-11-24T09:00:00Z' });
  const ready = initialized === 'True' ? 'True' : 'False';
  return {
    metadata: { name: 'coredns-668d6bf9bc-4xk2p' },
    spec: { initContainers: [{ name: 'init-config' }], containers: [{ name: 'coredns' }] },
    status: {
      phase: initialized === 'True' ? 'Running' : 'Pending',
      conditions: initialized === null ? [] : [
        condition('PodReadyToStartContainers', 'True'),
        condition('Initialized', initialized),
        condition('Ready', ready),
        condition('ContainersReady', ready),
        condition('PodScheduled', 'True'),
      ],
      initContainerStatuses: [{ name: 'init-config', ready: false, restartCount: 1, state: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-11-24T09:05:00Z' } } }],
      containerStatuses: [
        initialized === 'True'
          ? { name: 'coredns', ready: true, restartCount: 2, started: true, state: { running: { startedAt: '2026-11-24T09:06:00Z' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-11-24T09:04:00Z' } } }
          : { name: 'coredns', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } },
      ],
    },
  };
}

describe('podColumns: the Initialized condition', () => {
  it("counts the containers' READY and RESTARTS once Initialized is True, whatever the init container last said", () => {
    expect(podColumns(pod('True'))).toEqual({ status: 'Init:Error', ready: '1/1', restarts: 2, lastRestartAt: '2026-11-24T09:04:00Z', conditionReady: true });
  });

  it('shows the failed init container while Initialized is False, though other conditions before it are True', () => {
    expect(podColumns(pod('False'))).toEqual({ status: 'Init:Error', ready: '0/1', restarts: 1, lastRestartAt: null, conditionReady: false });
  });

  it('shows the failed init container when the pod reports no conditions', () => {
    expect(podColumns(pod(null))).toEqual({ status: 'Init:Error', ready: '0/1', restarts: 1, lastRestartAt: null, conditionReady: false });
  });
});
