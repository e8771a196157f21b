import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { historyRow, restartTrend, restartTrends, type TrendPoint } from '../../src/snapshot/trends.ts';
import { buildGap, buildPod, buildWorkload, patchPod, seedSnapshot, withPods } from '../support/snapshot-builder.ts';

const KCM = { kind: 'StaticPod', name: 'kube-controller-manager-rpi-master-1' } as const;
const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 9, 30)).toISOString().replace('.000Z', 'Z');
const kcmAt = (n: number, restarts: number) => patchPod(seedSnapshot({ capturedAt: day(n) }), KCM.name, { restarts });
const withoutKcm = (n: number) => withPods(seedSnapshot({ capturedAt: day(n) }), (pods) => pods.filter((p) => p.name !== KCM.name));
const values = (points: TrendPoint[]) => points.map((p) => (p.restarts === null ? 'gap' : `${p.restarts}${p.reset ? ' reset' : ''}`));

describe('restartTrend', () => {
  it('follows a workload across snapshots', () => {
    const history = [kcmAt(0, 380), kcmAt(1, 392), kcmAt(2, 401)];
    expect(restartTrend(history, KCM).points).toEqual([
      { at: day(0), restarts: 380, reset: false },
      { at: day(1), restarts: 392, reset: false },
      { at: day(2), restarts: 401, reset: false },
    ]);
  });

  it.each([
    ['absent in the middle: a break, not a zero', [kcmAt(0, 5), withoutKcm(1), kcmAt(2, 7)], ['5', 'gap', '7']],
    ['pods unreadable: a break', [kcmAt(0, 5), kcmAt(1, 6), seedSnapshot({ capturedAt: day(2), gaps: [buildGap({ resource: 'pods' })] })], ['5', '6', 'gap']],
    ['counter reset shown as a drop', [kcmAt(0, 400), kcmAt(1, 0), kcmAt(2, 2)], ['400', '0 reset', '2']],
    ['reset across a gap', [kcmAt(0, 9), withoutKcm(1), kcmAt(2, 1)], ['9', 'gap', '1 reset']],
    ['empty history', [], []],
  ] as [string, Snapshot[], string[]][])('%s', (_, history, want) => {
    expect(values(restartTrend(history, KCM).points)).toEqual(want);
  });

  it('gives a break in full: no count and never a reset', () => {
    expect(restartTrend([kcmAt(0, 9), withoutKcm(1)], KCM).points).toEqual([
      { at: day(0), restarts: 9, reset: false },
      { at: day(1), restarts: null, reset: false },
    ]);
  });

  it('follows the workload of the given kind, not another kind of the same name', () => {
    const workloads = [buildWorkload({ kind: 'ReplicaSet', name: 'web', restarts: 7 }), buildWorkload({ kind: 'Deployment', name: 'web', restarts: 1 })];
    const history = [seedSnapshot({ capturedAt: day(0), workloads }), seedSnapshot({ capturedAt: day(1), workloads: [...workloads].reverse() })];
    expect(values(restartTrend(history, { kind: 'Deployment', name: 'web' }).points)).toEqual(['1', '1']);
    expect(values(restartTrend(history, { kind: 'ReplicaSet', name: 'web' }).points)).toEqual(['7', '7']);
  });

  it('lists a trend per workload seen anywhere in the history', () => {
    const later = withPods(seedSnapshot({ capturedAt: day(1) }), (pods) => [...pods, buildPod({ name: 'metrics-server-abc', workload: { kind: 'Deployment', name: 'metrics-server' }, restarts: 2 })]);
    const trends = restartTrends([seedSnapshot({ capturedAt: day(0) }), later]);
    expect(trends.map((t) => `${t.workload.name}: ${values(t.points).join(' ')}`)).toMatchInlineSnapshot(`
      [
        "coredns: 0 0",
        "etcd-rpi-master-1: 1 1",
        "kube-apiserver-rpi-master-1: 11 11",
        "kube-controller-manager-rpi-master-1: 392 392",
        "kube-proxy: 0 0",
        "kube-scheduler-rpi-master-1: 6 6",
        "metrics-server: gap 2",
        "sealed-secrets-controller: 0 0",
      ]
    `);
  });
});

describe('historyRow', () => {
  it('counts pods, not ready, restarts and findings', () => {
    const previous = seedSnapshot({ capturedAt: day(0) });
    const current = patchPod(seedSnapshot({ capturedAt: day(1) }), 'etcd-rpi-master-1', { restarts: 2, status: 'CrashLoopBackOff', ready: '0/1', conditionReady: false });
    expect(historyRow(current, findings(current, previous))).toEqual({
      podCount: 10,
      notReady: 1,
      totalRestarts: 392 + 11 + 6 + 2,
      findingCounts: { critical: 2, warning: 2, info: 0 },
    });
  });

  it('says unknown (null) when the snapshot could not read pods', () => {
    const snapshot = seedSnapshot({ pods: [], workloads: [], gaps: [buildGap({ resource: 'pods' })] });
    expect(historyRow(snapshot, findings(snapshot, null))).toMatchObject({ podCount: null, notReady: null, totalRestarts: null, findingCounts: { info: 1 } });
  });
});
