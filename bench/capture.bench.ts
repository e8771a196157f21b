/**
 * Live capture of a 5,000-pod namespace from the fake API server, next to its floor (the same
 * requests with plain fetch + JSON.parse), client-node's typed pods list, and kubectl when installed.
 * Every contender runs in its own child process so its peak RSS is its own; the server runs here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testCerts } from '../test/fake-api/certs.ts';
import { writeKubeconfig } from '../test/fake-api/kubeconfig.ts';
import { startFakeApi } from '../test/fake-api/server.ts';
import { syntheticPods } from '../test/fake-api/synthetic.ts';
import { fakeCluster } from '../test/fixtures/fake-api/cluster.ts';
import type { ChildFigures } from './capture/child.ts';

const PODS = 5_000;
const RUNS = 3;
const here = dirname(fileURLToPath(import.meta.url));

/** Runs a bench child without blocking this process (the server lives on its event loop). */
function runChild(file: string, env: Record<string, string>): Promise<ChildFigures & { wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'capture', file)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${file} exited with ${code}: ${last}`));
      resolve({ ...(JSON.parse(last) as ChildFigures), wallMs: performance.now() - started });
    });
  });
}

/** Runs a command under /usr/bin/time; its wall time and peak RSS, or null when it failed. */
function timed(command: string, args: string[], env: Record<string, string>): Promise<{ wallMs: number; maxRssMb: number; bytes: number } | null> {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => {
      const match = /TIME ([\d.]+) (\d+)/.exec(err);
      if (code !== 0 || !match) {
        process.stdout.write(`  ${command} failed (${code}): ${err.trim().split('\n')[0]}\n`);
        return resolve(null);
      }
      resolve({ wallMs: Number(match[1]) * 1000, maxRssMb: Math.round(Number(match[2]) / 1024), bytes });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => String(Math.round(n)).padStart(6);

const certs = testCerts();
const api = await startFakeApi({ cluster: fakeCluster({ caPem: certs.caPem, extraPods: syntheticPods(PODS) }) });
const dir = mkdtempSync(join(tmpdir(), 'bench-capture-'));
try {
  const kubeconfig = writeKubeconfig(dir, api);
  const caFile = join(dir, 'ca.crt');
  writeFileSync(caFile, certs.caPem);
  const env = { BENCH_KUBECONFIG: kubeconfig, BENCH_TOKEN: api.token, NODE_EXTRA_CA_CERTS: caFile, BENCH_REQUESTS: join(dir, 'requests.json') };

  // A first capture warms the server's page cache and records the requests the floor replays.
  await runChild('capture.child.ts', env);
  const podsPath = '/api/v1/namespaces/kube-system/pods';
  const replay = api.requests.map((r) => ({
    url: `${api.url}${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''}`,
    accept: r.accept,
    pods: r.path === podsPath,
  }));
  writeFileSync(env.BENCH_REQUESTS, JSON.stringify(replay));
  const pages = replay.filter((r) => r.pods).length;
  const podBytes = Buffer.byteLength(JSON.stringify(syntheticPods(PODS)));

  const figures: Record<'capture' | 'floor' | 'typed', (ChildFigures & { wallMs: number })[]> = { capture: [], floor: [], typed: [] };
  for (let i = 0; i < RUNS; i++) {
    figures.floor.push(await runChild('floor.child.ts', env));
    figures.capture.push(await runChild('capture.child.ts', env));
    figures.typed.push(await runChild('typed.child.ts', env));
  }
  const row = (name: string, runs: (ChildFigures & { wallMs: number })[]) => {
    const ms = median(runs.map((r) => r.ms));
    return { name, ms, pods: median(runs.map((r) => r.detail?.['pods'] ?? 0)), wall: median(runs.map((r) => r.wallMs)), rss: Math.max(...runs.map((r) => r.maxRssMb)) };
  };
  const rows = [row('capture()', figures.capture), row('floor: fetch+JSON.parse', figures.floor), row('client-node typed pods', figures.typed)];
  const floor = rows[1]!;

  process.stdout.write(`capture: ${PODS} pods (+ fixture kube-system) on the fake API, ${pages} pod pages of <=500, ${(podBytes / 1e6).toFixed(1)} MB of pod JSON, ${replay.length} requests; median of ${RUNS} runs, peak RSS = max\n`);
  process.stdout.write(`  ${'contender'.padEnd(26)} ${'work ms'.padStart(8)} ${'pods ms'.padStart(8)} ${'process ms'.padStart(10)} ${'peak MB'.padStart(8)} ${'x floor'.padStart(8)}\n`);
  for (const r of rows) {
    process.stdout.write(`  ${r.name.padEnd(26)} ${fmt(r.ms).padStart(8)} ${fmt(r.pods).padStart(8)} ${fmt(r.wall).padStart(10)} ${String(r.rss).padStart(8)} ${(r.ms / floor.ms).toFixed(2).padStart(8)}\n`);
  }
  process.stdout.write('  (work ms: inside the process, first request to last item; process ms: spawn to exit, incl. Node start-up and TypeScript loading; the typed row lists pods only, compare its pods ms)\n');
  const capture = rows[0]!;
  process.stdout.write(`  goal: capture <= 1.5x floor -> ${(capture.ms / floor.ms).toFixed(2)}x ${capture.ms / floor.ms <= 1.5 ? 'met' : 'NOT met'}; peak RSS < 300 MB -> ${capture.rss} MB ${capture.rss < 300 ? 'met' : 'NOT met'}\n`);

  // The whole CLI (capture + normalize + validate + atomic write): what `npm run snapshot` costs.
  // Run exactly as package.json's `snapshot` script runs it, node flags included.
  const root = join(here, '..');
  const [, ...cliNodeArgs] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { snapshot: string } }).scripts.snapshot.split(' ');
  const cliArgs = cliNodeArgs.map((arg) => (/\.m?[jt]s$/.test(arg) ? join(root, arg) : arg));
  const cliRuns = [];
  for (let i = 0; i < RUNS; i++) {
    cliRuns.push(await timed(process.execPath, [...cliArgs, '--kubeconfig', kubeconfig, '--out', join(dir, `cli-${i}`)], {}));
  }
  const cliOk = cliRuns.filter((r) => r !== null);
  const cliWall = cliOk.length > 0 ? median(cliOk.map((r) => r.wallMs)) : null;
  if (cliOk.length > 0) {
    const cliPeak = Math.max(...cliOk.map((r) => r.maxRssMb));
    process.stdout.write(`  npm run snapshot (CLI, capture+normalize+write): process ${fmt(median(cliOk.map((r) => r.wallMs)))} ms, peak ${cliPeak} MB (median/max of ${cliOk.length}); peak RSS < 300 MB -> ${cliPeak < 300 ? 'met' : 'NOT met'}\n`);
  } else {
    process.stdout.write('  npm run snapshot (CLI): every run failed (see above)\n');
  }

  const kubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
  if (kubectl.error || kubectl.status !== 0) {
    process.stdout.write('  kubectl: not installed\n');
  } else {
    const args = ['get', 'pods,deployments,replicasets,daemonsets,statefulsets,jobs,cronjobs,services,configmaps,leases,events', '-n', 'kube-system', '-o', 'json',
      '--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kube-cache'), '--request-timeout', '120s'];
    // One run: kubectl takes tens of seconds on 5,000 pods.
    const runs = [await timed('kubectl', args, {})];
    const ok = runs.filter((r) => r !== null);
    if (ok.length === 0) {
      process.stdout.write('  kubectl: installed, but its runs failed (see above)\n');
    } else {
      const wall = median(ok.map((r) => r.wallMs));
      process.stdout.write(`  kubectl get … -o json (1 run): process ${fmt(wall)} ms, peak ${Math.max(...ok.map((r) => r.maxRssMb))} MB, ${(ok[0]!.bytes / 1e6).toFixed(1)} MB out; capture() process ${fmt(capture.wall)} ms = ${(capture.wall / wall).toFixed(2)}x kubectl\n`);
      if (cliWall !== null) {
        // The whole snapshot process (without npm run's own ~0.35 s, which cli-start.bench.ts prints).
        const ratio = cliWall / wall;
        process.stdout.write(`  goal: whole snapshot process <= 0.5x kubectl -> ${fmt(cliWall)} ms / ${fmt(wall)} ms = ${ratio.toFixed(2)}x ${ratio <= 0.5 ? 'met' : 'NOT met'}\n`);
      }
    }
  }
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
