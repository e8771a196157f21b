import { describe, expect, it } from 'vitest';
import { describeLabels, labelTargets } from '../../src/site/alerts/label-targets.ts';
import type { NodeCondition } from '../../src/snapshot/schema.ts';
import { buildNode, seedSnapshot } from '../support/snapshot-builder.ts';

const targets = labelTargets(seedSnapshot());
const lines = (query: string) => describeLabels(new URLSearchParams(query), targets);

describe('alert link labels against the snapshot', () => {
  it('describes the pod and node an Alertmanager link names', () => {
    expect(lines('namespace=kube-system&pod=kube-controller-manager-rpi-master-1&node=rpi-master-1')).toEqual([
      'Pod kube-controller-manager-rpi-master-1: ステータス Running、READY 1/1、再起動 392 回、ノード rpi-master-1',
      'ノード rpi-master-1: Ready',
    ]);
  });

  it('describes a workload named by kube-state-metrics\' label', () => {
    expect(lines('namespace=kube-system&deployment=coredns')).toEqual(['Deployment coredns: 準備完了 2 / 指定 2']);
  });

  it('matches a workload by both kind and name, for each of kube-state-metrics\' workload labels', () => {
    expect(lines('deployment=sealed-secrets-controller&daemonset=kube-proxy')).toEqual([
      'Deployment sealed-secrets-controller: 準備完了 1 / 指定 1',
      'DaemonSet kube-proxy: 準備完了 3 / 指定 3',
    ]);
    // The seed has a Deployment coredns and a DaemonSet kube-proxy, but no DaemonSet coredns nor Deployment kube-proxy.
    const missing = 'スナップショットにありません(取得後に作られたか、名前が変わった可能性があります。今の状態は不明です)。';
    expect(lines('daemonset=coredns&statefulset=kube-proxy&job_name=coredns')).toEqual([
      `DaemonSet coredns: ${missing}`,
      `StatefulSet kube-proxy: ${missing}`,
      `Job coredns: ${missing}`,
    ]);
  });

  it('says an object is missing from the snapshot rather than guessing', () => {
    expect(lines('namespace=kube-system&pod=coredns-gone')).toEqual([
      'Pod coredns-gone: スナップショットにありません(取得後に作られたか、名前が変わった可能性があります。今の状態は不明です)。',
    ]);
  });

  it('says 不明 for another namespace and does not match its pod names against kube-system', () => {
    expect(lines('namespace=monitoring&pod=kube-controller-manager-rpi-master-1')).toEqual([
      'namespace=monitoring: このサイトは kube-system だけを記録しているため、この namespace の状態は不明です。',
    ]);
  });

  it('says nothing when the link carries no object labels', () => {
    expect(lines('')).toEqual([]);
    expect(lines('severity=critical')).toEqual([]);
  });
});

describe('labelTargets: a node\'s pressures', () => {
  const condition = (type: string, status: NodeCondition['status']): NodeCondition => ({ type, status, reason: null, message: null, since: '2026-11-24T09:00:00Z' });

  it('lists the conditions named …Pressure that are True, and nothing else (Ready, False, Unknown)', () => {
    const node = buildNode({
      name: 'rpi-worker-2',
      conditions: [condition('MemoryPressure', 'True'), condition('DiskPressure', 'Unknown'), condition('PIDPressure', 'True'), condition('NetworkUnavailable', 'True'), condition('Ready', 'True')],
    });
    expect(labelTargets(seedSnapshot({ nodes: [node] })).nodes).toEqual([{ name: 'rpi-worker-2', ready: true, pressures: ['MemoryPressure', 'PIDPressure'] }]);
  });
});
