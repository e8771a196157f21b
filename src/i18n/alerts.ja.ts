import type { AlertComponent, AlertName } from '../snapshot/alerts/catalogue.ts';
import type { TroubleshootingTopic } from '../snapshot/findings.ts';

/** One alert's own text: what it means (from the upstream rule's expression and description). */
type AlertText = {
  /** 意味: what fired, in the rule's own terms. */
  meaning: string;
  /** The troubleshooting section that handles the symptom, when there is one. */
  topic?: TroubleshootingTopic;
};

/** A site page or section an alert page links to. */
type Link = { path: string; label: string };

/** What every alert about one component shares: impact, diagnosis, remedy and where to read more. */
type ComponentText = {
  title: string;
  /** 影響 */
  impact: string;
  /** 診断: each step with the command that does it. */
  diagnose: { text: string; command: string }[];
  /** 対処 */
  remedy: string[];
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

/** What the alerts of one component share. */
export const COMPONENT_TEXT: Record<AlertComponent, ComponentText> = {
  'kube-apiserver': {
    title: 'kube-apiserver',
    impact: 'API サーバーが応答しないと kubectl もコントローラも動けません。動いている Pod はそのまま動き続けますが、新しいスケジュール・スケール・修復は止まります。',
    diagnose: [
      { text: 'API サーバーが応答するか確かめる', command: 'kubectl get --raw=\'/readyz?verbose\'' },
      { text: 'API サーバーの Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-apiserver -o wide' },
      { text: 'ログを見る', command: logs('component=kube-apiserver') },
    ],
    remedy: [
      'API サーバーが応答しない場合はコントロールプレーンのノードに入り、kubelet とコンテナランタイムの状態を確かめます(crictl ps -a で kube-apiserver のコンテナを探す)。',
      'kubeadm のクラスタではマニフェスト /etc/kubernetes/manifests/kube-apiserver.yaml を kubelet が読んで起動します。証明書の期限切れ・etcd に接続できないことがよくある原因です。',
    ],
    links: [
      { path: '/kube-apiserver/', label: 'kube-apiserver' },
      { path: '/troubleshooting/#api-unreachable', label: 'kubectl が API サーバーに接続できない' },
      { path: '/troubleshooting/#certificates', label: '証明書の期限が近い' },
      { path: '/static-pods/#restart', label: 'Static Pod を再起動する' },
    ],
  },
  etcd: {
    title: 'etcd',
    impact: 'etcd はクラスタの全状態を保存します。クォーラムを失うか書き込めなくなると API サーバーは読み書きに失敗し、クラスタの変更ができなくなります。',
    diagnose: [
      { text: 'etcd の Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=etcd -o wide' },
      { text: 'ログを見る(leader・slow・fsync などの語を探す)', command: logs('component=etcd') },
      { text: 'API サーバーから見た etcd の状態', command: 'kubectl get --raw=\'/readyz/etcd\'' },
    ],
    remedy: [
      'ディスクが遅い(fsync・commit のアラート)場合は、そのノードのディスク I/O と空き容量を確かめます。SD カードなど遅いストレージは etcd に向きません。',
      '変更を加える前に etcd のスナップショットを取ってください(バックアップのページ)。',
    ],
    links: [
      { path: '/etcd/', label: 'etcd' },
      { path: '/backup/#etcd', label: 'etcd のスナップショットを取る' },
      { path: '/backup/#etcd-restore', label: 'etcd をリストアする' },
    ],
  },
  'kube-controller-manager': {
    title: 'kube-controller-manager',
    impact: 'コントローラマネージャが止まると、Deployment・ReplicaSet・ノードの監視・証明書の署名などの調整処理が止まります。動いている Pod はそのまま動きます。',
    diagnose: [
      { text: 'Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-controller-manager -o wide' },
      { text: 'リーダーの Lease を見る', command: 'kubectl -n kube-system get lease kube-controller-manager -o wide' },
      { text: 'ログを見る', command: logs('component=kube-controller-manager') },
    ],
    remedy: ['Pod が動いているのにターゲットに現れない場合は、Prometheus がメトリクスのポート(10257。kubeadm は --bind-address=127.0.0.1 で起動するため、既定ではノードの外から届きません)に届くかを確かめます。'],
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
      { text: 'Pod の状態と再起動回数を見る', command: 'kubectl -n kube-system get pods -l component=kube-scheduler -o wide' },
      { text: 'Pending の Pod があるか見る', command: 'kubectl get pods -A --field-selector=status.phase=Pending' },
      { text: 'ログを見る', command: logs('component=kube-scheduler') },
    ],
    remedy: ['Pod が動いているのにターゲットに現れない場合は、Prometheus がメトリクスのポート(10259。kubeadm は --bind-address=127.0.0.1 で起動するため、既定ではノードの外から届きません)に届くかを確かめます。'],
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
      { text: 'kube-proxy の Pod の状態とノードを見る', command: 'kubectl -n kube-system get pods -l k8s-app=kube-proxy -o wide' },
      { text: 'ログを見る', command: logs('k8s-app=kube-proxy') },
    ],
    remedy: ['kube-proxy のメトリクス(10249)は既定で 127.0.0.1 のみで待ち受けます。Pod が動いているのにターゲットが消えている場合は metricsBindAddress を確かめます。'],
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
    remedy: ['上流 DNS(forward)のアラートでは、Corefile の forward 先(既定は /etc/resolv.conf)にノードから届くかを確かめます。'],
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
      { text: 'ノードに入って kubelet のログを見る', command: 'journalctl -u kubelet --since "1 hour ago"' },
    ],
    remedy: ['ノードに入れる場合は kubelet とコンテナランタイムが動いているかを確かめます(systemctl status kubelet)。ディスクとメモリの逼迫は退避の原因になります。'],
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
    remedy: ['イベントと前回のログで終了の理由(OOMKilled・設定の誤り・イメージが取れない など)を確かめてから対処します。'],
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
    remedy: ['ターゲットが落ちている場合は、対象の Pod が動いているか、メトリクスのポートに Prometheus から届くかを確かめます。'],
    links: [{ path: '/monitoring/', label: '監視とメトリクス' }],
  },
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
  noPods: (component: string) =>
    `このスナップショットには ${component} の Pod がありません。マネージドクラスタ(EKS・GKE・AKS など)や k3s ではコントロールプレーンが kube-system の Pod として見えないため、ここからは状態が不明です。提供元の管理画面やノードのサービス(k3s なら journalctl -u k3s)で確かめてください。`,
  index: {
    title: 'アラート別ランブック',
    description: 'kube-prometheus・kubernetes-mixin・etcd・CoreDNS のアラートごとのページ。アラートの runbook_url をこのサイトに向けると、通知のリンクから直接開けます。',
    sources: '出典(アラート名を取った上流のルールファイル)',
    count: (n: number) => `${n} 件`,
    groupTitle: (group: string) => `アラート別ランブック: ${group}`,
  },
} as const;
