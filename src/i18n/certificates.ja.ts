/** Japanese names of where a certificate's facts come from, shared by the findings and the 証明書 page. */
import type { CertificateSource } from '../snapshot/schema.ts';

/** Each source in words: what the certificate secures, as a table's first column says it. */
export const CERTIFICATE_SOURCES: Record<CertificateSource, string> = {
  'api-server-tls': 'API サーバーのサーバー証明書(TLS 接続から)',
  'kubelet-tls': 'kubelet のサーバー証明書(TLS 接続から)',
  kubeconfig: 'kubeconfig のクライアント証明書',
  kubeadm: 'コントロールプレーンのディスク上の証明書(kubeadm)',
  'cluster-info': 'クラスタ CA(kube-public/cluster-info)',
};

/** `残り 12 日`, `期限切れ(3 日前)`, `今日まで`, or 不明. */
export function daysLeftText(days: number | null): string {
  if (days === null) return '不明';
  if (days < 0) return `期限切れ(${-days} 日前)`;
  if (days === 0) return '期限切れ、または今日まで';
  return `残り ${days} 日`;
}
