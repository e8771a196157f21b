import { toMillis } from './time.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * kubectl's AGE column: a port of k8s.io/apimachinery/pkg/util/duration HumanDuration
 * (https://github.com/kubernetes/apimachinery/blob/master/pkg/util/duration/duration.go), which
 * `kubectl get` uses for ages. Returns kubectl's own text (`3m10s`, `2d1h`, `<invalid>`).
 */
export function humanDuration(ms: number): string {
  // Go's int() conversions truncate toward zero; Math.trunc does the same.
  const seconds = Math.trunc(ms / SECOND);
  // Up to 2s in the future is tolerated as clock skew, like kubectl.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const years = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

const JAPANESE_UNITS: Record<string, string> = { y: '年', d: '日', h: '時間', m: '分', s: '秒' };

/** kubectl's age text in Japanese units: `3m10s` -> `3分10秒`, `2d1h` -> `2日1時間`; `<invalid>` -> `不明`. */
export function toJapaneseAge(kubectlAge: string): string {
  if (kubectlAge === '<invalid>') return '不明';
  return kubectlAge.replace(/(\d+)([ydhms])/g, (_, n: string, unit: string) => `${n}${JAPANESE_UNITS[unit]}`);
}

/** The age of something created at `from`, seen at `to`, as kubectl rounds it, in Japanese (`12日`, `5時間`). */
export function formatAge(from: string, to: string): string {
  const ms = toMillis(to) - toMillis(from);
  if (Number.isNaN(ms)) return '不明';
  return toJapaneseAge(humanDuration(ms));
}
