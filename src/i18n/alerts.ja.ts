import type { AlertComponent, AlertName } from '../snapshot/alerts/catalogue.ts';
import type { TroubleshootingTopic } from '../snapshot/findings.ts';
import type { ClusterShape, ForHome, KnownHome } from '../snapshot/cluster-shape.ts';
import { shapeJa } from './shape.ja.ts';

/** One alert's own text: what it means (from the upstream rule's expression and description). */
type AlertText = {
  /** 意味: what fired, in the rule's own terms. */
  meaning: string;
  /** The troubleshooting section that handles the symptom, when there is one. */
  topic?: TroubleshootingTopic;
};

/** A site page or section an alert page links to. */
type Link = ForHome & { path: string; label: string };

/** One diagnosis step: what it does and the command, which may depend on the cluster (its node names, its provider). */
type Step = ForHome & { text: string; command: string | ((shape: ClusterShape) => string) };

/**
 * What every alert about one component shares: impact, diagnosis, remedy and where to read more.
 * Steps, remedies and links marked `on` hold only where the control plane runs that way (kubeadm's
 * paths are false on k3s, and there is no node to ssh into on a managed control plane).
 */
type ComponentText = {
  title: string;
  /** 影響 */
  impact: string;
  /** 診断: each step with the command that does it. */
  diagnose: Step[];
  /** 対処 */
  remedy: (ForHome & { text: string })[];
  links: Link[];
};

