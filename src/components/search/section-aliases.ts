/**
 * Search aliases per section: the words an operator types for a symptom that the section's prose
 * words another way (ディスクがいっぱい for 「ノードのメモリ・ディスクが逼迫している」, leader election for
 * リーダー選出). They follow the section's heading as hidden text weighted like a heading
 * (remark-section-aliases.ts), so a match lands on the section, which the result then links, and the page's
 * prose stays as written. Keyed by page id, then by the heading's
 * explicit id (`\{#not-ready}`) or, without one, its text. Filled in by measuring (bench/search.bench.ts).
 */
export const SECTION_ALIASES: Record<string, Record<string, readonly string[]>> = {
  index: {
    ノード: ['ノード名', 'コントロールプレーン', 'control-plane', 'マスターノード', 'kubelet バージョン', 'IP アドレス', 'InternalIP'],
  },
  troubleshooting: {
    restarts: ['再起動', '落ちる', 'crictl logs', 'journalctl', 'restart'],
    crashloop: ['CrashLoopBackOff', 'クラッシュループ', 'crashloop', '起動しない'],
    'image-pull': ['ImagePullBackOff', 'ErrImagePull', 'イメージ 取れない', 'イメージ 取得', 'レジストリ', 'imagePullSecrets', 'image pull'],
    'not-ready': ['Ready にならない', 'READY 0/1', 'readiness', 'Pod NotReady'],
    oom: ['OOM', 'OOMKilled', 'メモリ不足', '137', 'out of memory'],
    'node-pressure': ['ディスク いっぱい', 'ディスク容量', '容量不足', 'DiskPressure', 'MemoryPressure', 'eviction', '退避'],
    'node-not-ready': ['NotReady', 'ノード NotReady', 'node not ready', 'ノード 落ちた', 'kubelet 止まった', 'kubelet 停止', 'kubelet 起動しない'],
    'lease-churn': ['leader election', 'リーダー', 'Lease', 'リース'],
    'sealed-secrets-key': ['鍵 増えた', '新しい鍵', '鍵 更新'],
    certificates: ['証明書', '期限切れ', 'certificate', 'expiration', 'kubeadm certs'],
    'api-unreachable': ['connection refused', '6443', 'タイムアウト', 'timeout', 'API サーバー 接続できない', 'つながらない', 'kubectl 止まる', 'kubectl 使えない'],
    dns: ['DNS', '引けない', '名前解決', 'nslookup', 'resolv.conf'],
    'kube-proxy': ['つながらない', '接続できない', 'iptables', 'ClusterIP'],
    'service-endpoints': ['エンドポイント', 'EndpointSlice', 'Endpoints'],
    gaps: ['不明', '403', '権限'],
  },
  backup: {
    etcd: ['etcd バックアップ', 'エトセディ', 'etcdctl snapshot save'],
    'etcd-restore': ['etcd リストア', '復元', '戻す', 'etcdctl snapshot restore'],
    'sealed-secrets-key': ['シールドシークレット', 'シールド シークレット', '鍵 バックアップ', '暗号化鍵'],
    'sealed-secrets-restore': ['シールドシークレット', '鍵 復元', '鍵 リストア'],
  },
  coredns: {
    ConfigMap: ['Corefile', 'コアDNS 設定'],
    Service: ['kube-dns', 'ClusterIP', '53'],
  },
  'kube-apiserver': {
    特徴: ['ログ', 'コンテナログ', 'apiserver ログ'],
    Service: ['kubernetes Service', 'ClusterIP'],
    外部アクセス: ['readyz', 'エンドポイント', 'CA 証明書'],
  },
  'kube-scheduler': {
    特徴: ['Pending', 'ペンディング', 'スケジュールされない'],
  },
  'kube-proxy': {
    モード: ['mode', 'iptables', 'IPVS', 'プロキシモード'],
    動作確認: ['ログ', 'iptables'],
  },
  'configmaps-secrets': {
    ConfigMap: ['ConfigMap 一覧'],
    Secret: ['Secret 一覧'],
  },
  'static-pods': {
    manifests: ['manifest', 'マニフェスト', '/etc/kubernetes/manifests'],
    restart: ['再起動', '作り直す'],
  },
};

/** The aliases of one section, or none. */
export function sectionAliases(pageId: string, heading: string): readonly string[] {
  return SECTION_ALIASES[pageId]?.[heading] ?? [];
}

/** The aliases of the section a search result links (`/troubleshooting/#not-ready`, titled by its heading). */
export function aliasesOfLink(url: string, title: string): readonly string[] {
  const [path = '', anchor = ''] = url.split('#');
  const pageId = path.split('/').filter(Boolean).at(-1) ?? 'index';
  const sections = SECTION_ALIASES[pageId] ?? {};
  return sections[decodeURIComponent(anchor)] ?? sections[title] ?? [];
}
