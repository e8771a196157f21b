/**
 * Everything the history pages show, computed once per build from all snapshots: per cluster, each
 * snapshot with its predecessor, table row and diff, and one restart trend per workload. Pages look
 * entries up by id instead of recomputing (a year of daily snapshots must stay linear).
 */
import { certificateTrends, type CertificateTrend } from '../snapshot/certificate-history.ts';
import { diff, type SnapshotDiff } from '../snapshot/diff.ts';
import { endpointTrends, type EndpointTrend } from '../snapshot/endpoint-history.ts';
import { findings, type Finding } from '../snapshot/findings.ts';
import { groupByCluster, historyKey } from '../snapshot/history.ts';
import type { Snapshot, WorkloadRef } from '../snapshot/schema.ts';
import { snapshotFileName } from '../snapshot/store.ts';
import { historyRow, restartTrends, type HistoryRow, type Trend } from '../snapshot/trends.ts';
import { workloadKey } from '../snapshot/normalize/fields.ts';
import { hasBuiltPage, snapshotPage } from './history-pages.ts';

/** One snapshot in its cluster's history. */
export type HistoryEntry = {
  /** URL-safe id: the file name without `.json` (`2026-11-24T09-30-00Z`). */
  id: string;
  /** Whether the build writes a page for it (the newest BUILT_SNAPSHOT_PAGES of its cluster). */
  built: boolean;
  /** Its "as it was" view, a site path without the base (history-pages.ts). */
  page: string;
  snapshot: Snapshot;
  previous: Snapshot | null;
  previousId: string | null;
  nextId: string | null;
  row: HistoryRow;
  /** What looks wrong in this snapshot, judged against its predecessor. */
  findings: Finding[];
  /** Changes since `previous`, null for the first snapshot of the cluster. */
  diff: SnapshotDiff | null;
};

/** One cluster (and namespace): its snapshots oldest first and a trend per workload. */
export type ClusterView = {
  key: string;
  name: string;
  namespace: string;
  entries: HistoryEntry[];
  /** Every workload seen in the history, by `kind/name`. */
  trends: Map<string, Trend>;
  /** The trends worth a chart: workloads that restarted at least once, by name. */
  restarting: Trend[];
  /** Days left of every certificate seen in the history, by id; points line up with `entries`. */
  certificates: CertificateTrend[];
  /** Ready endpoints of every Service seen in the history, by name; points line up with `entries`. */
  endpoints: EndpointTrend[];
};

/** The whole history of the snapshot folder. */
export type HistoryView = {
  /** The cluster of the newest snapshot first. */
  clusters: ClusterView[];
  byId: Map<string, { cluster: ClusterView; entry: HistoryEntry }>;
};

/** `2026-11-24T09:30:00Z` -> `2026-11-24T09-30-00Z`: the snapshot's page and JSON name. */
export function snapshotId(capturedAt: string): string {
  // Stryker disable next-line Regex: the file name ends in `.json` and a capturedAt (an ISO date-time) holds no `.json` before it.
  return snapshotFileName(capturedAt).replace(/\.json$/, '');
}

/** Builds the history view; O(snapshots x workloads). */
export function historyFrom(snapshots: readonly Snapshot[]): HistoryView {
  const byId: HistoryView['byId'] = new Map();
  const clusters = groupByCluster(snapshots).map(({ cluster: key, snapshots: list }): ClusterView => {
    const entries = list.map((snapshot, i): HistoryEntry => {
      const previous = list[i - 1] ?? null;
      const id = snapshotId(snapshot.capturedAt);
      const built = hasBuiltPage(i, list.length);
      const found = findings(snapshot, previous);
      return {
        id,
        built,
        page: snapshotPage(id, built),
        snapshot,
        previous,
        previousId: previous ? snapshotId(previous.capturedAt) : null,
        nextId: i < list.length - 1 ? snapshotId(list[i + 1]!.capturedAt) : null,
        row: historyRow(snapshot, found),
        findings: found,
        diff: previous ? diff(previous, snapshot, { beforePrevious: list[i - 2] }) : null,
      };
    });
    const all = restartTrends(list);
    const newest = list.at(-1)!;
    const view: ClusterView = {
      key,
      name: newest.cluster.name,
      namespace: newest.namespace,
      entries,
      trends: new Map(all.map((trend) => [workloadKey(trend.workload), trend])),
      restarting: all.filter((trend) => trend.points.some((p) => (p.restarts ?? 0) > 0)),
      certificates: certificateTrends(list),
      endpoints: endpointTrends(list),
    };
    for (const entry of entries) byId.set(entry.id, { cluster: view, entry });
    return view;
  });
  return { clusters, byId };
}

/** The restart trend of `workload` in the history `snapshot` belongs to, or null. */
export function trendOf(view: HistoryView, snapshot: Snapshot, workload: WorkloadRef): Trend | null {
  const cluster = view.clusters.find((c) => c.key === historyKey(snapshot));
  return cluster?.trends.get(workloadKey(workload)) ?? null;
}

/**
 * The days-left trend of each certificate in `snapshot`'s cluster, cut at `snapshot` (a past
 * snapshot's page shows the history as it was then), by id; empty when it is the cluster's first.
 */
export function certificateTrendsUpTo(view: HistoryView, snapshot: Snapshot): Map<string, CertificateTrend> {
  const found = view.byId.get(snapshotId(snapshot.capturedAt));
  if (!found || historyKey(found.entry.snapshot) !== historyKey(snapshot)) return new Map();
  const count = found.cluster.entries.indexOf(found.entry) + 1;
  if (count < 2) return new Map();
  return new Map(found.cluster.certificates.map((trend) => [trend.id, { ...trend, points: trend.points.slice(0, count) }]));
}
