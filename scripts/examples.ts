/**
 * `npm run examples`: regenerates the shipped example snapshots from the seed cluster's kubectl dump
 * (test/fixtures/seed-cluster), by running the snapshot CLI itself, one run per `state-<time>.json`.
 * Earlier example snapshots (source: example) in snapshots/ are removed first; others are left alone.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCli } from './build-cli.mjs';

const FIXTURE = 'test/fixtures/seed-cluster';
const OUT = 'snapshots';
// readyz.txt, livez.txt: `kubectl get --raw '/readyz?verbose'`.
const SHARED = [join(FIXTURE, 'cluster.json'), join(FIXTURE, 'empty-lists.yaml'), join(FIXTURE, 'readyz.txt'), join(FIXTURE, 'livez.txt')];
// `sudo kubeadm certs check-expiration -o json` on rpi-master-1, imported with --certs.
const CERTS = join(FIXTURE, 'kubeadm-certs.json');

for (const name of (await readdir(OUT).catch(() => [] as string[])).filter((file) => file.endsWith('.json'))) {
  const source = (JSON.parse(await readFile(join(OUT, name), 'utf8')) as { source?: string }).source;
  if (source === 'example') await rm(join(OUT, name));
}

// The examples come from the artefact `npm run snapshot` runs, built from the current sources.
const cli = await buildCli();
const states = (await readdir(FIXTURE)).filter((file) => /^state-.*\.json$/.test(file)).sort();
for (const state of states) {
  // state-2026-11-24T09-30-00Z.json -> 2026-11-24T09:30:00Z
  const capturedAt = state.slice('state-'.length, -'.json'.length).replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');
  const files = [...[...SHARED, join(FIXTURE, state)].flatMap((file) => ['--from', file]), '--certs', CERTS];
  const run = spawnSync(process.execPath, [cli, ...files, '--example', '--captured-at', capturedAt, '--out', OUT], { encoding: 'utf8' });
  process.stderr.write(run.stderr);
  if (run.status !== 0) {
    console.error(`examples: the snapshot CLI failed for ${state} (exit ${run.status})`);
    process.exit(1);
  }
  console.log(run.stdout.trimEnd().split('\n').at(-1));
}
