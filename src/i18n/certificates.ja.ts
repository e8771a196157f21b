/** Japanese names of where a certificate's facts come from, shared by the findings and the 証明書 page. */
import type { CertificatePoint } from '../snapshot/certificate-history.ts';
import type { CertificateSource } from '../snapshot/schema.ts';

/** Each source in words: what the certificate secures, as a table's first column says it. */
export const CERTIFICATE_SOURCES: Record<CertificateSource, string> = {
  'api-server-tls': 'API サーバーのサーバー証明書(TLS 接続から)',
  'kubelet-tls': 'kubelet のサーバー証明書(TLS 接続から)',
  kubeconfig: 'kubeconfig のクライアント証明書',
  kubeadm: 'コントロールプレーンのディスク上の証明書(kubeadm)',
  k3s: 'ノードのディスク上の証明書(k3s)',
  'cluster-info': 'クラスタ CA(kube-public/cluster-info)',
};

/** `残り 12 日`, `期限切れ(3 日前)`, `今日まで`, or 不明. */
export function daysLeftText(days: number | null): string {
  if (days === null) return '不明';
  if (days < 0) return `期限切れ(${-days} 日前)`;
  if (days === 0) return '期限切れ、または今日まで';
  return `残り ${days} 日`;
}

/** How many of the newest snapshots a trend cell shows: a glance, not the whole history (履歴 has it). */
export const TREND_POINTS = 6;

/**
 * Days left over the newest snapshots, oldest first: `20 → 13 → 6 日`. 不明 where the snapshot did
 * not read the certificate's place (an older schema, no kubeadm output, a kubelet out of reach),
 * なし where it read it and the certificate was not there, ↻ where its expiry moved (renewed).
 */
export function daysTrendText(points: readonly Pick<CertificatePoint, 'daysLeft' | 'missing' | 'renewed'>[]): string {
  const shown = points.slice(-TREND_POINTS).map((p) => (p.daysLeft === null ? (p.missing === 'unread' ? '不明' : 'なし') : `${p.renewed ? '↻' : ''}${p.daysLeft}`));
  return `${shown.join(' → ')} 日`;
}

/** The legend under a table of days-left trends. */
export const DAYS_TREND_LEGEND = `残り日数の推移は、このクラスタの直近 ${TREND_POINTS} 件までのスナップショットでの残り日数です(古い順、マイナスは期限切れ後の日数)。不明はその時点で読み取っていないこと(古い形式のスナップショット、kubeadm の出力なし、kubelet に接続できなかったなど)、なしはその時点には存在しなかったこと、↻ は前の値から有効期限が変わった(更新された)ことを示します。`;
