/**
 * Restart counts over time and the SVG geometry to draw them at build time (no chart library).
 * Pure and browser-safe. restartTrend looks each snapshot's workload list up once: O(snapshots x workloads)
 * per trend, which stays small for a year of daily snapshots of kube-system.
 */
import { countBySeverity, findings, notReadyCount, type Severity } from './findings.ts';
import { unread } from './gaps.ts';
import type { Snapshot, WorkloadRef } from './schema.ts';
import { DAY_MS, JST_OFFSET_MS, formatJstShortDate, isoTime, toMillis } from './time.ts';
import { byNameThenKind, workloadKey } from './normalize/fields.ts';

/** One snapshot's value: null when the workload was absent (or pods unreadable) then: a break, not a zero. */
export type TrendPoint = {
  at: string;
  restarts: number | null;
  /** The count went down since the last known value: pods were recreated and their counters restarted. */
  reset: boolean;
};

/** The restarts of one workload over time. */
export type Trend = { workload: WorkloadRef; points: TrendPoint[] };

/** Summed RESTARTS of `workload` in each snapshot of one cluster's history (oldest first). */
export function restartTrend(history: readonly Snapshot[], workload: WorkloadRef): Trend {
  let last: number | null = null;
  const points = history.map((snapshot): TrendPoint => {
    const row = unread(snapshot, 'pods') ? undefined : snapshot.workloads.find((w) => w.kind === workload.kind && w.name === workload.name);
    if (!row) return { at: snapshot.capturedAt, restarts: null, reset: false };
    const reset = last !== null && row.restarts < last;
    last = row.restarts;
    return { at: snapshot.capturedAt, restarts: row.restarts, reset };
  });
  return { workload: { kind: workload.kind, name: workload.name }, points };
}

/** A trend for every workload seen anywhere in the history, ordered by name. */
export function restartTrends(history: readonly Snapshot[]): Trend[] {
  const seen = new Map<string, WorkloadRef>();
  for (const snapshot of history) for (const w of snapshot.workloads) seen.set(workloadKey(w), { kind: w.kind, name: w.name });
  return [...seen.values()].sort(byNameThenKind).map((w) => restartTrend(history, w));
}

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

  let path = '';
  const dots: ChartGeometry['dots'] = [];
  const resets: ChartGeometry['resets'] = [];
  points.forEach((point, i) => {
    if (point.restarts === null) return;
    const x = xOf(point.at);
    const y = yOf(point.restarts);
    const startsSegment = i === 0 || points[i - 1]!.restarts === null;
    path += `${path ? ' ' : ''}${startsSegment ? 'M' : 'L'}${x},${y}`;
    const endsSegment = i === points.length - 1 || points[i + 1]!.restarts === null;
    if (startsSegment && endsSegment) dots.push({ x, y, at: point.at, value: point.restarts });
    if (point.reset) resets.push({ x, y, at: point.at, value: point.restarts });
  });

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

/** One row of the 履歴 table; pod figures are null when the snapshot could not read pods. */
export type HistoryRow = {
  podCount: number | null;
  notReady: number | null;
  totalRestarts: number | null;
  findingCounts: Record<Severity, number>;
};

/** The 履歴 page's figures for one snapshot (its predecessor lets history-based findings count). */
export function historyRow(snapshot: Snapshot, previous: Snapshot | null): HistoryRow {
  const unknown = unread(snapshot, 'pods');
  return {
    podCount: unknown ? null : snapshot.pods.length,
    notReady: unknown ? null : notReadyCount(snapshot),
    totalRestarts: unknown ? null : snapshot.pods.reduce((sum, pod) => sum + pod.restarts, 0),
    findingCounts: countBySeverity(findings(snapshot, previous)),
  };
}
