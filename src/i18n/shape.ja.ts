/** Japanese words for the cluster's shape (src/snapshot/cluster-shape.ts). */
import type { ControlPlaneHome, Datastore, Distribution, ShapeEvidence } from '../snapshot/cluster-shape.ts';

export const shapeJa = {
  title: 'クラスタの種類',
  distribution: '種類',
  controlPlane: 'コントロールプレーン',
  datastore: 'データストア',
  controlPlaneNodes: 'コントロールプレーンのノード',
  evidence: '判断の根拠',
  noEvidence: 'スナップショットに種類を示す情報がありません(ノードの kubelet バージョン、providerID、コントロールプレーンの Static Pod のいずれも手がかりになりませんでした)。',
  noControlPlaneNodes: 'ラベル(node-role.kubernetes.io/control-plane または master)の付いたノードはありません',
  distributions: {
    kubeadm: 'kubeadm',
    kind: 'kind(Docker コンテナをノードとして使うクラスタ。kubeadm で構築)',
    minikube: 'minikube(kubeadm で構築)',
    k3s: 'k3s',
    eks: 'Amazon EKS(マネージド)',
    gke: 'Google Kubernetes Engine(マネージド)',
    aks: 'Azure Kubernetes Service(マネージド)',
    unknown: '不明',
  } satisfies Record<Distribution, string>,
  controlPlanes: {
    'static-pods': 'クラスタのノード上の Static Pod(kubelet がマニフェストから直接起動)',
    embedded: 'k3s の server プロセスの中(Pod としては存在しない)',
    managed: 'クラウド事業者が運用(クラスタのノード上にはない)',
    unknown: '不明',
  } satisfies Record<ControlPlaneHome, string>,
  datastores: {
    'etcd-static-pod': 'etcd(Static Pod)',
    'k3s-embedded-etcd': 'k3s の組み込み etcd(etcd ロールのノードがある)',
    'k3s-sqlite-or-external': 'SQLite(k3s の既定)または外部データベース。etcd ロールのノードがないため組み込み etcd ではありません。どちらかは API からは分かりません',
    managed: 'クラウド事業者が運用(利用者からは見えない)',
    unknown: '不明',
  } satisfies Record<Datastore, string>,
  /** Where a control-plane component runs when it is not a pod of the cluster. */
  elsewhere: {
    embedded: (component: string) =>
      `このクラスタ(k3s)では ${component} は Pod ではなく、各 server ノードの k3s プロセス(systemd の k3s サービス)の中で動いています。マニフェストのファイルはありません。設定は /etc/rancher/k3s/config.yaml と k3s server の起動オプション、ログは journalctl -u k3s で見ます。`,
    managed: (component: string, provider: string) =>
      `このクラスタ(${provider})では ${component} はクラウド事業者が運用しています。クラスタのノードにも kube-system にもなく、マニフェストやログのファイルには触れられません。状態は事業者のコンソールや CLI、API サーバーの応答(kubectl get --raw='/readyz?verbose')で確かめます。`,
    unknown: (component: string) =>
      `不明: スナップショットには ${component} の Pod がなく、クラスタの種類も判断できないため、${component} がどこで動いているか分かりません。`,
  },
  /** Above a command with `{{controlPlaneNode}}` when the cluster has several control-plane nodes. */
  severalControlPlaneNodes: {
    any: (nodes: string[], example: string) =>
      `コントロールプレーンのノードは ${nodes.length} 台あります(${nodes.join('、')})。このコマンドはどれか 1 台で実行すれば足ります。下の例は ${example} です。`,
    each: (nodes: string[], example: string) =>
      `コントロールプレーンのノードは ${nodes.length} 台あります(${nodes.join('、')})。このコマンドが見るのは 1 台のノードの分だけなので、調べるノード(問題の Pod が動いているノード)ごとに実行します。下の例は ${example} です。ほかのノードでは名前を置き換えてください。`,
  },
  /** One fact the shape was read from, in words. */
  evidenceText(e: ShapeEvidence): string {
    switch (e.fact) {
      case 'kubeletVersion':
        return `ノード ${e.node} の kubelet バージョンが ${e.value}`;
      case 'providerID':
        return `ノード ${e.node} の providerID が ${e.value}`;
      case 'controlPlanePods':
        return `コントロールプレーンの Static Pod がある(${e.value})`;
      case 'noControlPlanePods':
        return 'コントロールプレーンの Pod が kube-system にない';
      case 'configMap':
        return `ConfigMap ${e.value} がある`;
      case 'workload':
        return `ワークロード ${e.value} がある`;
      case 'etcdRole':
        return `ノード ${e.node} に etcd ロールがある`;
      case 'nodeName':
        return `ノード名が ${e.value}`;
    }
  },
};
