import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff, matchPods, summarize } from '../../src/snapshot/diff.ts';
import { migrate } from '../../src/snapshot/migrate.ts';
import { parseSnapshotText } from '../../src/snapshot/parse.ts';
import type { Pod, Snapshot } from '../../src/snapshot/schema.ts';
import { describeDiff, summaryLine } from '../../src/i18n/diff.ja.ts';
import {
  buildConfigMap,
  buildContainer,
  buildGap,
  buildNode,
  buildPod,
  buildSealedSecretsKey,
  buildSnapshot,
  buildWorkload,
  patchPod,
  seedSnapshot,
  withPods,
} from '../support/snapshot-builder.ts';

const BEFORE = '2026-11-23T09:30:00Z';
const seedBefore = (overrides: Partial<Snapshot> = {}) => seedSnapshot({ capturedAt: BEFORE, ...overrides });
const KCM = 'kube-controller-manager-rpi-master-1';

const pod = (name: string, kind: Pod['workload']['kind'], workload: string, node: string | null, createdAt = '2026-11-12T09:30:00Z') =>
  buildPod({ name, node, createdAt, workload: { kind, name: workload } });

describe('matchPods', () => {
  const names = (r: ReturnType<typeof matchPods>) => ({
    same: r.same.map(([a]) => a.name),
    replaced: r.replaced.map(([a, b]) => `${a.name} -> ${b.name}`),
    added: r.added.map((p) => p.name),
    removed: r.removed.map((p) => p.name),
  });
  it.each([
    [
      'a Deployment rollout: new names are replacements, same node first',
      [pod('coredns-a-1', 'Deployment', 'coredns', 'm'), pod('coredns-a-2', 'Deployment', 'coredns', 'w1')],
      [pod('coredns-b-1', 'Deployment', 'coredns', 'w1'), pod('coredns-b-2', 'Deployment', 'coredns', 'w2')],
      { same: [], replaced: ['coredns-a-2 -> coredns-b-1', 'coredns-a-1 -> coredns-b-2'], added: [], removed: [] },
    ],
    [
      'a DaemonSet pod recreated on its node',
      [pod('kube-proxy-zzz', 'DaemonSet', 'kube-proxy', 'w1'), pod('kube-proxy-aaa', 'DaemonSet', 'kube-proxy', 'm')],
      [pod('kube-proxy-bbb', 'DaemonSet', 'kube-proxy', 'w1'), pod('kube-proxy-aaa', 'DaemonSet', 'kube-proxy', 'm')],
      { same: ['kube-proxy-aaa'], replaced: ['kube-proxy-zzz -> kube-proxy-bbb'], added: [], removed: [] },
    ],
    [
      'scaled up: the extra pod is added',
      [pod('d-1', 'Deployment', 'd', 'm')],
      [pod('d-1', 'Deployment', 'd', 'm'), pod('d-2', 'Deployment', 'd', 'w1')],
      { same: ['d-1'], replaced: [], added: ['d-2'], removed: [] },
    ],
    [
      'scaled down: the missing pod is removed',
      [pod('d-1', 'Deployment', 'd', 'm'), pod('d-2', 'Deployment', 'd', 'w1')],
      [pod('d-1', 'Deployment', 'd', 'm')],
      { same: ['d-1'], replaced: [], added: [], removed: ['d-2'] },
    ],
    [
      'off-node pairs go oldest with oldest',
      [pod('d-old2', 'Deployment', 'd', 'x', '2026-11-02T00:00:00Z'), pod('d-old1', 'Deployment', 'd', 'y', '2026-11-01T00:00:00Z')],
      [pod('d-new2', 'Deployment', 'd', null, '2026-11-20T00:00:00Z'), pod('d-new1', 'Deployment', 'd', null, '2026-11-19T00:00:00Z')],
      { same: [], replaced: ['d-old1 -> d-new1', 'd-old2 -> d-new2'], added: [], removed: [] },
    ],
    [
      'scaled down in a rollout: the newest old pod left without a replacement is removed',
      [pod('d-old2', 'Deployment', 'd', 'x', '2026-11-02T00:00:00Z'), pod('d-old1', 'Deployment', 'd', 'y', '2026-11-01T00:00:00Z')],
      [pod('d-new1', 'Deployment', 'd', null, '2026-11-19T00:00:00Z')],
      { same: [], replaced: ['d-old1 -> d-new1'], added: [], removed: ['d-old2'] },
    ],
    [
      'static pods never replace each other',
      [pod('etcd-old-node', 'StaticPod', 'etcd-old-node', 'old-node')],
      [pod('etcd-new-node', 'StaticPod', 'etcd-new-node', 'new-node')],
      { same: [], replaced: [], added: ['etcd-new-node'], removed: ['etcd-old-node'] },
    ],
    [
      'pods of different workloads are never paired',
      [pod('a-1', 'Deployment', 'a', 'm')],
      [pod('b-1', 'Deployment', 'b', 'm')],
      { same: [], replaced: [], added: ['b-1'], removed: ['a-1'] },
    ],
  ])('%s', (_, before, after, want) => {
    expect(names(matchPods(before, after))).toEqual(want);
  });
});

