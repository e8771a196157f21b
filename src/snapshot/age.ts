/** kubectl's AGE as data: whole units as kubectl rounds them (src/i18n/time.ja.ts puts them in words). */
import { toMillis } from './time.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** kubectl's duration units, by the letter it prints after each number. */
export type DurationUnit = 'y' | 'd' | 'h' | 'm' | 's';

/** One number of a duration and its unit: `3m10s` is `[{value: 3, unit: 'm'}, {value: 10, unit: 's'}]`. */
export type DurationPart = { value: number; unit: DurationUnit };

/** `major` alone when `minor` is 0, as kubectl drops a zero second unit (`2m`, not `2m0s`). */
const pair = (major: number, majorUnit: DurationUnit, minor: number, minorUnit: DurationUnit): DurationPart[] =>
  minor === 0 ? [{ value: major, unit: majorUnit }] : [{ value: major, unit: majorUnit }, { value: minor, unit: minorUnit }];

/**
 * kubectl's AGE column: a port of k8s.io/apimachinery/pkg/util/duration HumanDuration
 * (https://github.com/kubernetes/apimachinery/blob/master/pkg/util/duration/duration.go), which
 * `kubectl get` uses for ages, as parts; null where kubectl prints `<invalid>`.
 */
export function humanDurationParts(ms: number): DurationPart[] | null {
  // Go's int() conversions truncate toward zero; Math.trunc does the same.
  const seconds = Math.trunc(ms / SECOND);
  // Up to 2s in the future is tolerated as clock skew, like kubectl.
  if (seconds < -1) return null;
  // Stryker disable next-line EqualityOperator: at 0 (or -0, from -999..-1 ms) both branches give a 0 s part; -0 prints as 0
  if (seconds < 0) return [{ value: 0, unit: 's' }];
  if (seconds < 60 * 2) return [{ value: seconds, unit: 's' }];
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) return pair(minutes, 'm', seconds % 60, 's');
  if (minutes < 60 * 3) return [{ value: minutes, unit: 'm' }];
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) return pair(hours, 'h', minutes % 60, 'm');
  if (hours < 48) return [{ value: hours, unit: 'h' }];
  // Stryker disable next-line EqualityOperator: at exactly 8*24 hours both branches give 8d: hours % 24 is 0 and pair() drops the zero h
  if (hours < 24 * 8) return pair(Math.trunc(hours / 24), 'd', hours % 24, 'h');
  if (hours < 24 * 365 * 2) return [{ value: Math.trunc(hours / 24), unit: 'd' }];
  // Stryker disable next-line EqualityOperator: at exactly 8*365 days both branches give 8y: the day remainder is 0 and pair() drops the zero d
  if (hours < 24 * 365 * 8) return pair(Math.trunc(hours / 24 / 365), 'y', Math.trunc(hours / 24) % 365, 'd');
  return [{ value: Math.trunc(hours / 24 / 365), unit: 'y' }];
}

/** kubectl's own AGE text (`3m10s`, `2d1h`, `<invalid>`). */
export function humanDuration(ms: number): string {
  return humanDurationParts(ms)?.map((part) => `${part.value}${part.unit}`).join('') ?? '<invalid>';
}

/** The age of something created at `from`, seen at `to`, as kubectl rounds it; null when a time cannot be read or kubectl would say `<invalid>`. */
export function ageBetween(from: string, to: string): DurationPart[] | null {
  const ms = toMillis(to) - toMillis(from);
  return Number.isNaN(ms) ? null : humanDurationParts(ms);
}
