/**
 * Where a snapshot's "as it was" view lives. Only each cluster's newest snapshots get a page built
 * at build time; older ones are drawn in the browser by /history/snapshot/ from their published JSON
 * with the same core code, so a year of history costs a JSON file per snapshot, not a page.
 */

/** How many of each cluster's newest snapshots get a built page: a week of the CronJob's 4 a day. */
export const BUILT_SNAPSHOT_PAGES = 28;

/** Whether the snapshot at `index` of a cluster's `count` snapshots (oldest first) gets a built page. */
export function hasBuiltPage(index: number, count: number): boolean {
  return index >= count - BUILT_SNAPSHOT_PAGES;
}

/** The snapshot's view, as a site path without the base: its built page, or the browser-drawn one. */
export function snapshotPage(id: string, built: boolean): string {
  return built ? `/history/${id}/` : `/history/snapshot/?${new URLSearchParams({ id })}`;
}

/** The snapshot's published data, a file path relative to the site's root (pages/snapshots/[id].json.gz.ts). */
export function snapshotDataFile(id: string): string {
  return `snapshots/${encodeURIComponent(id)}.json.gz`;
}
