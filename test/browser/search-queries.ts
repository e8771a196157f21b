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
];
