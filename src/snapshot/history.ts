import type { Snapshot } from './schema.ts';
import { toMillis } from './time.ts';
import { groupBy } from './normalize/fields.ts';

/** The snapshots of one cluster, oldest first. */
export type ClusterHistory = { cluster: string; snapshots: Snapshot[] };

/**
 * Groups snapshots by cluster name (and namespace), each group oldest first; the group holding the
 * newest snapshot comes first. Trends and comparisons only ever look inside one group.
 */
export function groupByCluster(snapshots: readonly Snapshot[]): ClusterHistory[] {
  return [...groupBy([...snapshots].sort(byCapturedAt), historyKey).entries()]
    .map(([cluster, list]) => ({ cluster, snapshots: list }))
    .sort((a, b) => byCapturedAt(b.snapshots.at(-1)!, a.snapshots.at(-1)!));
}

/**
 * Oldest first, by the instant rather than the text: `--captured-at` may carry a fraction, and
 * `…:00.5Z` sorts before `…:00Z` as text.
 */
export function byCapturedAt(a: { capturedAt: string }, b: { capturedAt: string }): number {
  return toMillis(a.capturedAt) - toMillis(b.capturedAt);
}

/** The key that decides which snapshots belong to one history: cluster name and namespace. */
export function historyKey(snapshot: Snapshot): string {
  return snapshot.namespace === 'kube-system' ? snapshot.cluster.name : `${snapshot.cluster.name}/${snapshot.namespace}`;
}

/** The snapshot taken just before `snapshot` in its own cluster's history, or null. */
export function predecessor(history: ClusterHistory, snapshot: Snapshot): Snapshot | null {
  const index = history.snapshots.indexOf(snapshot);
  return index > 0 ? history.snapshots[index - 1]! : null;
}
