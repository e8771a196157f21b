import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Name of the generated worker at the root of the site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What went into the precache: file count and total bytes (the download of a first visit, in the background). */
export type PrecacheSummary = { files: number; bytes: number; warnings: string[] };

/**
 * Pagefind's UI bundles Starlight does not load (it uses pagefind-ui.js); everything else in the
 * build output, every page, asset, snapshot JSON and the whole search index, is precached.
 */
const UNUSED = ['pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'];

/**
 * Writes `<dir>/sw.js`: a Workbox precache of the whole built site, so that after one visit every
 * page and search work with no network. Must run after Pagefind has written `<dir>/pagefind/`.
 */
export async function generateServiceWorker(dir: string): Promise<PrecacheSummary> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, ...UNUSED],
    swDest: join(dir, SERVICE_WORKER_FILE),
    cacheId: 'kube-runbook',
    // `/backup/` is served by `backup/index.html`.
    directoryIndex: 'index.html',
    // Pagefind adds `?ts=` to its metadata requests to bust HTTP caches; the precache key has none.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
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
  return { files: count, bytes: size, warnings };
}
