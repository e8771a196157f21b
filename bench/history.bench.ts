/**
 * Build cost of history: 1, 365 and 1,460 snapshots (a year of the CronJob's 4 a day) generated from
 * the newest shipped snapshot (scripts/generate-history.ts, 6 hours apart), each built into a
 * temporary folder. Prints build time, dist size, HTML pages and the service worker's precache (what
 * a first visit downloads), then each count against one snapshot with the goals of issue 15.
 * HISTORY_BENCH_COUNTS=1,365 runs fewer.
 */
import { readFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHistory } from '../scripts/generate-history.ts';
import { SERVICE_WORKER_FILE } from '../src/site/offline/service-worker.ts';
import { buildSite, projectRoot } from '../test/browser/site-build.ts';

const COUNTS = (process.env.HISTORY_BENCH_COUNTS ?? '1,365,1460').split(',').map(Number);
const SIX_HOURS_MS = 6 * 3_600_000;

/** Total bytes and HTML pages under `dir`. */
async function measure(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/** The files the built service worker precaches (Workbox inlines its manifest as `url:"…"`) and their bytes. */
async function precache(dir: string): Promise<{ files: number; bytes: number }> {
  const worker = await readFile(join(dir, SERVICE_WORKER_FILE), 'utf8');
  const urls = [...worker.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const url of urls) bytes += (await stat(join(dir, url))).size;
  return { files: urls.length, bytes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
type Result = { count: number; seconds: number; bytes: number; pages: number; precache: { files: number; bytes: number } };
const results: Result[] = [];
const work = await mkdtemp(join(tmpdir(), 'kube-runbook-history-bench-'));
try {
  for (const count of COUNTS) {
    const snapshots = join(work, `snapshots-${count}`);
    const outDir = join(work, `dist-${count}`);
    await writeHistory(join(projectRoot, 'snapshots'), snapshots, count, SIX_HOURS_MS);
    const started = performance.now();
    await buildSite({ snapshotsDir: snapshots, outDir });
    const seconds = (performance.now() - started) / 1000;
    const { bytes, pages } = await measure(outDir);
    const cached = await precache(outDir);
    results.push({ count, seconds, bytes, pages, precache: cached });
    console.log(`${String(count).padStart(4)} snapshot(s): build ${seconds.toFixed(1)} s, dist ${mb(bytes)}, ${pages} HTML pages, precache ${mb(cached.bytes)} (${cached.files} files)`);
    await rm(outDir, { recursive: true, force: true });
    await rm(snapshots, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const one = results.find((r) => r.count === 1);
for (const r of results) {
  const precacheMet = r.precache.bytes <= 5 * 1024 * 1024 ? 'met' : 'NOT met';
  if (!one || r === one) {
    console.log(`${r.count}: precache ${mb(r.precache.bytes)} (goal <= 5 MB: ${precacheMet})`);
    continue;
  }
  const ratio = r.seconds / one.seconds;
  const perSnapshot = (r.bytes - one.bytes) / (r.count - 1) / 1024;
  console.log(
    `${r.count}/1: build x${ratio.toFixed(2)} (goal <= 2: ${ratio <= 2 ? 'met' : 'NOT met'}), ` +
      `dist x${(r.bytes / one.bytes).toFixed(2)}, ${perSnapshot.toFixed(1)} KiB per extra snapshot (goal ~20 KB: ${perSnapshot <= 20 ? 'met' : 'NOT met'}), ` +
      `precache ${mb(r.precache.bytes)} (goal <= 5 MB: ${precacheMet})`,
  );
}
