/** What the pages bind to the snapshots: latest and previous, the snapshot index, trend figures, folders and paths. */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { gapFor } from '../../src/snapshot/gaps.ts';
import { snapshotIndex } from '../../src/site/history-index.ts';
import { trendSentence, trendStats } from '../../src/site/history-trend.ts';
import { historyFrom, trendOf } from '../../src/site/history-view.ts';
import { liveFrom } from '../../src/site/live-data.ts';
import { sitePath, troubleshootingHref } from '../../src/site/paths.ts';
import { pickLatest } from '../../src/site/pick-latest.ts';
import { snapshotsDir } from '../../src/site/snapshots-dir.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import type { Trend } from '../../src/snapshot/trends.ts';
import { buildGap, buildSnapshot, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';

const at = (capturedAt: string, cluster = 'rpi-cluster', namespace = 'kube-system') =>
  buildSnapshot({ capturedAt, namespace, cluster: { name: cluster, server: null, version: null } });
const times = (list: readonly (Snapshot | null)[]) => list.map((s) => s?.capturedAt ?? null);

describe('pickLatest', () => {
  it('is empty for no snapshot', () => {
    expect(pickLatest([])).toEqual({ latest: null, previous: null });
  });

  it('has no previous for a single snapshot', () => {
    const only = at('2026-11-24T09:30:00Z');
    expect(pickLatest([only])).toEqual({ latest: only, previous: null });
  });

  it("takes the newest snapshot and the one just before it of the same cluster, never another cluster's", () => {
    const list = [at('2026-11-22T00:00:00Z'), at('2026-11-23T00:00:00Z'), at('2026-11-23T12:00:00Z', 'other'), at('2026-11-24T00:00:00Z')];
    const { latest, previous } = pickLatest(list);
    expect(times([latest, previous])).toEqual(['2026-11-24T00:00:00Z', '2026-11-23T00:00:00Z']);
  });

  it('treats another namespace of the same cluster as another history', () => {
    const { latest, previous } = pickLatest([at('2026-11-23T00:00:00Z', 'rpi-cluster', 'kube-ops'), at('2026-11-24T00:00:00Z')]);
    expect(times([latest, previous])).toEqual(['2026-11-24T00:00:00Z', null]);
  });
});

describe('liveFrom', () => {
  it('sorts the snapshots oldest first and judges the latest against its predecessor', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    const before = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });
    const latest = seedSnapshot();
    const live = liveFrom([latest, before], now);
    expect(times(live.snapshots)).toEqual(['2026-11-23T09:30:00Z', '2026-11-24T09:30:00Z']);
    expect(live.latest).toBe(latest);
    expect(live.previous).toBe(before);
    expect(live.now).toBe(now);
    expect(live.pinned).toBeUndefined();
    expect(live.findings.map((f) => f.id)).toContain('restarts-high:Pod/kube-controller-manager-rpi-master-1');
  });

  it('has no findings without a snapshot', () => {
    expect(liveFrom([], new Date(0))).toMatchObject({ snapshots: [], latest: null, previous: null, findings: [] });
  });
});

describe('snapshotIndex', () => {
  it('lists each cluster oldest first with the data paths under the base, with or without its slash', () => {
    const view = historyFrom([at('2026-11-24T09:30:00Z'), at('2026-11-23T09:30:00Z'), at('2026-11-20T00:00:00Z', 'lab', 'kube-ops')]);
    const index = snapshotIndex(view, '/docs');
    expect(snapshotIndex(view, '/docs/')).toEqual(index);
    expect(index).toEqual({
      schemaVersion: 3,
      clusters: [
        {
          key: 'rpi-cluster',
          name: 'rpi-cluster',
          namespace: 'kube-system',
          snapshots: [
            { id: '2026-11-23T09-30-00Z', capturedAt: '2026-11-23T09:30:00Z', page: '/docs/history/2026-11-23T09-30-00Z/', path: '/docs/snapshots/2026-11-23T09-30-00Z.json.gz' },
            { id: '2026-11-24T09-30-00Z', capturedAt: '2026-11-24T09:30:00Z', page: '/docs/history/2026-11-24T09-30-00Z/', path: '/docs/snapshots/2026-11-24T09-30-00Z.json.gz' },
          ],
        },
        {
          key: 'lab/kube-ops',
          name: 'lab',
          namespace: 'kube-ops',
          snapshots: [{ id: '2026-11-20T00-00-00Z', capturedAt: '2026-11-20T00:00:00Z', page: '/docs/history/2026-11-20T00-00-00Z/', path: '/docs/snapshots/2026-11-20T00-00-00Z.json.gz' }],
        },
      ],
    });
  });
});