/** Every alert's meaning; the type makes a missing alert a type error. */
export const ALERT_TEXT: Record<AlertName, AlertText> = {
  KubePodCrashLooping: { meaning: 'コンテナが 15 分間 CrashLoopBackOff で待機しています。起動しては終了することを繰り返しています。', topic: 'crashloop' },
  KubePodNotReady: { meaning: 'Pod が 15 分以上 Ready になっていません(Pending・Unknown・Failed のまま)。', topic: 'not-ready' },
  KubeDeploymentGenerationMismatch: { meaning: 'Deployment の observedGeneration が generation と一致しません。変更がコントローラに反映されていないか、失敗したままロールバックされていません。', topic: 'replicas' },
  KubeDeploymentReplicasMismatch: { meaning: 'Deployment の利用可能なレプリカ数が 15 分以上、指定した数に達していません。', topic: 'replicas' },
  KubeDeploymentRolloutStuck: { meaning: 'Deployment のロールアウトが 15 分以上進んでいません(Progressing 条件が false)。', topic: 'replicas' },
  KubeStatefulSetReplicasMismatch: { meaning: 'StatefulSet の Ready なレプリカ数が 15 分以上、指定した数に達していません。', topic: 'replicas' },
  KubeStatefulSetGenerationMismatch: { meaning: 'StatefulSet の observedGeneration が generation と一致しません。変更が反映されていないか、失敗したままです。', topic: 'replicas' },
  KubeStatefulSetUpdateNotRolledOut: { meaning: 'StatefulSet の更新が全レプリカに行き渡っていません(currentRevision と updateRevision が違うまま)。', topic: 'replicas' },
  KubeDaemonSetRolloutStuck: { meaning: 'DaemonSet のロールアウトが 15 分以上終わっていません。更新済み・利用可能な Pod の数が予定の数に達していません。', topic: 'replicas' },
  KubeContainerWaiting: { meaning: 'コンテナが 1 時間以上 waiting 状態です(理由はラベル reason。CrashLoopBackOff 以外、例えば ImagePullBackOff)。', topic: 'crashloop' },
  KubeDaemonSetNotScheduled: { meaning: 'DaemonSet の Pod が、置かれるべきノードのいくつかにスケジュールされていません。', topic: 'replicas' },
  KubeDaemonSetMisScheduled: { meaning: 'DaemonSet の Pod が、置かれるべきでないノードで動いています。', topic: 'replicas' },
  KubeJobNotCompleted: { meaning: 'Job が 12 時間(43200 秒)以上たっても完了していません。' },
  KubeJobFailed: { meaning: 'Job が失敗しました。調査のあと失敗した Job を削除するとアラートは消えます。' },
  KubeHpaReplicasMismatch: { meaning: 'HorizontalPodAutoscaler が望むレプリカ数に 15 分以上達していません。' },
  KubeHpaMaxedOut: { meaning: 'HorizontalPodAutoscaler が 15 分以上、最大レプリカ数で動いています。' },
  KubePdbNotEnoughHealthyPods: { meaning: 'PodDisruptionBudget が求める数の健全な Pod がそろっていません。この間、ノードのドレインなど自発的な退避はブロックされます。' },
  KubeVersionMismatch: { meaning: 'クラスタ内で Kubernetes コンポーネントの異なるバージョン(セマンティックバージョン)が動いています。アップグレードの途中か、取り残されたノードがあります。' },
  KubeClientErrors: { meaning: 'API サーバーのクライアント(ラベル job/instance)がリクエストの一定割合でエラーを受けています(5xx など)。' },
  KubeAPIErrorBudgetBurn: { meaning: 'kube-apiserver がエラーバジェット(可用性 SLO)を速く消費しています。遅いかエラーになるリクエストが多い状態です。' },
  KubeClientCertificateExpiration: { meaning: 'API サーバーに認証するクライアント証明書が 7 日以内(critical は 24 時間以内)に期限切れになります。', topic: 'certificates' },
  KubeAggregatedAPIErrors: { meaning: 'アグリゲートされた API(APIService、例: metrics-server)がエラーを報告しています。' },
  KubeAggregatedAPIDown: { meaning: 'アグリゲートされた API(APIService)が直近 10 分間、一部の時間しか利用できませんでした。' },
  KubeAPIDown: { meaning: 'Prometheus のターゲットから kube-apiserver が 15 分以上消えています。API サーバーが止まっているか、Prometheus が見つけられていません。' },
  KubeAPIInstanceUnreachable: { meaning: 'kube-apiserver のインスタンスの一つに Prometheus が 15 分以上接続できません(ターゲットはあるが up が 0)。' },
  KubeAPITerminatedRequests: { meaning: 'kube-apiserver が受けたリクエストの一定割合を打ち切っています(過負荷などで処理されずに終わったリクエスト)。' },
  KubeNodeNotReady: { meaning: 'ノード(ラベル node)が 15 分以上 Ready ではありません。', topic: 'node-not-ready' },
  KubeNodePressure: { meaning: 'ノードに MemoryPressure・DiskPressure・PIDPressure のいずれかの状態が出ています。リソース使用量が退避のしきい値を超えています。', topic: 'node-pressure' },
  KubeNodeUnreachable: { meaning: 'ノードに到達できません(unreachable の taint が付いています)。一部のワークロードが別のノードに移されることがあります。', topic: 'node-not-ready' },
  KubeletTooManyPods: { meaning: 'kubelet が Pod 数の上限(ノードの capacity)近くで動いています。' },
  KubeNodeReadinessFlapping: { meaning: 'ノードの Ready 状態が直近 15 分で何度も切り替わっています。', topic: 'node-not-ready' },
  KubeNodeEviction: { meaning: 'ノードが退避しきい値(ラベル eviction_signal)を超えたため Pod を退避させています。', topic: 'node-pressure' },
  KubeletPlegDurationHigh: { meaning: 'kubelet の PLEG(Pod Lifecycle Event Generator)の relist に時間がかかっています(99 パーセンタイル 10 秒以上)。コンテナランタイムが遅いか過負荷です。' },
  KubeletPodStartUpLatencyHigh: { meaning: 'kubelet での Pod 起動時間の 99 パーセンタイルが 60 秒を超えています。' },
  KubeletClientCertificateExpiration: { meaning: 'ノード(ラベル node)の kubelet のクライアント証明書の期限が近づいています(warning 7 日、critical 1 日)。', topic: 'certificates' },
  KubeletServerCertificateExpiration: { meaning: 'ノード(ラベル node)の kubelet のサーバー証明書の期限が近づいています(warning 7 日、critical 1 日)。', topic: 'certificates' },
  KubeletClientCertificateRenewalErrors: { meaning: 'kubelet がクライアント証明書の更新に失敗しています(直近 5 分間のエラー)。', topic: 'certificates' },
  KubeletServerCertificateRenewalErrors: { meaning: 'kubelet がサーバー証明書の更新に失敗しています(直近 5 分間のエラー)。', topic: 'certificates' },
  KubeletInstanceUnreachable: { meaning: 'kubelet のインスタンスの一つに Prometheus が 15 分以上接続できません(ターゲットはあるが up が 0)。' },
  KubeletDown: { meaning: 'Prometheus のターゲットから kubelet が 15 分以上消えています。' },
  KubeSchedulerDown: { meaning: 'Prometheus のターゲットから kube-scheduler が 15 分以上消えています。' },
  KubeSchedulerInstanceUnreachable: { meaning: 'kube-scheduler のインスタンスの一つに Prometheus が 15 分以上接続できません。' },
  KubeControllerManagerDown: { meaning: 'Prometheus のターゲットから kube-controller-manager が 15 分以上消えています。' },
  KubeControllerManagerInstanceUnreachable: { meaning: 'kube-controller-manager のインスタンスの一つに Prometheus が 15 分以上接続できません。' },
  KubeProxyDown: { meaning: 'Prometheus のターゲットから kube-proxy が 15 分以上消えています。', topic: 'kube-proxy' },
  KubeProxyInstanceUnreachable: { meaning: 'kube-proxy のインスタンスの一つに Prometheus が 15 分以上接続できません。', topic: 'kube-proxy' },
  TargetDown: { meaning: 'あるジョブ/Service(ラベル job・service・namespace)のスクレイプ対象の 10% 以上に Prometheus が 10 分以上接続できません。' },
  Watchdog: { meaning: '常に発火しているアラートです。アラートの経路(Prometheus → Alertmanager → 通知先)が動いていることを示します。このアラートが届かなくなったときが異常です。' },
  InfoInhibitor: { meaning: 'severity=info のアラートを抑制するためのアラートです。単独では対処不要です。' },
  etcdMembersDown: { meaning: 'etcd クラスタのメンバーが停止しているか、メンバー間の通信に失敗しています。' },
  etcdInsufficientMembers: { meaning: 'etcd の動いているメンバーが過半数(クォーラム)に足りません。' },
  etcdNoLeader: { meaning: 'etcd メンバー(ラベル instance)にリーダーがいません。' },
  etcdHighNumberOfLeaderChanges: { meaning: 'etcd のリーダーが直近 15 分で 4 回以上交代しました。リソース不足・ネットワーク遅延・再起動などが原因になります。' },
  etcdHighNumberOfFailedGRPCRequests: { meaning: 'etcd の gRPC リクエスト(ラベル grpc_method)の一定割合(warning 1%、critical 5%)が失敗しています。' },
  etcdGRPCRequestsSlow: { meaning: 'etcd の gRPC リクエストの 99 パーセンタイルが 0.15 秒を超えています。' },
  etcdMemberCommunicationSlow: { meaning: 'etcd メンバー間(ラベル To)の通信の 99 パーセンタイルが 0.15 秒を超えています。' },
  etcdHighNumberOfFailedProposals: { meaning: 'etcd で Raft の提案(proposal)の失敗が、直近 15 分の平均で毎秒 5 件を超えています。' },
  etcdHighFsyncDurations: { meaning: 'etcd の WAL fsync の 99 パーセンタイルが遅くなっています(warning 0.5 秒、critical 1 秒)。ディスクが遅いことを示します。' },
  etcdHighCommitDurations: { meaning: 'etcd のバックエンドのコミットの 99 パーセンタイルが 0.25 秒を超えています。ディスクが遅いことを示します。' },
  etcdDatabaseQuotaLowSpace: { meaning: 'etcd のデータベースサイズがクォータ(--quota-backend-bytes)の 95% を超えています。満杯になると書き込みが拒否されます。' },
  etcdExcessiveDatabaseGrowth: { meaning: 'etcd のデータベースの増え方から、4 時間以内にクォータを使い切ると予測されています。' },
  etcdDatabaseHighFragmentationRatio: { meaning: 'etcd のデータベースの使用中の割合が、確保済みの領域の 50% 未満です(断片化)。デフラグで領域を回収できます。' },
  CoreDNSDown: { meaning: 'Prometheus のターゲットから CoreDNS が 15 分以上消えています。', topic: 'dns' },
  CoreDNSLatencyHigh: { meaning: 'CoreDNS の応答時間の 99 パーセンタイルが 4 秒を超えています(ラベル server・zone)。', topic: 'dns' },
  CoreDNSErrorsHigh: { meaning: 'CoreDNS が応答の一定割合(warning 1%、critical 3%)で SERVFAIL を返しています。', topic: 'dns' },
  CoreDNSForwardLatencyHigh: { meaning: 'CoreDNS から上流 DNS サーバー(ラベル to)への転送の 99 パーセンタイルが 4 秒を超えています。', topic: 'dns' },
  CoreDNSForwardErrorsHigh: { meaning: 'CoreDNS の上流 DNS サーバー(ラベル to)への転送の一定割合(warning 1%、critical 3%)が SERVFAIL です。', topic: 'dns' },
  CoreDNSForwardHealthcheckFailureCount: { meaning: 'CoreDNS の forward プラグインが上流 DNS サーバー(ラベル to)のヘルスチェックに失敗しています。', topic: 'dns' },
  CoreDNSForwardHealthcheckBrokenCount: { meaning: 'CoreDNS の forward プラグインで、すべての上流 DNS サーバーのヘルスチェックが失敗しています。', topic: 'dns' },
};

