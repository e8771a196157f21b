/** Instants and durations in Japanese: JST dates, "how long ago", kubectl's AGE. Browser-safe (the compare page and the offline banner use it). */
import { ageBetween, type DurationPart, type DurationUnit } from '../snapshot/age.ts';
import { elapsedSince, jstParts, type ElapsedUnit } from '../snapshot/time.ts';

/** The words of time, in Japanese. */
export const timeJa = {
  unknown: '不明',
  /** What a chart axis shows for a date it cannot read. */
  unknownShort: '?',
  zone: 'JST',
  future: '未来の時刻',
  justNow: 'たった今',
  ago: { minute: '分前', hour: '時間前', day: '日前', year: '年前' } satisfies Record<ElapsedUnit, string>,
  units: { y: '年', d: '日', h: '時間', m: '分', s: '秒' } satisfies Record<DurationUnit, string>,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-24T09:30:00Z` -> `2026/11/24 18:30 JST`; `不明` when it cannot be read. */
export function formatJst(iso: string): string {
  const d = jstParts(iso);
  if (!d) return timeJa.unknown;
  return `${d.year}/${pad(d.month)}/${pad(d.day)} ${pad(d.hour)}:${pad(d.minute)} ${timeJa.zone}`;
}

/** `2026-11-24T09:30:00Z` -> `11/24` in JST: a short date for chart axes. */
export function formatJstShortDate(iso: string): string {
  const d = jstParts(iso);
  return d ? `${d.month}/${d.day}` : timeJa.unknownShort;
}

/** How long before `now` the instant was: `たった今`, `5分前`, `5時間前`, `3日前`, `2年前`. */
export function formatRelative(iso: string, now: string | Date): string {
  const elapsed = elapsedSince(iso, now);
  if (!elapsed) return timeJa.unknown;
  if (elapsed.kind === 'ago') return `${elapsed.value}${timeJa.ago[elapsed.unit]}`;
  return timeJa[elapsed.kind];
}

/** A kubectl duration in Japanese units: `3m10s` -> `3分10秒`, `2d1h` -> `2日1時間`. */
export function formatDuration(parts: readonly DurationPart[]): string {
  return parts.map((part) => `${part.value}${timeJa.units[part.unit]}`).join('');
}

/** The age of something created at `from`, seen at `to`, as kubectl rounds it, in Japanese (`12日`, `5時間`); `不明` when kubectl says `<invalid>`. */
export function formatAge(from: string, to: string): string {
  const parts = ageBetween(from, to);
  return parts ? formatDuration(parts) : timeJa.unknown;
}
