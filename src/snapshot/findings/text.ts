/** Japanese phrases several rules' texts share. */
import type { TextTools } from './rule.ts';

/** `(前回 380 回から +12、24 時間で)` from a climb's from/delta/hours, or '' without history. */
export function sincePrevious(e: { from?: number; delta?: number; hours?: number }, tools: TextTools): string {
  if (e.from === undefined) return '';
  if (e.delta === 0) return '(前回から増えていない)';
  return `(前回 ${e.from} 回から ${tools.signed(e.delta ?? 0)}、${tools.span(e.hours ?? 0)})`;
}

/** `。コンテナ x の前回の終了: Error(終了コード 1)` when the evidence names a last termination. */
export function lastEnd(e: { container?: string; lastReason?: string; exitCode?: number }): string {
  if (e.lastReason === undefined) return '';
  return `。コンテナ ${e.container} の前回の終了: ${e.lastReason}(終了コード ${e.exitCode})`;
}

/** `ノード x`, or that the pod has no node yet. */
export const nodeText = (node: string | undefined) => (node ? `ノード ${node}` : 'ノード未割り当て');
