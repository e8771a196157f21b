/** Japanese words for why a snapshot could not read something. */
import type { Gap } from '../snapshot/schema.ts';

/** Each gap reason in words. */
export const GAP_REASONS: Record<Gap['reason'], string> = {
  forbidden: '権限がありません',
  'not-found': '見つかりません',
  'crd-absent': 'CRD がインストールされていません',
  error: '読み取りエラー',
  'not-in-dump': 'ダンプファイルに含まれていません',
  'not-captured': 'このスナップショットを取得した kube-runbook はまだ読んでいませんでした',
  unreachable: '接続できませんでした(ノードのネットワークの外から取得した場合は正常です)',
};

/** The gap's reason in words, with its HTTP status when there is one: `権限がありません (HTTP 403)`. */
export function gapReason(gap: Pick<Gap, 'reason' | 'httpStatus'>): string {
  return `${GAP_REASONS[gap.reason] ?? gap.reason}${gap.httpStatus !== undefined ? ` (HTTP ${gap.httpStatus})` : ''}`;
}