describe('diff', () => {
  it('finds nothing between two captures of the same state', () => {
    const d = diff(seedBefore(), seedSnapshot());
    expect(summarize(d).total).toBe(0);
    expect(describeDiff(d)).toEqual([]);
    expect(summaryLine(summarize(d))).toBe('変更なし');
    expect(d).toMatchObject({ from: BEFORE, to: '2026-11-24T09:30:00Z', hours: 24, sameCluster: true, unknown: [] });
  });

  it('shows restarts climbing per pod and per workload (401 -> 433, +32)', () => {
    const before = patchPod(seedBefore(), KCM, { restarts: 401 });
    const after = patchPod(seedSnapshot(), KCM, { restarts: 433 });
    const d = diff(before, after);
    expect(d.workloads.restarts).toEqual([{ workload: { kind: 'StaticPod', name: KCM }, from: 401, to: 433, delta: 32 }]);
    expect(d.pods.restarts).toEqual([{ name: KCM, workload: { kind: 'StaticPod', name: KCM }, from: 401, to: 433, delta: 32 }]);
    expect(describeDiff(d)).toEqual([{ id: 'restarts', title: '再起動回数', entries: [`${KCM}(Static Pod): 401 → 433 回(+32)`] }]);
    expect(summarize(d).restartIncrease).toBe(32);
  });

  it('sums restart increases only: a workload whose count dropped (pod recreated) is not subtracted', () => {
    // kube-controller-manager climbs 392 -> 433 (+41); kube-apiserver's pod was recreated, 11 -> 0.
    const after = withPods(seedSnapshot(), (pods) =>
      pods.map((p) => (p.name === KCM ? { ...p, restarts: 433 } : p.name === 'kube-apiserver-rpi-master-1' ? { ...p, restarts: 0 } : p)),
    );
    const d = diff(seedBefore(), after);
    expect(d.workloads.restarts.map((r) => [r.workload.name, r.from, r.to, r.delta])).toEqual([
      ['kube-apiserver-rpi-master-1', 11, 0, -11],
      [KCM, 392, 433, 41],
    ]);
    expect(summarize(d).restartIncrease).toBe(41);
    expect(summarize(d).total).toBe(4);
  });

  it('reports a coredns rollout as replaced pods and one image change per container', () => {
    const rollout = (pods: Pod[]) => [
      ...pods.filter((p) => p.workload.name !== 'coredns'),
      ...['rpi-master-1', 'rpi-worker-1'].map((node, i) =>
        buildPod({ name: `coredns-7c65d6cfc9-n${i}`, node, workload: { kind: 'Deployment', name: 'coredns' }, image: 'registry.k8s.io/coredns/coredns:v1.11.4', labels: { 'k8s-app': 'kube-dns' }, createdAt: '2026-11-24T01:00:00Z' }),
      ),
    ];
    const d = diff(seedBefore(), withPods(seedSnapshot(), rollout));
    expect(d.pods.added).toEqual([]);
    expect(d.pods.removed).toEqual([]);
    expect(d.pods.replaced.map((r) => `${r.from.name} -> ${r.to.name}`)).toEqual(['coredns-668d6bf9bc-4xk2p -> coredns-7c65d6cfc9-n0', 'coredns-668d6bf9bc-9zqlm -> coredns-7c65d6cfc9-n1']);
    expect(d.workloads.images).toEqual([
      { workload: { kind: 'Deployment', name: 'coredns' }, container: 'coredns', from: ['registry.k8s.io/coredns/coredns:v1.11.3'], to: ['registry.k8s.io/coredns/coredns:v1.11.4'] },
    ]);
    expect(summaryLine(summarize(d))).toBe('Pod 置き換え 2・イメージ変更 1');
  });

  it('does not call a container added to or dropped from a workload an image change', () => {
    const sidecar = buildContainer({ name: 'metrics-sidecar', image: 'registry.example/metrics:1' });
    const withSidecar = (pods: Pod[]) => pods.map((p) => (p.workload.name === 'coredns' ? { ...p, containers: [...p.containers, sidecar] } : p));
    expect(diff(seedBefore(), withPods(seedSnapshot(), withSidecar)).workloads.images).toEqual([]);
    expect(diff(withPods(seedBefore(), withSidecar), seedSnapshot()).workloads.images).toEqual([]);
  });

  it('reports a rotated sealed-secrets key as a new key Secret and a new finding', () => {
    const after = seedSnapshot({ secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4'), buildSealedSecretsKey('sealed-secrets-keyq7w2z', '2026-11-24T03:00:00Z')] });
    const d = diff(seedBefore(), after);
    expect(d.secrets).toEqual({ added: [{ name: 'sealed-secrets-keyq7w2z', type: 'kubernetes.io/tls', sealedSecretsKey: true }], removed: [] });
    expect(d.findings.appeared.map((f) => f.id)).toEqual(['sealed-secrets-key-new:Secret/sealed-secrets-keyq7w2z']);
    expect(d.findings.resolved).toEqual([]);
  });

  it('reports a removed ConfigMap by name', () => {
    const before = seedBefore();
    const after = seedSnapshot({ configMaps: before.configMaps.filter((c) => c.name !== 'kubelet-config').concat(buildConfigMap({ name: 'kubelet-config-1.32' })) });
    expect(diff(before, after).configMaps).toEqual({ added: ['kubelet-config-1.32'], removed: ['kubelet-config'] });
  });

  it('lists added and removed names sorted, whatever order the snapshots hold them in', () => {
    const before = seedBefore();
    const after = seedSnapshot({ configMaps: [buildConfigMap({ name: 'zz-extra' }), buildConfigMap({ name: 'aa-extra' })] });
    const { added, removed } = diff(before, after).configMaps;
    expect(added).toEqual(['aa-extra', 'zz-extra']);
    expect(removed).toEqual(before.configMaps.map((c) => c.name).sort());
  });

  it('does not call a resource removed when the later snapshot could not read it', () => {
    const after = seedSnapshot({ secrets: [], gaps: [buildGap({ resource: 'secrets', message: 'secrets is forbidden' })] });
    const d = diff(seedBefore(), after);
    expect(d.unknown).toEqual(['secrets']);
    expect(d.secrets).toEqual({ added: [], removed: [] });
    expect(d.gaps.appeared.map((g) => g.resource)).toEqual(['secrets']);
    expect(d.findings.appeared.map((f) => f.id)).toEqual(['snapshot-gap:Snapshot/gaps']);
    expect(describeDiff(diff(after, seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z' }))).find((s) => s.id === 'gaps')?.entries).toEqual([
      '読み取れるようになった: secrets',
      '比較できない: secrets(どちらかのスナップショットで読み取れなかった)',
    ]);
  });

  it('handles a snapshot whose optional lists are empty', () => {
    const bare = buildSnapshot({ capturedAt: BEFORE });
    const d = diff(bare, seedSnapshot());
    expect(summarize(d)).toMatchObject({ podsAdded: 10, nodeChanges: 3, configMapChanges: 7, secretChanges: 1, serviceChanges: 4 });
    expect(diff(seedBefore(), buildSnapshot()).pods.removed).toHaveLength(10);
    expect(summarize(diff(bare, buildSnapshot())).total).toBe(0);
  });

  it('reads an older schemaVersion through migrate() (only v1 exists: it passes through unchanged)', () => {
    const v1 = seedBefore();
    expect(migrate(structuredClone(v1) as { schemaVersion: number })).toEqual(v1);
    const parsed = parseSnapshotText(JSON.stringify(v1), 'snapshots/2026-11-23T09-30-00Z.json');
    expect(summarize(diff(parsed, seedSnapshot())).total).toBe(0);
  });

  it('shows version, node, replica, status and service changes, and findings that resolved', () => {
    const before = patchPod(seedBefore(), 'coredns-668d6bf9bc-9zqlm', { status: 'CrashLoopBackOff', ready: '0/1', conditionReady: false });
    const seed = seedSnapshot();
    const after = buildSnapshot({
      ...seed,
      cluster: { ...seed.cluster, version: 'v1.32.0' },
      nodes: [
        buildNode({ ...seed.nodes[0]!, kubeletVersion: 'v1.32.0' }),
        buildNode({ ...seed.nodes[1]!, ready: false }),
        buildNode({ name: 'rpi-worker-3', internalIP: '192.168.1.13' }),
      ],
      services: seed.services.map((s) => (s.name === 'kube-dns' ? { ...s, clusterIP: '10.96.0.11', ports: s.ports.slice(0, 2) } : s)),
      workloads: seed.workloads.map((w) => (w.name === 'sealed-secrets-controller' ? buildWorkload({ ...w, ready: 0 }) : w)),
    });
    const d = diff(before, after);
    expect(describeDiff(d)).toMatchInlineSnapshot(`
      [
        {
          "entries": [
            "ノード rpi-worker-1 が準備完了でない: Ready 状態が False、2026/11/12 18:30 JST から",
            "sealed-secrets-controller のレプリカが不足している: 準備完了 0 / 必要数 1(1 個不足)",
          ],
          "id": "findings-appeared",
          "title": "新たな指摘",
        },
        {
          "entries": [
            "coredns-668d6bf9bc-9zqlm がクラッシュと再起動を繰り返している",
            "coredns のレプリカが不足している",
          ],
          "id": "findings-resolved",
          "title": "解消した指摘",
        },
        {
          "entries": [
            "Kubernetes v1.31.2 → v1.32.0",
            "ノード rpi-master-1 の kubelet: v1.31.2 → v1.32.0",
          ],
          "id": "version",
          "title": "バージョン",
        },
        {
          "entries": [
            "coredns-668d6bf9bc-9zqlm: CrashLoopBackOff 0/1 → Running 1/1",
          ],
          "id": "pods",
          "title": "Pod の追加・削除・状態",
        },
        {
          "entries": [
            "Deployment coredns: 準備完了 1/2 → 2/2",
            "Deployment sealed-secrets-controller: 準備完了 1/1 → 0/1",
          ],
          "id": "replicas",
          "title": "レプリカ",
        },
        {
          "entries": [
            "追加: rpi-worker-3",
            "削除: rpi-worker-2",
            "rpi-worker-1: 準備完了 → 未準備",
          ],
          "id": "nodes",
          "title": "ノード",
        },
        {
          "entries": [
            "kube-dns の ClusterIP: 10.96.0.10 → 10.96.0.11",
            "kube-dns のポート: 53/UDP,53/TCP,9153/TCP → 53/UDP,53/TCP",
          ],
          "id": "services",
          "title": "Service",
        },
      ]
    `);
    expect(summarize(d)).toMatchInlineSnapshot(`
      {
        "certificateChanges": 0,
        "certificatesExpiring": 0,
        "configMapChanges": 0,
        "endpointChanges": 0,
        "findingsAppeared": 2,
        "findingsResolved": 2,
        "gapChanges": 0,
        "imageChanges": 0,
        "nodeChanges": 3,
        "podsAdded": 0,
        "podsRemoved": 0,
        "podsReplaced": 0,
        "replicaChanges": 2,
        "restartIncrease": 0,
        "secretChanges": 0,
        "serviceChanges": 2,
        "statusChanges": 1,
        "total": 14,
        "versionChanges": 2,
      }
    `);
  });

  it('says when the two snapshots are of different clusters', () => {
    const other = seedSnapshot({ cluster: { name: 'lab', server: null, version: 'v1.31.2' } });
    expect(diff(seedBefore(), other).sameCluster).toBe(false);
  });

  it('judges findings of both sides with history when given the snapshot before `before`', () => {
    const day0 = patchPod(seedSnapshot({ capturedAt: '2026-11-22T09:30:00Z' }), 'etcd-rpi-master-1', { restarts: 1 });
    const day1 = patchPod(seedBefore(), 'etcd-rpi-master-1', { restarts: 2 });
    const day2 = patchPod(seedSnapshot(), 'etcd-rpi-master-1', { restarts: 3 });
    expect(diff(day1, day2).findings.appeared.map((f) => f.id)).toEqual(['restarts-climbing:Pod/etcd-rpi-master-1']);
    expect(diff(day1, day2, { beforePrevious: day0 }).findings.appeared).toEqual([]);
  });
});

describe('browser safety', () => {
  it('diff.ts and everything it imports use no node: module and no package at run time', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, typeOnly, specifier] of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
        if (typeOnly) continue;
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\//);
        visit(resolve(dirname(file), specifier!));
      }
    };
    visit(resolve('src/snapshot/diff.ts'));
    visit(resolve('src/i18n/diff.ja.ts'));
    visit(resolve('src/snapshot/trends.ts'));
    expect([...seen].map((f) => f.replace(`${resolve('.')}/`, '')).sort()).toMatchInlineSnapshot(`
      [
        "src/i18n/certificates.ja.ts",
        "src/i18n/diff.ja.ts",
        "src/i18n/findings.ja.ts",
        "src/i18n/gaps.ja.ts",
        "src/i18n/time.ja.ts",
        "src/snapshot/age.ts",
        "src/snapshot/certificate-expiry.ts",
        "src/snapshot/certificate-gaps.ts",
        "src/snapshot/certificate-history.ts",
        "src/snapshot/diff.ts",
        "src/snapshot/endpoint-history.ts",
        "src/snapshot/findings.ts",
        "src/snapshot/findings/api-health.ts",
        "src/snapshot/findings/certificates.ts",
        "src/snapshot/findings/gaps.ts",
        "src/snapshot/findings/leases.ts",
        "src/snapshot/findings/nodes.ts",
        "src/snapshot/findings/pods.ts",
        "src/snapshot/findings/rule.ts",
        "src/snapshot/findings/rules.ts",
        "src/snapshot/findings/sealed-secrets.ts",
        "src/snapshot/findings/services.ts",
        "src/snapshot/findings/text.ts",
        "src/snapshot/findings/workloads.ts",
        "src/snapshot/gaps.ts",
        "src/snapshot/history.ts",
        "src/snapshot/normalize/fields.ts",
        "src/snapshot/resources.ts",
        "src/snapshot/time.ts",
        "src/snapshot/trends.ts",
      ]
    `);
  });
});