const logs = (selector: string) => `kubectl -n kube-system logs -l ${selector} --tail=100 --prefix`;

/** A shell on a node of a cluster whose control plane runs as static pods: kind's nodes are containers, minikube has its own command. */
const nodeShell = (shape: ClusterShape, node: string) =>
  shape.distribution === 'kind' ? `docker exec -it ${node} bash` : shape.distribution === 'minikube' ? `minikube ssh -n ${node}` : `ssh ${node}`;
/** The first control-plane (k3s: server) node the snapshot names, or a placeholder. */
const controlPlaneNode = (shape: ClusterShape) => shape.controlPlaneNodes[0] ?? '<コントロールプレーンのノード>';
const k3sJournal = (shape: ClusterShape, grep = '') =>
  `ssh ${controlPlaneNode(shape)}\nsudo journalctl -u k3s --since "1 hour ago"${grep ? ` | grep -iE '${grep}'` : ''}`;

/** The provider's CLI asking for the control plane's state; every provider's when the snapshot does not say which. */
const PROVIDER_STATUS = {
  eks: 'aws eks describe-cluster --name <クラスタ名> --query cluster.status',
  gke: 'gcloud container clusters describe <クラスタ名> --location <リージョンまたはゾーン> --format="value(status)"',
  aks: 'az aks show --resource-group <リソースグループ> --name <クラスタ名> --query provisioningState',
} as const;
const providerStatus = (shape: ClusterShape) =>
  shape.distribution === 'eks' || shape.distribution === 'gke' || shape.distribution === 'aks'
    ? PROVIDER_STATUS[shape.distribution]
    : Object.entries(PROVIDER_STATUS)
        .map(([provider, command]) => `# ${provider.toUpperCase()}\n${command}`)
        .join('\n');

