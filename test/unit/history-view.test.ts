/** The history view: each snapshot with its neighbours, its diff judged with the snapshot before its predecessor, and the trends worth a chart. */
import { describe, expect, it } from 'vitest';
import { historyFrom, snapshotId } from '../../src/site/history-view.ts';
import { patchPod, seedSnapshot } from '../support/snapshot-builder.ts';

const SCHEDULER = 'kube-scheduler-rpi-master-1';
const CLIMBING = `restarts-climbing:Pod/${SCHEDULER}`;
/** The seed on `date` with kube-scheduler at `restarts` (below the restarts-high threshold of 50). */
const day = (date: string, restarts: number) => patchPod(seedSnapshot({ capturedAt: `${date}T09:30:00Z` }), SCHEDULER, { restarts });

describe('historyFrom', () => {
  // kube-scheduler: 0 restarts, then 3 (restarts-climbing appears), then still 3 (it resolves).
  const history = () => historyFrom([day('2026-11-22', 0), day('2026-11-23', 3), day('2026-11-24', 3), day('2026-11-25', 3)]).clusters[0]!;

  it('gives the first snapshot no previous, no previous id and no diff (null, not undefined)', () => {
    const [first, second] = history().entries;
    expect([first!.previous, first!.previousId, first!.diff]).toEqual([null, null, null]);
    expect(first!.previous).toBeNull();
    expect(second!.previous?.capturedAt).toBe('2026-11-22T09:30:00Z');
  });

  it("judges the predecessor's findings against the snapshot before it: a climb that stopped is resolved, once", () => {
    const entries = history().entries;
    expect(entries.map((e) => e.findings.some((f) => f.id === CLIMBING))).toEqual([false, true, false, false]);
    expect(entries.map((e) => e.diff && [e.diff.findings.appeared.map((f) => f.id), e.diff.findings.resolved.map((f) => f.id)])).toEqual([
      null,
      [[CLIMBING], []],
      [[], [CLIMBING]],
      [[], []],
    ]);
  });

  it('charts a workload that restarted in any snapshot, not one that never did', () => {
    const cluster = history();
    expect(cluster.trends.get(`StaticPod/${SCHEDULER}`)!.points.map((p) => p.restarts)).toEqual([0, 3, 3, 3]);
    expect(cluster.restarting.map((t) => t.workload.name)).toEqual(['etcd-rpi-master-1', 'kube-apiserver-rpi-master-1', 'kube-controller-manager-rpi-master-1', SCHEDULER]);
    expect(cluster.trends.get('Deployment/coredns')!.points.map((p) => p.restarts)).toEqual([0, 0, 0, 0]);
  });
});

describe('snapshotId', () => {
  it('is the file name without .json', () => {
    expect(snapshotId('2026-11-24T09:30:00Z')).toBe('2026-11-24T09-30-00Z');
  });
});
