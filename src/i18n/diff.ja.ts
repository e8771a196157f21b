/** Japanese text for a comparison of two snapshots: one section per kind of change, one line per entry. */
import type { DiffSummary, NodeVersionField, PodRef, SnapshotDiff } from '../snapshot/diff.ts';
import type { WorkloadRef } from '../snapshot/schema.ts';
import { CERTIFICATE_SOURCES, daysLeftText } from './certificates.ja.ts';
import { describeFinding, signed } from './findings.ja.ts';
import { formatJst } from './time.ja.ts';

/** A titled group of lines; `id` is stable for anchors and tests. */
export type DiffSection = { id: DiffSectionId; title: string; entries: string[] };

export type DiffSectionId =
  | 'findings-appeared'
  | 'findings-resolved'
  | 'version'
  | 'restarts'
  | 'pods'
  | 'replicas'
  | 'images'
  | 'nodes'
  | 'services'
  | 'endpoints'
  | 'certificates'
  | 'config'
  | 'gaps';

const SECTION_TITLES: Record<DiffSectionId, string> = {
  'findings-appeared': '新たな指摘',
  'findings-resolved': '解消した指摘',
  version: 'バージョン',
  restarts: '再起動回数',
  pods: 'Pod の追加・削除・状態',
  replicas: 'レプリカ',
  images: 'イメージ',
  nodes: 'ノード',
  services: 'Service',
  endpoints: 'ready エンドポイント数',
  certificates: '証明書の残り日数',
  config: 'ConfigMap と Secret',
  gaps: '読み取れなかったリソース',
};

const NODE_FIELDS: Record<NodeVersionField, string> = {
  kubeletVersion: 'の kubelet',
  kernelVersion: 'のカーネル',
  osImage: 'の OS',
  containerRuntime: 'のコンテナランタイム',
};

const SERVICE_FIELDS: Record<string, string> = { type: 'の種類', clusterIP: 'の ClusterIP', ports: 'のポート' };

/** `Deployment coredns`, or just the name for a static or bare pod (the name already says it all). */
export function workloadLabel(w: WorkloadRef): string {
  if (w.kind === 'StaticPod') return `${w.name}(Static Pod)`;
  return w.kind === 'Pod' ? w.name : `${w.kind} ${w.name}`;
}

const where = (p: PodRef) => (p.node ? `ノード ${p.node}` : 'ノード未割り当て');
const readyText = (r: { desired: number | null; ready: number }) => `${r.ready}/${r.desired ?? '-'}`;
const unknownText = (value: string) => value || 'なし';
/** The expiry in JST, or 不明 for a certificate listed without one. */
const dateText = (iso: string | null) => (iso ? formatJst(iso) : '不明');

