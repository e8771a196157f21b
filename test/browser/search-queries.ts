/**
 * Realistic incident queries in Japanese and the pages that answer them: a query passes when one of
 * its pages is among the first three results. Short and long, katakana for English names, symptoms
 * phrased differently from the headings.
 */
export const SEARCH_CASES: readonly { query: string; pages: readonly string[] }[] = [
  { query: '再起動', pages: ['/troubleshooting/', '/kube-controller-manager/'] },
  { query: 'DNS 解決できない', pages: ['/troubleshooting/', '/coredns/'] },
  { query: '鍵 バックアップ', pages: ['/backup/'] },
  { query: 'コントローラーマネージャー 再起動', pages: ['/kube-controller-manager/', '/troubleshooting/'] },
  { query: '名前解決 失敗', pages: ['/troubleshooting/', '/coredns/'] },
  { query: 'etcd バックアップ', pages: ['/backup/'] },
  { query: '証明書 期限', pages: ['/troubleshooting/'] },
  { query: 'シールドシークレット 復号', pages: ['/troubleshooting/', '/sealed-secrets/'] },
  { query: 'ノード メモリ不足', pages: ['/troubleshooting/'] },
  { query: 'iptables 確認', pages: ['/troubleshooting/', '/kube-proxy/'] },
  { query: 'Pod が起動しない', pages: ['/troubleshooting/'] },
  { query: 'CoreDNS ログ', pages: ['/troubleshooting/', '/coredns/'] },
  { query: 'kubeseal 公開鍵', pages: ['/troubleshooting/', '/sealed-secrets/'] },
  { query: '静的Pod マニフェスト', pages: ['/static-pods/'] },
  { query: '監視 メトリクス', pages: ['/monitoring/'] },
  { query: 'etcd リストア', pages: ['/backup/'] },
  { query: '監査ログ', pages: ['/security/'] },
  { query: 'コアDNS', pages: ['/coredns/', '/troubleshooting/'] },
  { query: 'クラッシュループ', pages: ['/troubleshooting/'] },
  { query: 'メモリ不足で落ちる', pages: ['/troubleshooting/'] },
  { query: 'スケジューラー', pages: ['/kube-scheduler/'] },
  { query: 'サービスに接続できない', pages: ['/troubleshooting/', '/kube-proxy/'] },
  { query: '暗号化鍵をなくした', pages: ['/backup/'] },
  { query: 'リーダー選出', pages: ['/troubleshooting/'] },
  { query: 'コントロールプレーン ノード ssh', pages: ['/troubleshooting/', '/static-pods/', '/backup/'] },
  { query: 'マスターノード ssh', pages: ['/troubleshooting/', '/static-pods/', '/backup/'] },
  { query: 'プロキシ', pages: ['/kube-proxy/'] },
  { query: 'APIサーバー 落ちた', pages: ['/kube-apiserver/', '/troubleshooting/'] },
  { query: 'ディスク容量 不足', pages: ['/troubleshooting/'] },
  { query: '鍵 ローテーション', pages: ['/troubleshooting/', '/backup/', '/sealed-secrets/'] },
  { query: 'OOM', pages: ['/troubleshooting/'] },
  { query: '期限切れ', pages: ['/troubleshooting/'] },
  { query: 'クラスタ情報', pages: ['/configmaps-secrets/'] },
  { query: 'ワーカーノード', pages: ['/kube-proxy/', '/'] },
  { query: 'ClusterIP', pages: ['/kube-proxy/', '/coredns/', '/sealed-secrets/', '/kube-apiserver/'] },
  // A generic word a page lacks (方法, 変更) empties Pagefind's all-words match: src/components/search/relaxed-pagefind.ts.
  { query: '証明書 更新 方法', pages: ['/troubleshooting/'] },
  { query: 'CoreDNS 設定 変更', pages: ['/coredns/', '/configmaps-secrets/'] },
  { query: 'etcd が遅い', pages: ['/troubleshooting/', '/etcd/'] },
  { query: '鍵 復元', pages: ['/backup/'] },
];

/** One incident query and where its answer is: `/page/#section` (the heading's anchor), several when more than one section answers. */
export type IncidentQuery = { query: string; kind: 'symptom' | 'english' | 'variant' | 'command' | 'live'; answers: readonly string[] };

/**
 * 40 incident queries written from the pages' content before measuring the ranking: symptoms in Japanese,
 * English and romaji habits, kana variants and typos, command look-ups, live facts. A query is answered at
 * rank 1 when the first result is one of its answers' pages, section-linked when that page's result in the
 * top 3 links one of its answers' sections as a sub-result (test/browser/search-figures.ts).
 */
