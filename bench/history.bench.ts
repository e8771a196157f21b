/**
 * Build cost of history: 1, 30 and 365 daily snapshots generated from the newest shipped snapshot
 * (scripts/generate-history.ts), each built into a temporary folder. Prints build time, dist size
 * and page count, and the 365/1 ratios (goal: time at most 2x, size growing at most linearly).
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHistory } from '../scripts/generate-history.ts';
import { buildSite, projectRoot } from '../test/browser/site-build.ts';

const COUNTS = (process.env.HISTORY_BENCH_COUNTS ?? '1,30,365').split(',').map(Number);

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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const results: { count: number; seconds: number; bytes: number; pages: number }[] = [];
const work = await mkdtemp(join(tmpdir(), 'kube-runbook-history-bench-'));
try {
  for (const count of COUNTS) {
    const snapshots = join(work, `snapshots-${count}`);
    const outDir = join(work, `dist-${count}`);
    await writeHistory(join(projectRoot, 'snapshots'), snapshots, count);
    const started = performance.now();
    await buildSite({ snapshotsDir: snapshots, outDir });
    const seconds = (performance.now() - started) / 1000;
    const { bytes, pages } = await measure(outDir);
    results.push({ count, seconds, bytes, pages });
    console.log(`${String(count).padStart(4)} snapshot(s): build ${seconds.toFixed(1)} s, dist ${mb(bytes)}, ${pages} HTML pages`);
    await rm(outDir, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const one = results.find((r) => r.count === 1);
for (const r of results) {
  if (!one || r === one) continue;
  const perSnapshot = (r.bytes - one.bytes) / (r.count - 1);
  console.log(`${r.count}/1: build time x${(r.seconds / one.seconds).toFixed(2)} (goal <= 2), dist x${(r.bytes / one.bytes).toFixed(2)}, ${(perSnapshot / 1024).toFixed(0)} KiB per extra snapshot`);
}
