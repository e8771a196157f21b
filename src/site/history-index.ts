import { SCHEMA_VERSION } from '../snapshot/schema.ts';
import { snapshotDataFile } from './history-pages.ts';
import type { HistoryView } from './history-view.ts';

/** The shape of `/snapshots/index.json`. */
export type SnapshotIndex = {
  schemaVersion: number;
  clusters: { key: string; name: string; namespace: string; snapshots: { id: string; capturedAt: string; path: string; page: string }[] }[];
};

/** Lists the published snapshot files per cluster, oldest first, with the paths of each file and view under `base`. */
export function snapshotIndex(view: HistoryView, base: string): SnapshotIndex {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    schemaVersion: SCHEMA_VERSION,
    clusters: view.clusters.map((cluster) => ({
      key: cluster.key,
      name: cluster.name,
      namespace: cluster.namespace,
      snapshots: cluster.entries.map(({ id, snapshot, page }) => ({ id, capturedAt: snapshot.capturedAt, path: `${root}${snapshotDataFile(id)}`, page: `${root}${page.slice(1)}` })),
    })),
  };
}
