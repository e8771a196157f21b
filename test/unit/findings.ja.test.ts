import { describe, expect, it } from 'vitest';
import { FINDING_RULES, findings, ruleOf, type Finding } from '../../src/snapshot/findings.ts';
import { evidenceProblems } from '../../src/snapshot/findings/rule.ts';
import { describeFinding, RULE_LABELS, spanText } from '../../src/i18n/findings.ja.ts';
import {
  buildCertificate,
  buildContainer,
  buildGap,
  buildHealth,
  buildLease,
  buildNode,
  buildPod,
  buildSealedSecret,
  buildSealedSecretsKey,
  buildService,
  buildServiceEndpoints,
  buildSnapshot,
  buildWorkload,
  patchPod,
  seedSnapshot,
} from '../support/snapshot-builder.ts';

const before = patchPod(seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' }), 'kube-controller-manager-rpi-master-1', { restarts: 380 });

/** A snapshot that triggers every rule once, and its predecessor. */
function everything(): { current: ReturnType<typeof buildSnapshot>; previous: ReturnType<typeof buildSnapshot> } {
  const node = buildNode({ name: 'rpi-worker-2' });
  const previous = buildSnapshot({
    capturedAt: '2026-11-17T09:30:00Z',
    pods: [buildPod({ name: 'backend-5d7c9-abcde', restarts: 2, workload: { kind: 'Deployment', name: 'backend' } })],
    leases: [buildLease({ name: 'kube-scheduler', transitions: 6 })],
    secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4')],
  });
  const current = buildSnapshot({
    capturedAt: '2026-11-24T09:30:00Z',
    pods: [
      buildPod({ name: 'backend-5d7c9-abcde', restarts: 5, workload: { kind: 'Deployment', name: 'backend' } }),
      buildPod({ name: 'kube-controller-manager-rpi-master-1', restarts: 392, containers: [buildContainer({ name: 'kube-controller-manager', restarts: 392, lastTermination: { reason: 'Error', exitCode: 1, finishedAt: '2026-11-24T08:00:00Z' } })] }),
      buildPod({ name: 'coredns-668d6bf9bc-4xk2p', status: 'CrashLoopBackOff', ready: '0/1', restarts: 15, containers: [buildContainer({ name: 'coredns', state: 'waiting', reason: 'CrashLoopBackOff', ready: false, restarts: 15 })] }),
      buildPod({ name: 'metrics-server-6d94bc8694-x2x9q', status: 'Pending', ready: '0/1', phase: 'Pending', node: null }),
      buildPod({ name: 'etcd-rpi-master-1', restarts: 3, containers: [buildContainer({ name: 'etcd', restarts: 3, limits: { memory: '512Mi' }, lastTermination: { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-11-24T08:00:00Z' } })] }),
    ],
    workloads: [buildWorkload({ kind: 'Deployment', name: 'coredns', desired: 2, ready: 1 })],
    nodes: [
      buildNode({ name: 'rpi-worker-1', ready: false, conditions: [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: null, since: '2026-11-24T07:00:00Z' }] }),
      { ...node, conditions: node.conditions.map((c) => (c.type === 'MemoryPressure' || c.type === 'DiskPressure' ? { ...c, status: 'True' as const } : c)) },
    ],
    leases: [buildLease({ name: 'kube-scheduler', transitions: 9, holder: 'rpi-master-1_7a21' })],
    secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4'), buildSealedSecretsKey('sealed-secrets-keyq7w2z', '2026-11-20T03:00:00Z')],
    sealedSecrets: [buildSealedSecret({ namespace: 'household-task-manager', name: 'database-secret', synced: false, message: 'no key could decrypt secret (password)' })],
    clusterInfo: { server: null, caSubject: 'CN=kubernetes', caNotAfter: '2036-12-09T09:30:00Z' },
    certificates: [
      buildCertificate({ name: 'apiserver', notAfter: '2026-12-09T09:30:00Z' }),
      buildCertificate({ id: 'kubelet/rpi-worker-1', source: 'kubelet-tls', name: 'rpi-worker-1', location: 'rpi-worker-1 192.168.1.11:10250', notAfter: '2026-11-20T09:30:00Z', selfSigned: true, caName: null }),
    ],
    apiHealth: { readyz: buildHealth(['etcd', 'ping'], ['etcd']), livez: buildHealth(['etcd', 'ping']) },
    services: [buildService({ name: 'kube-dns', clusterIP: '10.96.0.10', ports: ['53/UDP'], selector: { 'k8s-app': 'kube-dns' } })],
    serviceEndpoints: [buildServiceEndpoints({ service: 'kube-dns', ports: ['dns 53/UDP'], readyPods: [], notReady: 1 })],
    gaps: [buildGap({ resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden' })],
  });
  return { current, previous };
}

describe('describeFinding', () => {
  it('says the seed example in natural Japanese', () => {
    const [f] = findings(seedSnapshot(), before);
    expect(describeFinding(f!)).toEqual({ title: 'kube-controller-manager-rpi-master-1 の再起動回数が多い', evidence: '再起動 392 回(前回 380 回から +12、24 時間で)' });
  });

  it('describes every rule', () => {
    const { current, previous } = everything();
    const list = findings(current, previous);
    expect(new Set(list.map((f) => f.rule))).toEqual(new Set(FINDING_RULES));
    expect(list.map((f) => `${f.severity} ${describeFinding(f).title} — ${describeFinding(f).evidence}`)).toMatchInlineSnapshot(`
      [
        "critical coredns-668d6bf9bc-4xk2p がクラッシュと再起動を繰り返している — ステータス CrashLoopBackOff、準備完了 0/1、再起動 15 回",
        "critical kube-controller-manager-rpi-master-1 の再起動回数が多い — 再起動 392 回。コンテナ kube-controller-manager の前回の終了: Error(終了コード 1)",
        "critical Service kube-dns に準備完了のエンドポイントがない — ClusterIP 10.96.0.10 への通信を受ける Pod がない(準備完了でないエンドポイント 1 個)",
        "critical ノード rpi-worker-1 の kubelet が自己署名の証明書を使っていて、期限が切れている — rpi-worker-1 192.168.1.11:10250。有効期限 2026/11/20 18:30 JST、期限切れ(4 日前)。kubelet はこの証明書を自動では更新しない",
        "critical API サーバーの /readyz のチェック etcd が失敗している — /readyz の結果が [-]etcd(reason withheld)",
        "critical ノード rpi-worker-1 が準備完了でない — Ready 状態が Unknown(理由 NodeStatusUnknown)、2026/11/24 16:00 JST から",
        "warning backend-5d7c9-abcde の再起動回数が増えている — 再起動 5 回(前回 2 回から +3、7 日で)",
        "warning coredns のレプリカが不足している — 準備完了 1 / 必要数 2(1 個不足)",
        "warning etcd-rpi-master-1 がメモリ不足で強制終了された — コンテナ etcd の前回の終了が OOMKilled(2026/11/24 17:00 JST)、メモリ上限 512Mi、再起動 3 回",
        "warning SealedSecret household-task-manager/database-secret を復号できていない — コントローラのメッセージ: 「no key could decrypt secret (password)」",
        "warning リース kube-scheduler のリーダー交代が多い — リーダー交代 9 回(前回 6 回から +3、7 日で)、現在の保持者 rpi-master-1_7a21",
        "warning 証明書 apiserver の有効期限が近い — コントロールプレーンのディスク上の証明書(kubeadm)、場所 /etc/kubernetes/pki/apiserver.crt。有効期限 2026/12/09 18:30 JST、残り 15 日",
        "warning metrics-server-6d94bc8694-x2x9q が準備完了になっていない — ステータス Pending、準備完了 0/1、ノード未割り当て",
        "warning ノード rpi-worker-2 のリソースが逼迫している — ディスク不足(DiskPressure)、メモリ不足(MemoryPressure)",
        "warning Sealed Secrets の新しい鍵 sealed-secrets-keyq7w2z をバックアップする — 前回のスナップショットになかった鍵 Secret sealed-secrets-keyq7w2z(作成 2026/11/20 12:00 JST)。失うと、この鍵で暗号化した SealedSecret を復号できない",
        "info 1 種類のリソースを読み取れなかった(その表は「不明」と表示) — events(権限がありません (HTTP 403))",
      ]
    `);
  });

  it('uses no English beyond resource names and values from the cluster', () => {
    const { current, previous } = everything();
    for (const f of findings(current, previous)) {
      const { title, evidence } = describeFinding(f);
      let text = `${title} ${evidence}`;
      const identifiers = [f.subject.name, ...Object.values(f.evidence).map(String), ...(f.rule === 'node-pressure' ? f.evidence.conditions.split(', ') : []),
        // The gap card lists resource names (`events`) one per line, each with its reason code.
        ...(f.rule === 'snapshot-gap' ? f.evidence.resources.split('\n').map((line) => line.split('\t')[0]!) : [])];
      for (const value of identifiers.sort((a, b) => b.length - a.length)) text = text.replaceAll(value, '');
      // Kubernetes' own words that a reader types into kubectl: kept verbatim on purpose.
      for (const term of ['Sealed Secrets', 'SealedSecret', 'Secret', 'Service', 'ClusterIP', 'Pod', 'OOMKilled', 'Ready', 'CA', 'HTTP', 'JST', 'CRD', 'API', 'TLS', 'kubelet']) text = text.replaceAll(term, '');
      expect(text, `${f.id}: ${title} / ${evidence}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('has a label for every rule', () => {
    expect(Object.keys(RULE_LABELS).sort()).toEqual([...FINDING_RULES].sort());
    for (const label of Object.values(RULE_LABELS)) expect(label).toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
  });

  it('every finding carries the evidence its rule\'s schema describes, nothing more', () => {
    const { current, previous } = everything();
    for (const f of findings(current, previous)) expect(evidenceProblems(ruleOf(f.rule).evidence, f.evidence), f.id).toEqual([]);
  });

  it.each([
    [24, '24 時間で'],
    [1.5, '1.5 時間で'],
    [168, '7 日で'],
    [60, '2.5 日で'],
  ])('spanText(%d) = %s', (hours, want) => {
    expect(spanText(hours)).toBe(want);
  });

  it('says when restarts did not move', () => {
    const same = patchPod(seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' }), 'kube-controller-manager-rpi-master-1', { restarts: 392 });
    const f = findings(seedSnapshot(), same).find((x: Finding) => x.rule === 'restarts-high')!;
    expect(describeFinding(f).evidence).toBe('再起動 392 回(前回から増えていない)');
  });
});
