/** Fetching published snapshot data in the browser (compare page, browser-drawn snapshot view). */
import type { Snapshot } from '../../snapshot/schema.ts';
import type { SnapshotIndex } from '../../site/history-index.ts';
import { snapshotDataFile } from '../../site/history-pages.ts';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The JSON text of a published `.json.gz` body. Most servers send the file as it is and the page
 * inflates it; a server that adds `Content-Encoding: gzip` itself has the browser inflate it first,
 * so the body is inflated only when it still starts with gzip's magic bytes.
 */
export async function snapshotText(body: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(body);
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new TextDecoder().decode(bytes);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).text();
}

/** A loader of `/snapshots/<id>.json.gz` under `base` that fetches each id once and refuses another schemaVersion. */
export function snapshotLoader(base: string, schemaVersion: number): (id: string) => Promise<Snapshot> {
  const cache = new Map<string, Promise<Snapshot>>();
  return (id) => {
    let pending = cache.get(id);
    if (!pending) {
      const file = snapshotDataFile(id);
      pending = fetch(`${base}${file}`).then(async (response) => {
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        const snapshot = JSON.parse(await snapshotText(await response.arrayBuffer())) as Snapshot;
        if (snapshot.schemaVersion !== schemaVersion) throw new Error(`${file}: schemaVersion ${snapshot.schemaVersion}`);
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
