/**
 * What the service worker downloads on the first visit, and what it keeps only once viewed. History
 * grows with every snapshot (a year of the CronJob is 1,460), so it cannot all be precached: the
 * first visit takes the runbook, search and each cluster's newest snapshot; the rest is cached as
 * the reader opens it.
 */
import type { SnapshotIndex } from '../history-index.ts';
import { snapshotDataFile, snapshotPage } from '../history-pages.ts';

/** The browser-drawn snapshot view: one small page that shows any snapshot from its JSON. */
export const SNAPSHOT_VIEW_PAGE = 'history/snapshot/index.html';

/** Site URLs (any base) of history: its pages and the published snapshot data, cached as viewed. */
export const HISTORY_URL = /\/(?:history|snapshots)\//;

/** The id of each cluster's newest snapshot in `/snapshots/index.json`. */
export function newestSnapshotIds(index: SnapshotIndex): string[] {
  return index.clusters.flatMap((cluster) => cluster.snapshots.at(-1)?.id ?? []);
}

/** The built folders that grow with every snapshot (globs relative to the site's root). */
export const HISTORY_GLOBS = ['history/**', 'snapshots/**'];

/** The history files the first visit takes: the snapshot view and the newest snapshots' data and pages. */
export function precachedHistory(newestIds: readonly string[]): string[] {
  return [SNAPSHOT_VIEW_PAGE, ...newestIds.flatMap((id) => [snapshotDataFile(id), builtPageFile(snapshotPage(id, true))])];
}


/** The file a built page's URL (`/history/<id>/`) is served from, relative to the site's root. */
function builtPageFile(url: string): string {
  // Stryker disable next-line Regex: snapshotPage's URLs all begin with their only leading /, so the first / is the leading one
  return `${url.replace(/^\//, '')}index.html`;
}
