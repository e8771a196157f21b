/** Instants as data: ISO-8601 text, JST wall-clock fields and elapsed time (src/i18n/time.ja.ts puts them in words). */

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
  // Stryker disable next-line Regex: toISOString() always ends in `.sssZ` and has no other Z, so the anchor changes nothing
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** An instant cut to the whole second (`2026-11-24T09:30:00Z`): a capture time, which names its file. */
export function isoSeconds(date: Date): string {
  // Stryker disable next-line Regex: toISOString() always ends in `.sssZ` and has no other Z, so the anchor changes nothing
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** An instant's wall-clock fields in Japan Standard Time (month 1-12). */
export type JstParts = { year: number; month: number; day: number; hour: number; minute: number };

/** The JST wall-clock fields of an ISO-8601 instant (Japan has no daylight saving time, so +9h is exact); null when it cannot be read. */
export function jstParts(iso: string): JstParts | null {
  const ms = toMillis(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + JST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The units of elapsed time, largest whole one first reached. */
export type ElapsedUnit = 'minute' | 'hour' | 'day' | 'year';

/** How long before a reference instant something happened, in its largest whole unit. */
export type Elapsed =
  | { kind: 'future' }
  | { kind: 'justNow' }
  | { kind: 'ago'; value: number; unit: ElapsedUnit };

/** How long before `now` the instant `iso` was (`{kind: 'ago', value: 5, unit: 'hour'}`); null when either cannot be read. */
export function elapsedSince(iso: string, now: string | Date): Elapsed | null {
  const elapsed = toMillis(now) - toMillis(iso);
  if (Number.isNaN(elapsed)) return null;
  // A capture a little ahead of the reader's clock is skew, not the future.
  if (elapsed < -MINUTE) return { kind: 'future' };
  if (elapsed < MINUTE) return { kind: 'justNow' };
  if (elapsed < HOUR) return { kind: 'ago', value: Math.floor(elapsed / MINUTE), unit: 'minute' };
  if (elapsed < DAY_MS) return { kind: 'ago', value: Math.floor(elapsed / HOUR), unit: 'hour' };
  if (elapsed < 365 * DAY_MS) return { kind: 'ago', value: Math.floor(elapsed / DAY_MS), unit: 'day' };
  return { kind: 'ago', value: Math.floor(elapsed / (365 * DAY_MS)), unit: 'year' };
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
