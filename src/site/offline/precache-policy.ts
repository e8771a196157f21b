/**
 * What the service worker downloads on the first visit, and what it keeps only once viewed. History
 * grows with every snapshot (a year of the CronJob is 1,460), so it cannot all be precached: the
 * first visit takes the runbook, search and each cluster's newest snapshot; the rest is cached as
 * the reader opens it.
 */
import type { SnapshotIndex } from '../history-index.ts';
import { snapshotDataFile } from '../history-pages.ts';

/** The browser-drawn snapshot view: one small page that shows any snapshot from its JSON. */
export const SNAPSHOT_VIEW_PAGE = 'history/snapshot/index.html';

/** Site URLs (any base) of history: its pages and the published snapshot data, cached as viewed. */
export const HISTORY_URL = /\/(?:history|snapshots)\//;

/** The id of each cluster's newest snapshot in `/snapshots/index.json`. */
export function newestSnapshotIds(index: SnapshotIndex): string[] {
  return index.clusters.flatMap((cluster) => cluster.snapshots.at(-1)?.id ?? []);
}

/**
 * Whether a built file (path relative to the site's root, as Workbox lists it) is precached: all but
 * history and snapshot data, of which only the newest snapshots' data and pages and the snapshot view.
 */
export function precached(file: string, newestIds: readonly string[]): boolean {
  if (!file.startsWith('history/') && !file.startsWith('snapshots/')) return true;
  return file === SNAPSHOT_VIEW_PAGE || newestIds.some((id) => file === snapshotDataFile(id) || file === `history/${id}/index.html`);
}
