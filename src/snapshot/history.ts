import type { Snapshot } from './schema.ts';

/** The snapshots of one cluster, oldest first. */
export type ClusterHistory = { cluster: string; snapshots: Snapshot[] };

/**
 * Groups snapshots by cluster name (and namespace), each group oldest first; the group holding the
 * newest snapshot comes first. Trends and comparisons only ever look inside one group.
 */
export function groupByCluster(snapshots: readonly Snapshot[]): ClusterHistory[] {
  const groups = new Map<string, Snapshot[]>();
  for (const snapshot of [...snapshots].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))) {
    const key = historyKey(snapshot);
    const group = groups.get(key);
    if (group) group.push(snapshot);
    else groups.set(key, [snapshot]);
  }
  return [...groups.entries()]
    .map(([cluster, list]) => ({ cluster, snapshots: list }))
    .sort((a, b) => b.snapshots.at(-1)!.capturedAt.localeCompare(a.snapshots.at(-1)!.capturedAt));
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
