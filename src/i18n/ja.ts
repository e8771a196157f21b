import { SEVERITIES, type Severity } from '../snapshot/findings.ts';
import { SEVERITY_LABELS } from './findings.ja.ts';
import { gapReason } from './gaps.ja.ts';

/** Every UI string of the live components, in Japanese (as Starlight keeps its own in translations/ja.json). */
export const ja = {
  unknown: '不明',
  none: 'なし',
  times: (n: number) => `${n}回`,

  noSnapshot: {
    title: 'スナップショットがまだありません',
    body: 'このサイトの表と警告はクラスタのスナップショットから作られますが、スナップショットのフォルダが空です。',
    how: 'クラスタに接続できる端末で次を実行し、もう一度ビルドしてください:',
    command: 'npm run snapshot && npm run build',
    short: 'スナップショットがないため表示できません。',
  },

  capturedAt: {
    label: 'スナップショット',
    cluster: 'クラスタ',
    captured: '取得日時',
    source: '取得元',
    sources: { live: 'クラスタから取得', file: 'kubectl のダンプファイル', example: 'サンプルデータ' },
    stale: (relative: string) => `このスナップショットは${relative}のものです(7日より古い)。現在のクラスタとは違う可能性があります。npm run snapshot で取り直してください。`,
    staleLabel: '古いデータ',
    example: 'これは同梱のサンプルデータです。実際のクラスタの状態ではありません。',
    exampleLabel: 'サンプル',
    caption: (cluster: string, jst: string, relative: string) => `${cluster} / ${jst}(${relative})時点`,
    /** After the capture time of a `--from` import without --captured-at. */
    inferred: 'ダンプ内の最も新しい時刻から推定(kubectl のダンプは取得時刻を記録しないため)',
    inferredShort: '推定',
  },

  kinds: {
    Deployment: 'Deployment',
    DaemonSet: 'DaemonSet',
    StatefulSet: 'StatefulSet',
    CronJob: 'CronJob',
    Job: 'Job',
    ReplicaSet: 'ReplicaSet',
    StaticPod: 'Static Pod',
    Pod: 'Pod',
  } as Record<string, string>,

  podTable: {
    name: 'Pod名',
    replicas: 'レプリカ',
    status: 'ステータス',
    age: '稼働期間',
    restarts: '再起動回数',
    podsOf: (name: string, count: number) => `${name} の Pod(${count}件)`,
    pod: 'Pod',
    node: 'ノード',
    ready: 'READY',
    podStatus: 'STATUS',
    podRestarts: '再起動',
    lastTermination: '前回の終了',
    unscheduled: '未割り当て',
    noPods: 'Pod がありません',
    empty: 'このネームスペースにワークロードはありません。',
  },

  termination: {
    exitCode: (code: number) => `終了コード ${code}`,
    signal: (signal: number) => `シグナル ${signal}`,
  },

  findings: {
    title: 'いま注意が必要なこと',
    none: 'このスナップショットで見つかった問題はありません。',
    evidence: '根拠',
    howTo: '対処方法',
    icons: { critical: '⛔', warning: '⚠️', info: 'ℹ️' } satisfies Record<Severity, string>,
    countLine: (c: Record<Severity, number>) => SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${c[s]}件`).join('・'),
    componentNone: 'このコンポーネントについて見つかった問題はありません。',
    /** Instead of ✅ when the snapshot could not read everything: the rules could not look at what is 不明. */
    noneButUnread: (component: boolean, unread: string[]) =>
      `${component ? 'このコンポーネントについて、' : ''}読めた範囲では問題は見つかりませんでした。ただし、このスナップショットには不明な項目が ${unread.length} 件あり(${unread.join('、')})、それに関わる問題は確かめられていません。`,
    silencedTitle: '保留中の問題(findings.decisions.yaml で一時的に除外)',
    silencedLine: (until: string, reason: string) => `${until} まで除外: ${reason}`,
    expired: (until: string, reason: string) => `除外の期限(${until})が過ぎたため再び表示しています。除外の理由: ${reason}`,
  },

  details: {
    kind: 'タイプ',
    manifest: 'マニフェスト',
    node: 'ノード',
    nodes: 'ノード',
    replicas: 'レプリカ数',
    podCount: 'Pod数',
    age: '稼働期間',
    restarts: '再起動回数',
    images: 'イメージ',
    notFound: (what: string) => `最新のスナップショットに ${what} が見つかりません。`,
    perRole: (role: string, n: number) => `${role}×${n}`,
    worker: 'worker',
  },

  certificates: {
    name: '証明書',
    source: '何の証明書か',
    location: '場所',
    issuer: '発行者',
    notAfter: '有効期限',
    daysLeft: '残り',
    trend: '残り日数の推移',
    missing: 'ディスクにない',
    selfSigned: '自己署名',
    sans: '別名 (SAN)',
    none: 'このスナップショットには証明書の情報がありません。',
    unread: '読めなかった証明書',
    noKubeadm: 'コントロールプレーンのディスク上の証明書(kubeadm・k3s)はこのスナップショットにありません。コントロールプレーンのノードで次のコマンドの出力を保存し、npm run snapshot -- --certs ファイル で取り込んでください(クラスタから直接取るときも、--from のダンプでも使えます):',
  },

  apiHealth: {
    endpoint: 'エンドポイント',
    result: '結果',
    checks: 'チェック数',
    failing: '失敗しているチェック',
    passed: '✅ すべて成功',
    failed: '❌ 失敗あり',
    what: (endpoint: string) => `API サーバーの /${endpoint}`,
  },

  services: {
    name: '名前',
    type: 'タイプ',
    clusterIP: 'ClusterIP',
    ports: 'ポート',
    none: '該当する Service はありません。',
  },

  configMaps: {
    name: '名前',
    keys: 'キー',
    description: '内容',
    age: '作成から',
    none: 'ConfigMap はありません。',
    known: {
      coredns: 'CoreDNS の設定ファイル (Corefile)',
      'kube-proxy': 'kube-proxy の設定',
      'kubeadm-config': 'kubeadm の初期化設定',
      'kubelet-config': 'kubelet の設定',
      'extension-apiserver-authentication': 'API 拡張(アグリゲーション)の認証設定',
      'kube-apiserver-legacy-service-account-token-tracking': 'ServiceAccount トークンの追跡',
      'kube-root-ca.crt': 'クラスタのルート CA 証明書',
      'cluster-info': 'クラスタ検出用の情報(CA 証明書と API サーバー)',
    } as Record<string, string>,
  },

  secrets: {
    name: '名前',
    type: 'タイプ',
    keyCount: 'キー数',
    age: '作成から',
    none: 'Secret はありません。',
    valuesNever: '値はスナップショットに含まれません(名前・タイプ・キー数のみ)。',
  },

  nodes: {
    name: 'ノード',
    roles: '役割',
    status: '状態',
    version: 'kubelet',
    ip: '内部IP',
    os: 'OS / アーキテクチャ',
    age: '稼働期間',
    ready: 'Ready',
    notReady: 'NotReady',
    unschedulable: 'スケジュール無効',
    // kubectl get nodes' ROLES for a node without a node-role label.
    noRole: '<none>',
    none: 'ノードの情報はありません。',
  },

  gaps: {
    title: 'スナップショットで読めなかったもの',
    /** The gap's reason in words, with its HTTP status when there is one: `権限がありません (HTTP 403)`. */
    reason: gapReason,
    because: (reason: string) => `理由: ${reason}`,
    notCaptured: 'スナップショットに記録されていません',
  },

  sealedSecrets: {
    namespace: 'Namespace',
    name: '名前',
    synced: '同期',
    keys: '暗号化キー',
    age: '作成から',
    yes: '✓ 同期済み',
    no: '✗ 失敗',
    unknown: '? 不明',
    none: 'SealedSecret はありません。',
  },

  clusterInfo: {
    server: 'API サーバーエンドポイント',
    caSubject: 'CA 証明書のサブジェクト',
    caNotAfter: 'CA 証明書の有効期限',
    remaining: (days: number) => (days >= 0 ? `残り${days}日` : `${-days}日前に期限切れ`),
  },

  kubeProxy: {
    mode: 'モード',
    defaulted: (mode: string) => `${mode}(config.conf の mode が空のため既定値)`,
  },

  commandIndex: {
    empty: 'コマンドを含むページがありません。',
    source: (page: string, heading: string | null) => (heading ? `${page}「${heading}」で説明を読む` : `${page}で説明を読む`),
    toPage: (page: string) => `${page}のページへ`,
    topicOnly: (page: string, count: number) => `${page}のコマンドだけを表示(${count}件)`,
    topicTitle: (page: string) => `コマンド集: ${page}`,
    topicDescription: (page: string) => `${page}のページにあるコマンドの一覧。`,
    all: 'コマンド集(すべて)',
  },

  staticPods: {
    manifestsOn: (node: string, dir: string) => `${node} の ${dir}`,
    none: 'このスナップショットには Static Pod がありません。',
    restarts: (n: number) => `再起動 ${n}回`,
  },

  metrics: {
    service: 'Service',
    clusterIP: 'ClusterIP',
    port: 'ポート',
    path: 'エンドポイント',
    none: 'メトリクス用のポートを公開している Service はありません。',
  },

  search: {
    filterName: '種類',
    commands: 'コマンド',
    pages: '解説',
  },
} as const;
