/** Japanese text for findings: a title and one line of evidence, with the numbers. */
import type { Finding, FindingRule, Severity } from '../snapshot/findings.ts';
import { formatJst } from './time.ja.ts';

/** Severity names as the site shows them. */
export const SEVERITY_LABELS: Record<Severity, string> = { critical: '重大', warning: '警告', info: '情報' };

/** A short name for each rule (filters, counts). */
export const RULE_LABELS: Record<FindingRule, string> = {
  'restarts-high': '再起動回数が多い',
  'restarts-climbing': '再起動回数が増加',
  crashloop: 'クラッシュの繰り返し',
  'not-ready': '準備完了でない Pod',
  'oom-killed': 'メモリ不足による強制終了',
  'replicas-short': 'レプリカ不足',
  'node-not-ready': '準備完了でないノード',
  'node-pressure': 'ノードのリソース逼迫',
  'lease-churn': 'リーダー交代の多発',
  'sealed-secrets-key-new': 'Sealed Secrets の新しい鍵',
  'sealed-secret-not-synced': 'SealedSecret の復号失敗',
  'certificate-expiring': '証明書の期限',
  'snapshot-gap': '読み取れなかったリソース',
};

const PRESSURE_LABELS: Record<string, string> = {
  MemoryPressure: 'メモリ不足',
  DiskPressure: 'ディスク不足',
  PIDPressure: 'プロセス数不足',
};

const GAP_REASONS: Record<string, string> = {
  forbidden: '権限がない',
  'not-found': '見つからない',
  'crd-absent': 'CRD が入っていない',
  error: '読み取りエラー',
  'not-in-dump': 'ダンプに含まれていない',
};

/** `24 時間で` / `7 日で`: the time a change took. */
export function spanText(hours: number): string {
  return hours < 48 ? `${hours} 時間で` : `${Math.round((hours / 24) * 10) / 10} 日で`;
}

/** `+12` / `-3` / `±0`. */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : '±0';
}

/** `(前回 380 回から +12、24 時間で)` from from/delta/hours evidence, or '' without history. */
function sincePrevious(e: Finding['evidence']): string {
  if (e.from === undefined) return '';
  if (Number(e.delta) === 0) return '(前回から増えていない)';
  return `(前回 ${e.from} 回から ${signed(Number(e.delta))}、${spanText(Number(e.hours))})`;
}

/** `。コンテナ x の前回の終了: Error(終了コード 1)` when the evidence names a last termination. */
function lastEnd(e: Finding['evidence']): string {
  if (e.lastReason === undefined) return '';
  return `。コンテナ ${e.container} の前回の終了: ${e.lastReason}(終了コード ${e.exitCode})`;
}

const nodeText = (node: string | number | undefined) => (node ? `ノード ${node}` : 'ノード未割り当て');

type Text = { title: string; evidence: string };

const DESCRIBE: Record<FindingRule, (f: Finding, e: Finding['evidence']) => Text> = {
  'restarts-high': (f, e) => ({ title: `${f.subject.name} の再起動回数が多い`, evidence: `再起動 ${e.restarts} 回${sincePrevious(e)}${lastEnd(e)}` }),
  'restarts-climbing': (f, e) => ({ title: `${f.subject.name} の再起動回数が増えている`, evidence: `再起動 ${e.restarts} 回${sincePrevious(e)}${lastEnd(e)}` }),
  crashloop: (f, e) => ({
    title: `${f.subject.name} がクラッシュと再起動を繰り返している`,
    evidence: `ステータス ${e.status}、準備完了 ${e.ready}、再起動 ${e.restarts} 回${lastEnd(e)}`,
  }),
  'not-ready': (f, e) => ({ title: `${f.subject.name} が準備完了になっていない`, evidence: `ステータス ${e.status}、準備完了 ${e.ready}、${nodeText(e.node)}` }),
  'oom-killed': (f, e) => ({
    title: `${f.subject.name} がメモリ不足で強制終了された`,
    evidence: [
      `コンテナ ${e.container} の前回の終了が OOMKilled${e.finishedAt ? `(${formatJst(String(e.finishedAt))})` : ''}`,
      e.memoryLimit ? `メモリ上限 ${e.memoryLimit}` : 'メモリ上限なし',
      `再起動 ${e.restarts} 回`,
    ].join('、'),
  }),
  'replicas-short': (f, e) => ({
    title: `${f.subject.name} のレプリカが不足している`,
    evidence: `準備完了 ${e.ready} / 必要数 ${e.desired}(${e.missing} 個不足)`,
  }),
  'node-not-ready': (f, e) => ({
    title: `ノード ${f.subject.name} が準備完了でない`,
    evidence: `Ready 状態が ${e.status}${e.reason ? `(理由 ${e.reason})` : ''}${e.since ? `、${formatJst(String(e.since))} から` : ''}`,
  }),
  'node-pressure': (f, e) => ({
    title: `ノード ${f.subject.name} のリソースが逼迫している`,
    evidence: String(e.conditions)
      .split(', ')
      .map((type) => `${PRESSURE_LABELS[type] ?? type}(${type})`)
      .join('、'),
  }),
  'lease-churn': (f, e) => ({
    title: `リース ${f.subject.name} のリーダー交代が多い`,
    evidence: `リーダー交代 ${e.transitions} 回${sincePrevious(e)}${e.holder ? `、現在の保持者 ${e.holder}` : ''}`,
  }),
  'sealed-secrets-key-new': (f, e) => ({
    title: `Sealed Secrets の新しい鍵 ${f.subject.name} をバックアップする`,
    evidence: `前回のスナップショットになかった鍵 Secret ${e.secret}(作成 ${formatJst(String(e.createdAt))})。失うと、この鍵で暗号化した SealedSecret を復号できない`,
  }),
  'sealed-secret-not-synced': (f, e) => ({
    title: `SealedSecret ${f.subject.name} を復号できていない`,
    evidence: e.message ? `コントローラのメッセージ: 「${e.message}」` : 'コントローラが同期失敗を報告している',
  }),
  'certificate-expiring': (f, e) => {
    const days = Number(e.daysLeft);
    const expired = f.severity === 'critical';
    return {
      title: `クラスタ CA 証明書(${f.subject.name})${expired ? 'の有効期限が切れている' : 'の有効期限が近い'}`,
      evidence: `有効期限 ${formatJst(String(e.notAfter))}(${expired ? (days === 0 ? '期限切れ' : `${-days} 日前に期限切れ`) : `残り ${days} 日`})`,
    };
  },
  'snapshot-gap': (f, e) => ({
    title: `${f.subject.name} を読み取れなかった`,
    evidence: `理由: ${GAP_REASONS[String(e.reason)] ?? e.reason}${e.httpStatus !== undefined ? `(HTTP ${e.httpStatus})` : ''}。「${e.message}」`,
  }),
};

/** A finding in natural Japanese: `{ title: 'x の再起動回数が多い', evidence: '再起動 392 回(前回 380 回から +12、24 時間で)' }`. */
export function describeFinding(f: Finding): Text {
  return DESCRIBE[f.rule](f, f.evidence);
}
