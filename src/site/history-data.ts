import type { Snapshot } from '../snapshot/schema.ts';
import type { Live } from './live-data.ts';
import { getLive } from './live.ts';
import { historyFrom, type HistoryEntry, type HistoryView } from './history-view.ts';

const views = new WeakMap<readonly Snapshot[], HistoryView>();

/** The history view of these snapshots, computed once per array (the build shares one array). */
export function historyOf(snapshots: readonly Snapshot[]): HistoryView {
  let view = views.get(snapshots);
  if (!view) {
    view = historyFrom(snapshots);
    views.set(snapshots, view);
  }
  return view;
}

/** The build's history view, from the same snapshots as every live block. */
export async function getHistory(): Promise<HistoryView> {
  return historyOf((await getLive()).snapshots);
}

/**
 * The build's Live data pointed at one past snapshot, so the site's tables render it as they would
 * have then (its findings as found then: the project's current silences are not applied to history).
 * `snapshots` stays the build's own array, so history lookups keyed on it stay cached.
 */
export function liveOfEntry(entry: HistoryEntry, live: Live): Live {
  return { ...live, latest: entry.snapshot, previous: entry.previous, findings: entry.findings, silenced: [], pinned: true };
}
