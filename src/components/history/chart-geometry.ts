/**
 * The SVG geometry of a restart trend, computed at build time (no chart library): coordinates in the
 * viewBox, ticks and their labels. TrendChart.astro draws it.
 */
import { formatJstShortDate } from '../../i18n/time.ja.ts';
import type { TrendPoint } from '../../snapshot/trends.ts';
import { DAY_MS, JST_OFFSET_MS, isoTime, toMillis } from '../../snapshot/time.ts';

/** Size of the drawing and room around the plot for the axis labels. */
export type ChartOptions = {
  width: number;
  height: number;
  padding?: { top: number; right: number; bottom: number; left: number };
  /** About how many ticks each axis gets (default 4). */
  ticks?: number;
};

/** What an `<svg>` needs to draw a trend: all coordinates in the viewBox `0 0 width height`. */
export type ChartGeometry = {
  /** SVG path data; a missing value starts a new `M` segment (a break in the line). */
  path: string;
  /** Points with no neighbour to draw a line to (a single snapshot, or between two gaps). */
  dots: { x: number; y: number; at: string; value: number }[];
  /** Where the count dropped (pods recreated). */
  resets: { x: number; y: number; at: string; value: number }[];
  xTicks: { x: number; at: string; label: string }[];
  yTicks: { y: number; value: number; label: string }[];
  /** The top of the y axis (a round number at or above the highest value, at least 1). */
  yMax: number;
  plot: { left: number; top: number; width: number; height: number };
};

const round = (n: number) => Math.round(n * 10) / 10;

type Xy = { x: number; y: number };

/**
 * The points of one line segment that change its drawing, so a year of 4-a-day snapshots costs a
 * chart's width in points, not 1,460 per chart on every page: per pixel column its first, lowest,
 * highest and last point (the column's vertical stroke stays), then no point in the middle of a
 * level run (the line passes through it anyway).
 */
export function thinSegment(segment: readonly Xy[]): Xy[] {
  const columns: Xy[][] = [];
  for (const point of segment) {
    const column = columns.at(-1);
    if (column && Math.round(column[0]!.x) === Math.round(point.x)) column.push(point);
    else columns.push([point]);
  }
  const kept = columns.flatMap((column) => {
    if (column.length <= 4) return column;
    const low = column.reduce((a, b) => (b.y < a.y ? b : a));
    const high = column.reduce((a, b) => (b.y > a.y ? b : a));
    const inner = column.indexOf(low) < column.indexOf(high) ? [low, high] : [high, low];
    return [...new Set([column[0]!, ...inner, column.at(-1)!])];
  });
  return kept.filter((point, i) => i === 0 || i === kept.length - 1 || kept[i - 1]!.y !== point.y || kept[i + 1]!.y !== point.y);
}

/** The smallest of 1, 2, 5 x 10^k that splits `max` into at most `count` steps. */
export function niceStep(max: number, count: number): number {
  const rough = Math.max(max, 1) / Math.max(count, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return Math.max(1, step);
}

/** Scales a trend into a chart: time on x (irregular intervals stay honest), restarts on y from 0. */
export function chartGeometry(points: readonly TrendPoint[], options: ChartOptions): ChartGeometry {
  const padding = options.padding ?? { top: 8, right: 8, bottom: 20, left: 36 };
  const count = options.ticks ?? 4;
  const plot = { left: padding.left, top: padding.top, width: Math.max(0, options.width - padding.left - padding.right), height: Math.max(0, options.height - padding.top - padding.bottom) };
  const known = points.filter((p): p is TrendPoint & { restarts: number } => p.restarts !== null);
  const step = niceStep(Math.max(0, ...known.map((p) => p.restarts)), count);
  const yMax = Math.max(step, Math.ceil(Math.max(0, ...known.map((p) => p.restarts)) / step) * step);
  const t0 = points.length > 0 ? toMillis(points[0]!.at) : 0;
  const span = points.length > 1 ? toMillis(points.at(-1)!.at) - t0 : 0;
  const xOf = (at: string) => round(plot.left + (span > 0 ? ((toMillis(at) - t0) / span) * plot.width : plot.width / 2));
  const yOf = (value: number) => round(plot.top + plot.height - (value / yMax) * plot.height);

  const segments: Xy[][] = [];
  const dots: ChartGeometry['dots'] = [];
  const resets: ChartGeometry['resets'] = [];
  points.forEach((point, i) => {
    if (point.restarts === null) return;
    const x = xOf(point.at);
    const y = yOf(point.restarts);
    const startsSegment = i === 0 || points[i - 1]!.restarts === null;
    if (startsSegment) segments.push([]);
    segments.at(-1)!.push({ x, y });
    const endsSegment = i === points.length - 1 || points[i + 1]!.restarts === null;
    if (startsSegment && endsSegment) dots.push({ x, y, at: point.at, value: point.restarts });
    if (point.reset) resets.push({ x, y, at: point.at, value: point.restarts });
  });
  const path = segments.map((segment) => thinSegment(segment).map((p, j) => `${j === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ')).join(' ');

  const yTicks: ChartGeometry['yTicks'] = [];
  for (let value = 0; value <= yMax; value += step) yTicks.push({ y: yOf(value), value, label: String(value) });

  const xTicks: ChartGeometry['xTicks'] = (points.length > 0 ? timeTicks(t0, span, count) : []).map((ms) => {
    const at = isoTime(new Date(ms));
    return { x: xOf(at), at, label: formatJstShortDate(at) };
  });
  return { path, dots, resets, xTicks, yTicks, yMax, plot };
}

/** Tick spacings in days; the smallest that gives at most `count` intervals is used. */
const TICK_DAYS = [1, 2, 7, 14, 30, 61, 91, 182, 365];

/**
 * Instants for x-axis ticks: JST midnights `step` days apart inside [t0, t0 + span], so each label
 * (a date) sits where that day starts; a history shorter than a day gets one tick at its start.
 */
export function timeTicks(t0: number, span: number, count: number): number[] {
  if (Number.isNaN(t0)) return [];
  const stepDays = TICK_DAYS.find((d) => span / (d * DAY_MS) <= count) ?? Math.ceil(span / DAY_MS / count);
  const step = stepDays * DAY_MS;
  const firstMidnight = Math.ceil((t0 + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS;
  const ticks: number[] = [];
  for (let t = firstMidnight; t <= t0 + span; t += step) ticks.push(t);
  return ticks.length > 0 ? ticks : [t0];
}

/** SVG path data of a small chart without axes, filling `width` x `height` (1px inset for the stroke). */
export function sparklinePath(points: readonly TrendPoint[], size: { width: number; height: number }): string {
  return chartGeometry(points, { ...size, padding: { top: 1, right: 1, bottom: 1, left: 1 } }).path;
}
