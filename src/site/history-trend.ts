import { historyJa } from '../i18n/history.ja.ts';
import type { Trend } from '../snapshot/trends.ts';

/** First, last, lowest and highest known value of a trend, how many snapshots knew it and how many resets. */
export type TrendStats = { first: number; last: number; min: number; max: number; count: number; resets: number };

/** The figures a chart shows, for its text alternative; null when no snapshot knew the value. */
export function trendStats(trend: Trend): TrendStats | null {
  const known = trend.points.flatMap((p) => (p.restarts === null ? [] : [p.restarts]));
  if (known.length === 0) return null;
  return {
    first: known[0]!,
    last: known.at(-1)!,
    min: Math.min(...known),
    max: Math.max(...known),
    count: known.length,
    resets: trend.points.filter((p) => p.reset).length,
  };
}

/** The chart's figures in one Japanese sentence (its aria-label and caption). */
export function trendSentence(trend: Trend): string {
  const s = trendStats(trend);
  return s ? historyJa.trends.summary(s.first, s.last, s.min, s.max, s.count, s.resets) : historyJa.trends.noData;
}
