import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import type { SnapshotIndex } from '../history-index.ts';
import { HISTORY_GLOBS, HISTORY_URL, newestSnapshotIds, precachedHistory } from './precache-policy.ts';

/** Name of the generated worker at the root of the site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What went into the precache: file count and total bytes (the download of a first visit, in the background). */
export type PrecacheSummary = { files: number; bytes: number; warnings: string[] };

/**
 * Pagefind's UI bundles no page loads: the site's Search override (src/components/search/) bundles
 * @pagefind/default-ui into its own script, so not even Starlight's pagefind-ui.js is fetched.
 * Everything else in the build output but history (precache-policy.ts), every page, asset and the
 * whole search index, is precached.
 */
const UNUSED = ['pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'];

/** The newest snapshot of each cluster, from the built `snapshots/index.json` (none when the site has no snapshot). */
async function newestIds(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'snapshots/index.json'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return text === null ? [] : newestSnapshotIds(JSON.parse(text) as SnapshotIndex);
}

/**
 * The precache entries of the history files the first visit takes (those that were built), each
 * with the MD5 of its content as revision, as Workbox gives the files it globs itself.
 */
async function historyEntries(dir: string, newest: readonly string[]): Promise<{ url: string; revision: string; bytes: number }[]> {
  const entries = await Promise.all(
    precachedHistory(newest).map(async (url) => {
      const bytes = await readFile(join(dir, url)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      return bytes && { url, revision: createHash('md5').update(bytes).digest('hex'), bytes: bytes.length };
    }),
  );
  return entries.filter((entry) => entry !== null);
}

/**
 * Writes `<dir>/sw.js`: a Workbox precache of the runbook, its search and the newest snapshots, so
 * that after one visit every runbook page and search work with no network, and a runtime cache of
 * the history pages and snapshot JSON the reader opens. Must run after Pagefind has written `<dir>/pagefind/`.
 */
export async function generateServiceWorker(dir: string): Promise<PrecacheSummary> {
  const newest = await newestIds(dir);
  const history = await historyEntries(dir, newest);
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    // History grows with every snapshot: not even hashed; the few files precached are added by name.
    globIgnores: [SERVICE_WORKER_FILE, ...UNUSED, ...HISTORY_GLOBS],
    additionalManifestEntries: history.map(({ url, revision }) => ({ url, revision })),
    swDest: join(dir, SERVICE_WORKER_FILE),
    cacheId: 'kube-runbook',
    // `/backup/` is served by `backup/index.html`.
    directoryIndex: 'index.html',
    // Pagefind adds `?ts=` to its metadata requests to bust HTTP caches; the precache key has none.
    // `?id=` names the snapshot the precached snapshot view draws: one page for every id.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^id$/],
    // History the reader opens, from the network while there is one, else as last seen. The query
    // (`?id=`, `?from=&to=`) only tells the page's script what to draw: the HTML is the same.
    runtimeCaching: [
      {
        urlPattern: HISTORY_URL,
        handler: 'NetworkFirst',
        options: { cacheName: 'kube-runbook-history', matchOptions: { ignoreSearch: true }, expiration: { maxEntries: 400 } },
      },
    ],
    // Take control of the page of the first visit, so its search works offline without a reload.
    clientsClaim: true,
    // A new build waits until the reader accepts it (the offline indicator's 「新しい版があります」):
    // swapping the cache under an open page would leave it asking for Pagefind chunks that no longer exist.
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // Pagefind's wasm and large pages must not be left out silently (the default limit is 2 MiB).
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  });
  // Workbox counts the added entries but knows no size for them.
  return { files: count, bytes: size + history.reduce((sum, entry) => sum + entry.bytes, 0), warnings };
}
