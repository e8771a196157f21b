/**
 * Restart counts over time, as data (src/components/history/chart-geometry.ts draws them).
 * Pure and browser-safe. restartTrend looks each snapshot's workload list up once: O(snapshots x workloads)
 * per trend, which stays small for a year of daily snapshots of kube-system.
 */
import { countBySeverity, notReadyCount, type Finding, type Severity } from './findings.ts';
import { unread } from './gaps.ts';
import type { Snapshot, WorkloadRef } from './schema.ts';
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

/** One row of the 履歴 table; pod figures are null when the snapshot could not read pods. */
export type HistoryRow = {
  podCount: number | null;
  notReady: number | null;
  totalRestarts: number | null;
  findingCounts: Record<Severity, number>;
};

/** The 履歴 page's figures for one snapshot, with what looks wrong in it (judged against its predecessor). */
export function historyRow(snapshot: Snapshot, found: readonly Finding[]): HistoryRow {
  const unknown = unread(snapshot, 'pods');
  return {
    podCount: unknown ? null : snapshot.pods.length,
    notReady: unknown ? null : notReadyCount(snapshot),
    totalRestarts: unknown ? null : snapshot.pods.reduce((sum, pod) => sum + pod.restarts, 0),
    findingCounts: countBySeverity(found),
  };
}