const PROVIDER_CONSOLE =
  'コントロールプレーンはクラウド事業者が運用しており、ノードに入っても見つかりません。事業者のコンソールかステータスページでクラスタの状態を確かめ、回復しなければ事業者のサポートに連絡します。コントロールプレーンのログは、有効にしてあれば事業者のログサービス(EKS は CloudWatch Logs、GKE は Cloud Logging、AKS は診断設定の送り先)で見られます。';
const scrapedNowhere = (component: string, chart: string) =>
  `マネージドクラスタでは ${component} は事業者のマシンで動くため、Prometheus のスクレイプ対象として見つからないのが普通です。その場合 *Down のアラート(up が無いことを見る absent)は障害ではなく監視の設定によるもので、kube-prometheus-stack では ${chart} で止めます。`;

/** What every alert about one component shares, with the parts that differ by where the control plane runs. */
export const COMPONENT_TEXT: Record<AlertComponent, ComponentText> = {
  'kube-apiserver': {
    title: 'kube-apiserver',
    impact: 'API サーバーが応答しないと kubectl もコントローラも動けません。動いている Pod はそのまま動き続けますが、新しいスケジュール・スケール・修復は止まります。',
    diagnose: [
      { text: 'API サーバーが応答するか確かめる', command: 'kubectl get --raw=\'/readyz?verbose\'' },
      { text: 'API サーバーの Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-apiserver -o wide', on: ['static-pods'] },
      { text: 'ログを見る', command: logs('component=kube-apiserver'), on: ['static-pods'] },
      { text: 'API サーバーが応答しないときは、ノードに入ってコンテナを探す', command: (shape) => `${nodeShell(shape, controlPlaneNode(shape))}\nsudo crictl ps -a --name kube-apiserver`, on: ['static-pods'] },
      { text: 'server ノードで k3s のサービス(API サーバーを含む)の状態とログを見る', command: (shape) => `${k3sJournal(shape)}\nsudo systemctl status k3s`, on: ['embedded'] },
      { text: '事業者の CLI でコントロールプレーンの状態を見る', command: providerStatus, on: ['managed'] },
    ],
    remedy: [
      { text: 'API サーバーが応答しない場合はコントロールプレーンのノードに入り、kubelet とコンテナランタイムの状態を確かめます(crictl ps -a で kube-apiserver のコンテナを探す)。', on: ['static-pods'] },
      { text: 'kubeadm のクラスタではマニフェスト /etc/kubernetes/manifests/kube-apiserver.yaml を kubelet が読んで起動します。証明書の期限切れ・etcd に接続できないことがよくある原因です。', on: ['static-pods'] },
      { text: 'k3s では API サーバーは k3s のサービスの中で動きます。journalctl -u k3s のログで起動の失敗(証明書・データストアへの接続)を探し、原因を直してから sudo systemctl restart k3s で再起動します。設定は /etc/rancher/k3s/config.yaml と k3s server の起動オプション、証明書は /var/lib/rancher/k3s/server/tls/ にあります。', on: ['embedded'] },
      { text: PROVIDER_CONSOLE, on: ['managed'] },
    ],
    links: [
      { path: '/kube-apiserver/', label: 'kube-apiserver' },
      { path: '/troubleshooting/#api-unreachable', label: 'kubectl が API サーバーに接続できない' },
      { path: '/troubleshooting/#certificates', label: '証明書の期限が近い', on: ['static-pods', 'embedded'] },
      { path: '/troubleshooting/#api-health', label: 'API サーバーのヘルスチェックが失敗している' },
      { path: '/static-pods/#restart', label: 'Static Pod を再起動する', on: ['static-pods'] },
    ],
  },
  etcd: {
    title: 'etcd',
    impact: 'etcd はクラスタの全状態を保存します。クォーラムを失うか書き込めなくなると API サーバーは読み書きに失敗し、クラスタの変更ができなくなります。',
    diagnose: [
      { text: 'API サーバーから見た etcd の状態', command: 'kubectl get --raw=\'/readyz/etcd\'' },
      { text: 'etcd の Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=etcd -o wide', on: ['static-pods'] },
      { text: 'ログを見る(leader・slow・fsync などの語を探す)', command: logs('component=etcd'), on: ['static-pods'] },
      { text: '組み込み etcd を動かすノード(etcd ロール)を見る', command: 'kubectl get nodes -l node-role.kubernetes.io/etcd=true -o wide', on: ['embedded'] },
      { text: 'server ノードで k3s のログから etcd の行を探す', command: (shape) => k3sJournal(shape, 'etcd|raft|fsync|slow'), on: ['embedded'] },
    ],
    remedy: [
      { text: 'ディスクが遅い(fsync・commit のアラート)場合は、そのノードのディスク I/O と空き容量を確かめます。SD カードなど遅いストレージは etcd に向きません。', on: ['static-pods', 'embedded'] },
      { text: '変更を加える前に etcd のスナップショットを取ってください(バックアップのページ)。', on: ['static-pods'] },
      { text: 'k3s の組み込み etcd のデータは各 server ノードの /var/lib/rancher/k3s/server/db/etcd/ にあります。変更の前に sudo k3s etcd-snapshot save でスナップショットを取ってください。k3s が SQLite(既定)で動いているなら etcd はなく、etcd のアラートが出るのは外部の etcd(--datastore-endpoint の先)です。', on: ['embedded'] },
      { text: 'このクラスタの etcd はクラウド事業者が運用しており、利用者は etcd のメトリクスにもデータにも触れられません。etcd のアラートが出ているなら、Prometheus がどの etcd をスクレイプしているか(ターゲットのジョブ名)を確かめます。API サーバーが etcd に届かないとき(/readyz/etcd の失敗)は事業者のサポートに連絡します。', on: ['managed'] },
    ],
    links: [
      { path: '/etcd/', label: 'etcd' },
      { path: '/backup/#etcd', label: 'etcd のスナップショットを取る', on: ['static-pods'] },
      { path: '/backup/#etcd-restore', label: 'etcd をリストアする', on: ['static-pods'] },
      { path: '/backup/#k3s-datastore', label: 'k3s のデータストアをバックアップする', on: ['embedded'] },
    ],
  },
  'kube-controller-manager': {
    title: 'kube-controller-manager',
    impact: 'コントローラマネージャが止まると、Deployment・ReplicaSet・ノードの監視・証明書の署名などの調整処理が止まります。動いている Pod はそのまま動きます。',
    diagnose: [
      { text: 'リーダーの Lease を見る(更新が止まっていれば動いていません)', command: 'kubectl -n kube-system get lease kube-controller-manager -o wide' },
      { text: 'Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-controller-manager -o wide', on: ['static-pods'] },
      { text: 'ログを見る', command: logs('component=kube-controller-manager'), on: ['static-pods'] },
      { text: 'server ノードで k3s のログからコントローラの行を探す', command: (shape) => k3sJournal(shape, 'controller'), on: ['embedded'] },
    ],
    remedy: [
      { text: 'Pod が動いているのにターゲットに現れない場合は、Prometheus がメトリクスのポート(10257。kubeadm は --bind-address=127.0.0.1 で起動するため、既定ではノードの外から届きません)に届くかを確かめます。', on: ['static-pods'] },
      { text: 'k3s では kube-controller-manager は k3s のサービスの中で動きます。Lease が更新されていてアラートだけが出ている場合は、Prometheus が server ノードのポート 10257 に届くか(k3s の kube-controller-manager-arg で bind-address を設定しているか)を確かめます。', on: ['embedded'] },
      { text: scrapedNowhere('kube-controller-manager', 'kubeControllerManager.enabled: false と defaultRules.rules.kubeControllerManager: false'), on: ['managed'] },
    ],
    links: [
      { path: '/kube-controller-manager/', label: 'kube-controller-manager' },
      { path: '/troubleshooting/#lease-churn', label: 'リーダー選出が頻繁に切り替わる' },
      { path: '/monitoring/#endpoints', label: 'メトリクスエンドポイント' },
    ],
  },
  'kube-scheduler': {
    title: 'kube-scheduler',
    impact: 'スケジューラが止まると新しい Pod がノードに割り当てられず Pending のままになります。動いている Pod はそのまま動きます。',
    diagnose: [
      { text: 'Pending の Pod があるか見る', command: 'kubectl get pods -A --field-selector=status.phase=Pending' },
      { text: 'リーダーの Lease を見る(更新が止まっていれば動いていません)', command: 'kubectl -n kube-system get lease kube-scheduler -o wide' },
      { text: 'Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-scheduler -o wide', on: ['static-pods'] },
      { text: 'ログを見る', command: logs('component=kube-scheduler'), on: ['static-pods'] },
      { text: 'server ノードで k3s のログからスケジューラの行を探す', command: (shape) => k3sJournal(shape, 'scheduler'), on: ['embedded'] },
    ],
    remedy: [
      { text: 'Pod が動いているのにターゲットに現れない場合は、Prometheus がメトリクスのポート(10259。kubeadm は --bind-address=127.0.0.1 で起動するため、既定ではノードの外から届きません)に届くかを確かめます。', on: ['static-pods'] },
      { text: 'k3s では kube-scheduler は k3s のサービスの中で動きます。Lease が更新されていてアラートだけが出ている場合は、Prometheus が server ノードのポート 10259 に届くか(k3s の kube-scheduler-arg で bind-address を設定しているか)を確かめます。', on: ['embedded'] },
      { text: scrapedNowhere('kube-scheduler', 'kubeScheduler.enabled: false と defaultRules.rules.kubeSchedulerAlerting: false'), on: ['managed'] },
    ],
    links: [
      { path: '/kube-scheduler/', label: 'kube-scheduler' },
      { path: '/troubleshooting/#lease-churn', label: 'リーダー選出が頻繁に切り替わる' },
      { path: '/monitoring/#endpoints', label: 'メトリクスエンドポイント' },
    ],
  },
  'kube-proxy': {
    title: 'kube-proxy',
    impact: 'kube-proxy が動かないノードでは Service の ClusterIP への通信ルールが更新されず、Service に接続できなくなることがあります。',
    diagnose: [
      { text: 'kube-proxy の Pod の状態とノードを見る', command: 'kubectl -n kube-system get pods -o wide | grep kube-proxy', on: ['static-pods', 'managed'] },
      { text: 'ログを見る', command: 'kubectl -n kube-system logs <kube-proxy の Pod> --tail=100', on: ['static-pods', 'managed'] },
      { text: 'そのノードで k3s のログから kube-proxy の行を探す(agent ノードのサービスは k3s-agent)', command: 'ssh <ノード名>\nsudo journalctl -u k3s-agent --since "1 hour ago" | grep -i proxy', on: ['embedded'] },
    ],
    remedy: [
      { text: 'kube-proxy のメトリクス(10249)は既定で 127.0.0.1 のみで待ち受けます。Pod が動いているのにターゲットが消えている場合は metricsBindAddress を確かめます。', on: ['static-pods', 'managed'] },
      { text: 'k3s では kube-proxy は Pod ではなく、各ノードの k3s(server)または k3s-agent のサービスの中で動きます。メトリクス(10249)をスクレイプするには k3s の kube-proxy-arg で metrics-bind-address を設定します。', on: ['embedded'] },
    ],
    links: [
      { path: '/kube-proxy/', label: 'kube-proxy' },
      { path: '/troubleshooting/#kube-proxy', label: 'Service に接続できない' },
    ],
  },
  coredns: {
    title: 'CoreDNS',
    impact: 'クラスタ内の名前解決が失敗するか遅くなり、Service 名で通信するすべての Pod に影響します。',
    diagnose: [
      { text: 'CoreDNS の Pod の状態を見る', command: 'kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide' },
      { text: 'kube-dns Service のエンドポイントを見る', command: 'kubectl -n kube-system get endpointslices -l kubernetes.io/service-name=kube-dns' },
      { text: 'ログを見る', command: logs('k8s-app=kube-dns') },
    ],
    remedy: [{ text: '上流 DNS(forward)のアラートでは、Corefile の forward 先(既定は /etc/resolv.conf)にノードから届くかを確かめます。' }],
    links: [
      { path: '/coredns/', label: 'CoreDNS' },
      { path: '/troubleshooting/#dns', label: 'DNS で名前解決できない' },
      { path: '/troubleshooting/#service-endpoints', label: 'Service に準備完了のエンドポイントがない' },
    ],
  },
  kubelet: {
    title: 'kubelet とノード',
    impact: 'ノードの kubelet が動かないと、そのノードの Pod の状態が更新されず、一定時間後に Pod が別のノードへ移されます(DaemonSet と Static Pod は移りません)。',
    diagnose: [
      { text: 'ノードの状態を見る', command: 'kubectl get nodes -o wide' },
      { text: 'ノードの状態と条件の詳細', command: 'kubectl describe node <ノード名>' },
      { text: 'ノードに入って kubelet のログを見る', command: (shape) => `${nodeShell(shape, '<ノード名>')}\nsudo journalctl -u kubelet --since "1 hour ago"`, on: ['static-pods'] },
      { text: 'ノードに入って kubelet(k3s のサービスの中)のログを見る。server ノードは k3s、agent ノードは k3s-agent', command: 'ssh <ノード名>\nsudo journalctl -u k3s-agent --since "1 hour ago"', on: ['embedded'] },
      { text: 'ノードに SSH できないときは、ノードのホストに入る Pod で kubelet のログを見る(ホストのファイルは /host の下)', command: 'kubectl debug node/<ノード名> -it --image=busybox\nchroot /host journalctl -u kubelet --since "1 hour ago"', on: ['managed'] },
    ],
    remedy: [
      { text: 'ノードに入れる場合は kubelet とコンテナランタイムが動いているかを確かめます(systemctl status kubelet)。ディスクとメモリの逼迫は退避の原因になります。', on: ['static-pods'] },
      { text: 'k3s の kubelet は k3s(server)または k3s-agent のサービスの中で動きます。systemctl status k3s-agent(server ノードでは k3s)で状態を確かめ、直したら sudo systemctl restart k3s-agent で再起動します。ディスクとメモリの逼迫は退避の原因になります。', on: ['embedded'] },
      { text: 'マネージドクラスタのノードは事業者のノードプール(ノードグループ)の仮想マシンです。kubelet が戻らないノードは、直すよりもノードプールに置き換えさせる(ノードを drain して削除する)ほうが早いことがあります。ディスクとメモリの逼迫は退避の原因になります。', on: ['managed'] },
    ],
    links: [
      { path: '/troubleshooting/#node-not-ready', label: 'ノードが NotReady になった' },
      { path: '/troubleshooting/#node-pressure', label: 'ノードのメモリ・ディスクが逼迫している' },
      { path: '/troubleshooting/#certificates', label: '証明書の期限が近い' },
    ],
  },
  workloads: {
    title: 'kube-system のワークロード',
    impact: 'kube-system のワークロードはクラスタの基本機能(DNS・ネットワーク・コントロールプレーン)を担います。レプリカが足りないと冗長性が失われるか、その機能が止まります。',
    diagnose: [
      { text: 'アラートの Pod の状態とイベントを見る', command: 'kubectl -n <namespace> describe pod <pod>' },
      { text: '前回終了したコンテナのログを見る', command: 'kubectl -n <namespace> logs <pod> --previous' },
      { text: 'kube-system の警告イベントを見る', command: 'kubectl -n kube-system get events --field-selector type=Warning --sort-by=.lastTimestamp' },
    ],
    remedy: [{ text: 'イベントと前回のログで終了の理由(OOMKilled・設定の誤り・イメージが取れない など)を確かめてから対処します。' }],
    links: [
      { path: '/troubleshooting/#crashloop', label: 'CrashLoopBackOff を繰り返す' },
      { path: '/troubleshooting/#image-pull', label: 'イメージを取得できない' },
      { path: '/troubleshooting/#not-ready', label: 'Pod が Ready にならない' },
      { path: '/troubleshooting/#replicas', label: 'レプリカ数が足りない' },
    ],
  },
  monitoring: {
    title: '監視の経路',
    impact: '監視そのものの状態を示すアラートです。監視対象が見えないと、その間の異常にアラートが出ません。',
    diagnose: [{ text: 'Prometheus のターゲットの状態を見る(Prometheus の UI の Status → Targets)', command: 'kubectl get servicemonitors,podmonitors -A' }],
    remedy: [{ text: 'ターゲットが落ちている場合は、対象の Pod が動いているか、メトリクスのポートに Prometheus から届くかを確かめます。' }],
    links: [{ path: '/monitoring/', label: '監視とメトリクス' }],
  },
};

