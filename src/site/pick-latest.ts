import { groupByCluster, predecessor } from '../snapshot/history.ts';
import type { Snapshot } from '../snapshot/schema.ts';

/** The snapshot the pages show and the one to compare it with. */
export type LatestPair = { latest: Snapshot | null; previous: Snapshot | null };

/**
 * The newest snapshot of the folder, and the one taken just before it of the same cluster (never
 * another cluster's: a restart delta across clusters would be nonsense).
 */
export function pickLatest(snapshots: readonly Snapshot[]): LatestPair {
  const [newestHistory] = groupByCluster(snapshots);
  const latest = newestHistory?.snapshots.at(-1) ?? null;
  return { latest, previous: newestHistory && latest ? predecessor(newestHistory, latest) : null };
}
