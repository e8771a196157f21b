import type { Live } from './live-data.ts';
import { getLive } from './live.ts';
import { historyFrom, type HistoryEntry, type HistoryView } from './history-view.ts';

let cached: Promise<HistoryView> | undefined;

/** The build's history view, computed once from the same snapshots as every live block. */
export function getHistory(): Promise<HistoryView> {
  if (import.meta.env.DEV) return getLive().then((live) => historyFrom(live.snapshots));
  cached ??= getLive().then((live) => historyFrom(live.snapshots));
  return cached;
}

/** The Live data of one past snapshot, so the site's tables render it as they would have then. */
export function liveOfEntry(entry: HistoryEntry, snapshots: Live['snapshots'], now: Date): Live {
  return { snapshots, latest: entry.snapshot, previous: entry.previous, findings: entry.findings, now };
}
