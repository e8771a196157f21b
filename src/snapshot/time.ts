/** Instants as the site shows them: JST wall-clock time and "how long ago", from ISO-8601 input. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** One day in milliseconds. */
export const DAY_MS = 24 * HOUR;
/** Japan Standard Time's offset from UTC (no daylight saving time). */
export const JST_OFFSET_MS = 9 * HOUR;

/** Milliseconds since the epoch of an ISO-8601 string or a Date; NaN when it cannot be read. */
export function toMillis(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** An instant as snapshots store it: UTC ISO-8601, without a `.000` fraction. */
export function isoTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** An instant cut to the whole second (`2026-11-24T09:30:00Z`): a capture time, which names its file. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-24T09:30:00Z` -> `2026/11/24 18:30 JST` (Japan has no daylight saving time, so +9h is exact). */
export function formatJst(iso: string): string {
  const ms = toMillis(iso);
  if (Number.isNaN(ms)) return '不明';
  const d = new Date(ms + JST_OFFSET_MS);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} JST`;
}

/** `2026-11-24T09:30:00Z` -> `11/24` in JST: a short date for chart axes. */
export function formatJstShortDate(iso: string): string {
  const ms = toMillis(iso);
  if (Number.isNaN(ms)) return '?';
  const d = new Date(ms + JST_OFFSET_MS);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** How long before `now` the instant was, in Japanese: `たった今`, `5分前`, `5時間前`, `3日前`, `2年前`. */
export function formatRelative(iso: string, now: string | Date): string {
  const elapsed = toMillis(now) - toMillis(iso);
  if (Number.isNaN(elapsed)) return '不明';
  // A capture a little ahead of the reader's clock is skew, not the future.
  if (elapsed < -MINUTE) return '未来の時刻';
  if (elapsed < MINUTE) return 'たった今';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}分前`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR)}時間前`;
  if (elapsed < 365 * DAY_MS) return `${Math.floor(elapsed / DAY_MS)}日前`;
  return `${Math.floor(elapsed / (365 * DAY_MS))}年前`;
}

/** Default age after which a snapshot is shown with a stale warning (issue 4: "older than 7 days"). */
export const STALE_AFTER_DAYS = 7;

/** True when the snapshot taken at `capturedAt` is more than `days` days older than `now`. */
export function isStale(capturedAt: string, now: string | Date, days = STALE_AFTER_DAYS): boolean {
  return toMillis(now) - toMillis(capturedAt) > days * DAY_MS;
}

/** Hours between two instants, to one decimal (`24`, `1.5`): the "in N hours" of a finding. */
export function hoursBetween(from: string, to: string): number {
  return Math.round((toMillis(to) - toMillis(from)) / HOUR * 10) / 10;
}