describe('historyFrom and trendOf', () => {
  const KCM = 'kube-controller-manager-rpi-master-1';
  const day = (date: string, restarts: number) => patchPod(seedSnapshot({ capturedAt: `${date}T09:30:00Z` }), KCM, { restarts });
  const snapshots = [day('2026-11-24', 392), day('2026-11-22', 380), day('2026-11-23', 385), at('2026-11-25T00:00:00Z', 'lab')];

  it('links each snapshot to its neighbours in its own cluster, newest cluster first', () => {
    const view = historyFrom(snapshots);
    expect(view.clusters.map((c) => [c.key, c.name, c.namespace])).toEqual([['lab', 'lab', 'kube-system'], ['rpi-cluster', 'rpi-cluster', 'kube-system']]);
    const rpi = view.clusters[1]!;
    expect(rpi.entries.map((e) => [e.previousId, e.id, e.nextId])).toEqual([
      [null, '2026-11-22T09-30-00Z', '2026-11-23T09-30-00Z'],
      ['2026-11-22T09-30-00Z', '2026-11-23T09-30-00Z', '2026-11-24T09-30-00Z'],
      ['2026-11-23T09-30-00Z', '2026-11-24T09-30-00Z', null],
    ]);
    expect(rpi.entries.map((e) => e.previous?.capturedAt ?? null)).toEqual([null, '2026-11-22T09:30:00Z', '2026-11-23T09:30:00Z']);
    expect(rpi.entries.map((e) => e.diff?.workloads.restarts.map((r) => r.delta) ?? null)).toEqual([null, [5], [7]]);
    // The second day's climb is judged against the first: restarts-climbing folded into restarts-high.
    expect(rpi.entries[1]!.findings.find((f) => f.rule === 'restarts-high')?.evidence).toMatchObject({ from: 380, to: 385, delta: 5 });
    expect(view.byId.get('2026-11-23T09-30-00Z')?.cluster).toBe(rpi);
    expect(view.byId.get('2026-11-25T00-00-00Z')?.cluster.key).toBe('lab');
    expect(view.byId.size).toBe(4);
  });

  it('keeps a trend per workload and charts only those that restarted', () => {
    const rpi = historyFrom(snapshots).clusters[1]!;
    expect(rpi.restarting.map((t) => t.workload.name)).toEqual(['etcd-rpi-master-1', 'kube-apiserver-rpi-master-1', KCM, 'kube-scheduler-rpi-master-1']);
    expect(rpi.trends.size).toBe(7);
    const kcm = trendOf(historyFrom(snapshots), snapshots[0]!, { kind: 'StaticPod', name: KCM });
    expect(kcm?.points.map((p) => p.restarts)).toEqual([380, 385, 392]);
    expect(trendOf(historyFrom(snapshots), snapshots[3]!, { kind: 'StaticPod', name: KCM })).toBeNull();
  });
});

describe('trendStats and trendSentence', () => {
  const trend = (points: [number | null, boolean][]): Trend => ({
    workload: { kind: 'Deployment', name: 'coredns' },
    points: points.map(([restarts, reset], i) => ({ at: `2026-11-2${i}T00:00:00Z`, restarts, reset })),
  });

  it('gives first, last, lowest, highest, how many knew it and the resets', () => {
    const t = trend([[null, false], [5, false], [9, false], [2, true], [7, false], [null, false]]);
    expect(trendStats(t)).toEqual({ first: 5, last: 7, min: 2, max: 9, count: 4, resets: 1 });
    expect(trendSentence(t)).toBe('4件のスナップショットで 5回 → 7回(最小 2回、最大 9回、再作成によるリセット 1回)');
  });

  it('leaves out resets when there were none', () => {
    expect(trendSentence(trend([[1, false], [3, false]]))).toBe('2件のスナップショットで 1回 → 3回(最小 1回、最大 3回)');
  });

  it('says データなし when no snapshot knew the value', () => {
    const t = trend([[null, false], [null, false]]);
    expect(trendStats(t)).toBeNull();
    expect(trendSentence(t)).toBe('データなし');
  });
});

describe('snapshotsDir', () => {
  it.each([
    ['unset: <root>/snapshots', {}, '/site/snapshots'],
    ['blank: <root>/snapshots', { SNAPSHOTS_DIR: '  ' }, '/site/snapshots'],
    ['absolute, spaces trimmed', { SNAPSHOTS_DIR: ' /var/snapshots ' }, '/var/snapshots'],
    ['relative to the root', { SNAPSHOTS_DIR: 'data/snaps' }, '/site/data/snaps'],
  ])('%s', (_name, env, expected) => {
    expect(snapshotsDir('/site', env)).toBe(resolve(expected));
  });
});

describe('gapFor', () => {
  it("returns the resource's gap, or null when it was read", () => {
    const gap = buildGap({ resource: 'leases' });
    const snapshot = buildSnapshot({ gaps: [buildGap({ resource: 'events' }), gap] });
    expect(gapFor(snapshot, 'leases')).toEqual(gap);
    expect(gapFor(snapshot, 'nodes')).toBeNull();
  });

  it('finds a gap by registry key when its name differs (sealedSecrets -> sealedsecrets.bitnami.com)', () => {
    const gap = buildGap({ resource: 'sealedsecrets.bitnami.com', reason: 'crd-absent' });
    expect(gapFor(buildSnapshot({ gaps: [gap] }), 'sealedSecrets')).toEqual(gap);
    expect(gapFor(buildSnapshot({ gaps: [gap] }), 'secrets')).toBeNull();
  });
});

describe('sitePath and troubleshootingHref', () => {
  it('put a path under the base, with or without its leading slash', () => {
    expect(sitePath('/history/')).toBe('/history/');
    expect(sitePath('history/')).toBe('/history/');
    expect(troubleshootingHref('restarts')).toBe('/troubleshooting/#restarts');
  });

  // Astro's BASE_URL is the `base` option as configured: `/docs` or `/docs/` (trailingSlash decides).
  it.each(['/docs', '/docs/'])('put a path under the base %s, with one slash between', (base) => {
    vi.stubEnv('BASE_URL', base);
    try {
      expect([sitePath('/history/'), sitePath('history/'), troubleshootingHref('dns')]).toEqual(['/docs/history/', '/docs/history/', '/docs/troubleshooting/#dns']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
