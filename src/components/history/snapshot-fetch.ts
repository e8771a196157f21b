/** Fetching published snapshot JSON in the browser (compare page, browser-drawn snapshot view). */
import type { Snapshot } from '../../snapshot/schema.ts';
import type { SnapshotIndex } from '../../site/history-index.ts';

/** A loader of `/snapshots/<id>.json` under `base` that fetches each id once and refuses another schemaVersion. */
export function snapshotLoader(base: string, schemaVersion: number): (id: string) => Promise<Snapshot> {
  const cache = new Map<string, Promise<Snapshot>>();
  return (id) => {
    let pending = cache.get(id);
    if (!pending) {
      pending = fetch(`${base}snapshots/${encodeURIComponent(id)}.json`).then(async (response) => {
        if (!response.ok) throw new Error(`${id}.json: HTTP ${response.status}`);
        const snapshot = (await response.json()) as Snapshot;
        if (snapshot.schemaVersion !== schemaVersion) throw new Error(`${id}.json: schemaVersion ${snapshot.schemaVersion}`);
        return snapshot;
      });
      pending.catch(() => cache.delete(id));
      cache.set(id, pending);
    }
    return pending;
  };
}

/** `/snapshots/index.json` under `base`. */
export async function loadSnapshotIndex(base: string): Promise<SnapshotIndex> {
  const response = await fetch(`${base}snapshots/index.json`);
  if (!response.ok) throw new Error(`index.json: HTTP ${response.status}`);
  return (await response.json()) as SnapshotIndex;
}