/** The comparison as sections of Japanese lines; sections without entries are left out. */
export function describeDiff(d: SnapshotDiff): DiffSection[] {
  const sections: Record<DiffSectionId, string[]> = {
    'findings-appeared': d.findings.appeared.map((f) => `${describeFinding(f).title}: ${describeFinding(f).evidence}`),
    'findings-resolved': d.findings.resolved.map((f) => describeFinding(f).title),
    version: [
      ...(d.clusterVersion ? [`Kubernetes ${d.clusterVersion.from ?? '不明'} → ${d.clusterVersion.to ?? '不明'}`] : []),
      ...d.nodes.versions.map((v) => `ノード ${v.name} ${NODE_FIELDS[v.field]}: ${v.from} → ${v.to}`),
    ],
    restarts: [
      ...d.workloads.restarts.map((r) => `${workloadLabel(r.workload)}: ${r.from} → ${r.to} 回(${signed(r.delta)})`),
      ...d.pods.restarts
        .filter((r) => r.workload.kind !== 'StaticPod' && r.workload.kind !== 'Pod')
        .map((r) => `Pod ${r.name}: ${r.from} → ${r.to} 回(${signed(r.delta)})`),
    ],
    pods: [
      ...d.pods.added.map((p) => `追加: ${p.name}(${workloadLabel(p.workload)}、${where(p)}、${p.status})`),
      ...d.pods.removed.map((p) => `削除: ${p.name}(${workloadLabel(p.workload)}、${where(p)})`),
      ...d.pods.replaced.map((r) => `置き換え: ${r.from.name} → ${r.to.name}(${workloadLabel(r.workload)}、${where(r.to)}、${r.to.status}、再起動 ${r.to.restarts} 回)`),
      ...d.pods.status.map((s) => `${s.name}: ${s.from.status} ${s.from.ready} → ${s.to.status} ${s.to.ready}`),
    ],
    replicas: [
      ...d.workloads.added.map((w) => `追加: ${workloadLabel(w)}`),
      ...d.workloads.removed.map((w) => `削除: ${workloadLabel(w)}`),
      ...d.workloads.replicas.map((r) => `${workloadLabel(r.workload)}: 準備完了 ${readyText(r.from)} → ${readyText(r.to)}`),
    ],
    images: d.workloads.images.map((i) => `${workloadLabel(i.workload)} のコンテナ ${i.container}: ${i.from.join(', ')} → ${i.to.join(', ')}`),
    nodes: [
      ...d.nodes.added.map((n) => `追加: ${n}`),
      ...d.nodes.removed.map((n) => `削除: ${n}`),
      ...d.nodes.ready.map((n) => `${n.name}: ${n.from ? '準備完了' : '未準備'} → ${n.to ? '準備完了' : '未準備'}`),
    ],
    services: [
      ...d.services.added.map((s) => `追加: ${s}`),
      ...d.services.removed.map((s) => `削除: ${s}`),
      ...d.services.changed.map((c) => `${c.name} ${SERVICE_FIELDS[c.field]}: ${unknownText(c.from)} → ${unknownText(c.to)}`),
    ],
    endpoints: d.endpoints.map((e) => `${e.service}: ${e.from} → ${e.to} 個(${signed(e.to - e.from)})`),
    certificates: [
      ...d.certificates.expiring.map((c) => `${c.name}(${c.id}): ${daysLeftText(c.from)} → ${daysLeftText(c.to)}`),
      ...d.certificates.renewed.map((c) => `更新: ${c.name}(${c.id}): 期限 ${dateText(c.from.notAfter)} → ${dateText(c.to.notAfter)}、${daysLeftText(c.to.daysLeft)}`),
      ...d.certificates.added.map((c) => `追加: ${c.name}(${c.id})、${daysLeftText(c.daysLeft)}`),
      ...d.certificates.removed.map((c) => `見つからなくなった: ${c.name}(${c.id})`),
    ],
    config: [
      ...d.configMaps.added.map((n) => `ConfigMap 追加: ${n}`),
      ...d.configMaps.removed.map((n) => `ConfigMap 削除: ${n}`),
      ...d.secrets.added.map((s) => `Secret 追加: ${s.name}${s.sealedSecretsKey ? '(Sealed Secrets の鍵: バックアップする)' : ''}`),
      ...d.secrets.removed.map((s) => `Secret 削除: ${s.name}${s.sealedSecretsKey ? '(Sealed Secrets の鍵)' : ''}`),
    ],
    gaps: [
      ...d.gaps.appeared.map((g) => `読み取れなくなった: ${g.resource}`),
      ...d.gaps.resolved.map((g) => `読み取れるようになった: ${g.resource}`),
      ...d.unknown.map((r) => `比較できない: ${r}(どちらかのスナップショットで読み取れなかった)`),
      ...d.certificates.unknown.map((source) => `比較できない: ${CERTIFICATE_SOURCES[source]}(どちらかのスナップショットで読み取っていない)`),
    ],
  };
  return (Object.keys(SECTION_TITLES) as DiffSectionId[])
    .filter((id) => sections[id].length > 0)
    .map((id) => ({ id, title: SECTION_TITLES[id], entries: sections[id] }));
}

/** Column labels for `summarize()` counts (history table, comparison headline). */
export const SUMMARY_LABELS: Record<keyof DiffSummary, string> = {
  podsAdded: 'Pod 追加',
  podsRemoved: 'Pod 削除',
  podsReplaced: 'Pod 置き換え',
  statusChanges: 'ステータス変化',
  restartIncrease: '再起動の増加',
  imageChanges: 'イメージ変更',
  versionChanges: 'バージョン変更',
  replicaChanges: 'レプリカ変化',
  nodeChanges: 'ノード変化',
  configMapChanges: 'ConfigMap 変化',
  secretChanges: 'Secret 変化',
  serviceChanges: 'Service 変化',
  certificateChanges: '証明書の変化',
  certificatesExpiring: '期限の近い証明書',
  endpointChanges: 'エンドポイント数の変化',
  findingsAppeared: '新たな指摘',
  findingsResolved: '解消した指摘',
  gapChanges: '読み取り状況の変化',
  total: '変更の合計',
};

/** One line for a comparison's headline: `Pod 置き換え 2・再起動の増加 32・新たな指摘 1`, or `変更なし`. */
export function summaryLine(summary: DiffSummary): string {
  const parts = (Object.keys(SUMMARY_LABELS) as (keyof DiffSummary)[])
    .filter((key) => key !== 'total' && summary[key] > 0)
    .map((key) => `${SUMMARY_LABELS[key]} ${summary[key]}`);
  return parts.length > 0 ? parts.join('・') : '変更なし';
}
