import type { HeadConfig } from './filters.ts';

/**
 * Search aliases per page id, indexed by Pagefind as the `keywords` metadata field. They hold the
 * words an operator types during an incident that the page's prose does not: katakana for English
 * names, symptoms phrased another way. Filled in by measuring (test/browser/search.test.ts).
 */
export const SEARCH_KEYWORDS: Record<string, readonly string[]> = {
  index: ['概要', 'Pod一覧', '稼働状況', 'いまの状態', '異常', '警告'],
  etcd: ['データストア', 'データベース', 'キーバリュー', 'エトセディ'],
  'kube-apiserver': ['APIサーバー', 'APIサーバ', 'エーピーアイサーバー', '認証', '認可', 'kubernetes Service'],
  'kube-controller-manager': ['コントローラーマネージャー', 'コントローラマネージャ', 'コントローラー', 'controller-manager', '高頻度 再起動'],
  'kube-scheduler': ['スケジューラー', 'スケジューラ', 'Pod の配置'],
  coredns: ['コアDNS', 'コアディーエヌエス', '名前解決', 'DNSサーバー', 'kube-dns'],
  'kube-proxy': ['プロキシ', 'キューブプロキシ', 'Service の転送', 'ClusterIP', 'ワーカーノード'],
  'sealed-secrets': ['シールドシークレット', 'シールド シークレット', 'シールドシークレッツ', 'SealedSecret', '暗号化 シークレット'],
  'configmaps-secrets': ['コンフィグマップ', 'シークレット', '設定ファイル', 'クラスタ情報', 'cluster-info'],
  monitoring: ['メトリクス', 'モニタリング', 'Prometheus', 'プロメテウス', 'アラート', 'metrics'],
  troubleshooting: ['障害', 'トラブル', '落ちた', '繋がらない', 'つながらない', '起動しない', '動かない', 'ディスク容量', '容量不足', 'メモリ不足', 'OOM', 'クラッシュループ', '期限切れ', '名前解決', 'エラー'],
  backup: ['バックアップ', 'リストア', '復元', '鍵', 'なくした', '紛失', '暗号化鍵'],
  security: ['セキュリティ', '監査', '脆弱性', '権限', 'RBAC', '暗号化'],
  'static-pods': ['静的Pod', 'スタティックPod', 'Static Pod', 'マニフェスト', 'マスターノード', 'kubelet'],
};

/** The keywords meta tag of a page, or nothing when it has no aliases. */
export function keywordsHead(pageId: string): HeadConfig {
  const words = SEARCH_KEYWORDS[pageId];
  if (!words || words.length === 0) return [];
  return [{ tag: 'meta', attrs: { 'data-pagefind-meta': 'keywords[content]', content: words.join(' ') } }];
}