export const INCIDENT_QUERIES: readonly IncidentQuery[] = [
  { kind: 'symptom', query: 'ノードが NotReady になった', answers: ['/troubleshooting/#not-ready'] },
  { kind: 'symptom', query: 'apiserver のログが見たい', answers: ['/kube-apiserver/#特徴'] },
  { kind: 'symptom', query: 'Pod が Pending のまま', answers: ['/kube-scheduler/#特徴'] },
  { kind: 'symptom', query: 'DNS が引けない', answers: ['/troubleshooting/#dns'] },
  { kind: 'symptom', query: 'サービスにつながらない', answers: ['/troubleshooting/#kube-proxy'] },
  { kind: 'symptom', query: 'コンテナが 137 で終了した', answers: ['/troubleshooting/#oom'] },
  { kind: 'symptom', query: 'READY が 0/1 のまま', answers: ['/troubleshooting/#not-ready'] },
  { kind: 'symptom', query: 'クラスタを前の状態に戻したい', answers: ['/backup/#etcd-restore'] },
  { kind: 'symptom', query: 'SealedSecret から Secret ができない', answers: ['/troubleshooting/#sealed-secrets-decrypt'] },
  { kind: 'symptom', query: 'controller-manager が何度も落ちる', answers: ['/troubleshooting/#restarts', '/kube-controller-manager/#注意事項'] },
  { kind: 'symptom', query: 'ディスクがいっぱい', answers: ['/troubleshooting/#node-pressure'] },
  { kind: 'symptom', query: 'リーダーが頻繁に変わる', answers: ['/troubleshooting/#lease-churn'] },
  { kind: 'symptom', query: 'Service のエンドポイントが空', answers: ['/troubleshooting/#service-endpoints'] },
  { kind: 'english', query: 'etcd snapshot save', answers: ['/backup/#etcd'] },
  { kind: 'english', query: 'crashloopbackoff', answers: ['/troubleshooting/#crashloop'] },
  { kind: 'english', query: 'kube-proxy iptables mode', answers: ['/kube-proxy/#モード'] },
  { kind: 'english', query: 'resolv.conf', answers: ['/coredns/#dns-設定例'] },
  { kind: 'english', query: 'Corefile', answers: ['/coredns/#configmap'] },
  { kind: 'english', query: 'leader election', answers: ['/troubleshooting/#lease-churn'] },
  { kind: 'english', query: 'OOMKilled', answers: ['/troubleshooting/#oom'] },
  { kind: 'english', query: 'static pod manifest', answers: ['/static-pods/#manifests'] },
  { kind: 'variant', query: 'ｋｕｂｅ－ｐｒｏｘｙ ログ', answers: ['/kube-proxy/#動作確認'] },
  { kind: 'variant', query: 'cordns ログ', answers: ['/coredns/#名前解決例', '/troubleshooting/#dns'] },
  { kind: 'variant', query: 'エトセディ バックアップ', answers: ['/backup/#etcd'] },
  { kind: 'variant', query: 'シールドシークレット 鍵 バックアップ', answers: ['/backup/#sealed-secrets-key'] },
  { kind: 'variant', query: 'スケジューラ ペンディング', answers: ['/kube-scheduler/#特徴'] },
  { kind: 'variant', query: 'sealed secrest 鍵 復元', answers: ['/backup/#sealed-secrets-restore'] },
  { kind: 'variant', query: 'コンフィグマップ 中身', answers: ['/configmaps-secrets/#configmap'] },
  { kind: 'variant', query: 'Service に繋がらない', answers: ['/troubleshooting/#kube-proxy'] },
  { kind: 'command', query: 'kubectl logs --previous', answers: ['/troubleshooting/#crashloop', '/troubleshooting/#restarts'] },
  { kind: 'command', query: 'etcdctl snapshot restore', answers: ['/backup/#etcd-restore'] },
  { kind: 'command', query: 'kubeseal --fetch-cert', answers: ['/sealed-secrets/#kubeseal-コマンド'] },
  { kind: 'command', query: 'journalctl kubelet', answers: ['/troubleshooting/#restarts'] },
  { kind: 'command', query: 'kubectl top node', answers: ['/troubleshooting/#oom'] },
  { kind: 'command', query: 'Static Pod 作り直す', answers: ['/static-pods/#restart'] },
  { kind: 'live', query: 'kube-dns の ClusterIP', answers: ['/coredns/#service'] },
  { kind: 'live', query: 'Sealed Secrets の今の鍵の名前', answers: ['/sealed-secrets/#secret暗号化鍵', '/backup/#sealed-secrets-key'] },
  { kind: 'live', query: 'コントロールプレーンのノード名', answers: ['/#ノード'] },
  { kind: 'live', query: 'kube-controller-manager の再起動回数', answers: ['/kube-controller-manager/#リソース詳細', '/kube-controller-manager/#注意事項'] },
  { kind: 'live', query: 'kube-proxy のモード', answers: ['/kube-proxy/#モード'] },
];