/** The control-plane homes as an alert page names them when it lists every kind's steps. */
export const HOME_JA: Record<KnownHome, string> = {
  'static-pods': 'Static Pod のコントロールプレーン(kubeadm・kind・minikube)',
  embedded: 'k3s',
  managed: 'マネージド(EKS・GKE・AKS)',
};

/** The headings and fixed sentences of an alert page and of the alert index. */
export const alertPageJa = {
  title: (name: string) => `アラート ${name}`,
  description: (name: string, component: string) => `Prometheus のアラート ${name}(${component})の意味・影響・診断・対処と、このクラスタの今の状態。`,
  meaning: '意味',
  impact: '影響',
  now: 'このクラスタの今の状態',
  diagnose: '診断',
  remedy: '対処',
  related: '関連するページ',
  upstream: (group: string, repo: string, commit: string) => `上流のルールグループ ${group}(${repo} ${commit.slice(0, 7)})`,
  troubleshooting: '対処の手順(トラブルシューティング)',
  /** Why the snapshot holds no pod of the component, as far as the cluster's shape tells. */
  noPods: (component: AlertComponent, title: string, shape: ClusterShape): string => {
    const controlPlane = component === 'kube-apiserver' || component === 'etcd' || component === 'kube-controller-manager' || component === 'kube-scheduler';
    if (shape.controlPlane === 'embedded' && component === 'etcd') return `このクラスタ(k3s)には etcd の Pod がありません。k3s のデータストア: ${shapeJa.datastores[shape.datastore]}。`;
    if (shape.controlPlane === 'embedded' && (controlPlane || component === 'kube-proxy')) {
      return `このクラスタ(k3s)には ${title} の Pod がありません。k3s では ${title} は Pod ではなく k3s のサービス(server ノードは k3s、agent ノードは k3s-agent)の中で動くため、状態は下の診断のとおりノードの journalctl で確かめます。`;
    }
    if (shape.controlPlane === 'managed' && controlPlane) {
      return `このクラスタ(${shapeJa.distributions[shape.distribution]})には ${title} の Pod がありません。${title} はクラウド事業者が運用しており、状態は事業者のコンソールや CLI と API サーバーの応答で確かめます。`;
    }
    return `このスナップショットには ${title} の Pod がありません。マネージドクラスタ(EKS・GKE・AKS など)や k3s ではコントロールプレーンが kube-system の Pod として見えないため、ここからは状態が不明です。提供元の管理画面やノードのサービス(k3s なら journalctl -u k3s)で確かめてください。`;
  },
  /** Said before the steps when the snapshot does not tell where the control plane runs. */
  homeUnknown: 'このスナップショットからはコントロールプレーンの動き方(Static Pod・k3s・マネージド)が分からないため、それぞれの場合の手順を並べています。',
  /** The prefix of a step or remedy for some control-plane homes, on a page whose cluster's is unknown. */
  onlyFor: (homes: string[]) => `【対象: ${homes.join('、')}】`,
  index: {
    title: 'アラート別ランブック',
    description: 'kube-prometheus・kubernetes-mixin・etcd・CoreDNS のアラートごとのページ。アラートの runbook_url をこのサイトに向けると、通知のリンクから直接開けます。',
    sources: '出典(アラート名を取った上流のルールファイル)',
    count: (n: number) => `${n} 件`,
    groupTitle: (group: string) => `アラート別ランブック: ${group}`,
  },
} as const;
