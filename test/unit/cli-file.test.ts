import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/snapshot/parse.ts';
import { snapshotFileName } from '../../src/snapshot/store.ts';
import { SEED_TIMES, seedArgs } from '../fixtures/raw-state.ts';
import { lastLine, runCli } from '../fixtures/run-cli.ts';
import { syntheticPods } from '../fake-api/synthetic.ts';

const from = (files: readonly string[]) => files.flatMap((file) => ['--from', file]);

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'kube-runbook-cli-'));
});

describe('npm run snapshot -- --from', () => {
  it('writes the snapshot, prints its path last, and reports progress on stderr', async () => {
    const run = runCli([...seedArgs('2026-11-24T09:30:00Z'), '--out', out]);
    expect(run.status).toBe(0);
    const path = lastLine(run.stdout);
    expect(await readdir(out)).toEqual([path.slice(out.length + 1)]);
    const snapshot = parseSnapshotText(await readFile(path, 'utf8'), path);
    expect(snapshot.source).toBe('file');
    expect(snapshot.pods).toHaveLength(10);
    expect(run.stderr.replace(/\(\d+ ms\)/g, '(N ms)')).toMatchInlineSnapshot(`
      "kube-runbook: test/fixtures/seed-cluster/kubeadm-certs.json: 14 certificates (kubeadm)
      kube-runbook: test/fixtures/seed-cluster/cluster.json: 23 objects (N ms)
      kube-runbook: test/fixtures/seed-cluster/empty-lists.yaml: 0 objects (N ms)
      kube-runbook: test/fixtures/seed-cluster/readyz.txt: /readyz?verbose, 13 checks
      kube-runbook: test/fixtures/seed-cluster/livez.txt: /livez?verbose, 10 checks
      kube-runbook: test/fixtures/seed-cluster/state-2026-11-24T09-30-00Z.json: 20 objects (N ms)
      kube-runbook: capture time 2026-11-24T09:29:59Z, the newest timestamp in the dump (give --captured-at to set it)
      kube-runbook: 10 pods, 7 workloads, 3 nodes, 0 gaps
      "
    `);
  });

  it('without --captured-at, takes the capture time from the dump (its newest API timestamp) and records that it was inferred', async () => {
    const run = runCli([...from(['test/fixtures/shapes/k3s/nodes.json', 'test/fixtures/shapes/k3s/kube-system.json']), '--out', out]);
    expect(run.status).toBe(0);
    const path = lastLine(run.stdout);
    expect(path).toBe(join(out, '2026-01-14T08-41-52Z.json'));
    const snapshot = parseSnapshotText(await readFile(path, 'utf8'), path);
    expect([snapshot.capturedAt, snapshot.capturedAtFrom]).toEqual(['2026-01-14T08:41:52Z', 'dump']);
    expect(run.stderr).toContain('kube-runbook: capture time 2026-01-14T08:41:52Z, the newest timestamp in the dump (give --captured-at to set it)');
  });

  it('reproduces the committed example snapshots byte for byte', async () => {
    for (const time of SEED_TIMES) {
      const run = runCli([...seedArgs(time), '--example', '--captured-at', time, '--out', out]);
      expect(run.status).toBe(0);
      const name = snapshotFileName(time);
      expect(lastLine(run.stdout)).toBe(join(out, name));
      expect(await readFile(join(out, name), 'utf8')).toBe(await readFile(join('snapshots', name), 'utf8'));
    }
  });

  it('warns about each gap and still succeeds', () => {
    const run = runCli([...from(['test/fixtures/seed-cluster/state-2026-11-24T09-30-00Z.json']), '--out', out]);
    expect(run.status).toBe(0);
    const warned = run.stderr.split('\n').filter((line) => line.includes(': warning: ')).map((line) => line.split(': ')[2]);
    expect(warned).toEqual([
      'deployments', 'replicasets', 'daemonsets', 'statefulsets', 'jobs', 'cronjobs', 'services', 'configmaps', 'secrets',
      'nodes', 'sealedsecrets.bitnami.com', 'kube-public/configmaps/cluster-info', 'default/services/kubernetes', 'readyz', 'livez',
    ]);
    expect(lastLine(run.stdout)).toMatch(/\.json$/);
  });

  it('fails with one line and no file on a malformed dump, leaving earlier files alone', async () => {
    await writeFile(join(out, 'earlier.json'), 'untouched');
    const bad = join(out, 'bad.json');
    await writeFile(bad, JSON.stringify({ kind: 'List', items: [{ metadata: { name: 'x' } }] }));
    const run = runCli([...from([bad]), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.replaceAll(out, '<out>')).toMatchInlineSnapshot(`
      "kube-runbook: <out>/bad.json: items[0]: object has no "kind"; pass the output of kubectl get … -o json or -o yaml
      "
    `);
    expect((await readdir(out)).sort()).toEqual(['bad.json', 'earlier.json']);
    expect(await readFile(join(out, 'earlier.json'), 'utf8')).toBe('untouched');
  });

  it('refuses to replace a snapshot of the same second: exit 1, one line naming the file, the first kept', async () => {
    const args = [...seedArgs('2026-11-24T09:30:00Z'), '--captured-at', '2026-11-24T09:30:00Z', '--out', out];
    const first = runCli(args);
    expect(first.status).toBe(0);
    const path = lastLine(first.stdout);
    const kept = await readFile(path, 'utf8');
    const second = runCli([...args, '--example']);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(lastLine(second.stderr).replaceAll(out, '<out>')).toBe(
      'kube-runbook: <out>/2026-11-24T09-30-00Z.json: the name is taken (a snapshot captured at 2026-11-24T09:30:00Z, the same second as this one) and snapshots are never replaced, so nothing was written; capture again a second later, or move that file away first to replace it',
    );
    expect(await readdir(out)).toEqual(['2026-11-24T09-30-00Z.json']);
    expect(await readFile(path, 'utf8')).toBe(kept);
  });

  it('refuses a snapshot over KUBE_RUNBOOK_MAX_SNAPSHOT_MB: exit 1, one line, no file', async () => {
    const dump = join(out, 'many-pods.json');
    await writeFile(dump, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: syntheticPods(2_000) }));
    const target = join(out, 'snapshots');
    const run = runCli(['--from', dump, '--captured-at', '2026-11-24T09:30:00Z', '--out', target], { KUBE_RUNBOOK_MAX_SNAPSHOT_MB: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lastLine(run.stderr).replaceAll(out, '<out>')).toMatch(
      /^kube-runbook: <out>\/snapshots\/2026-11-24T09-30-00Z\.json: the snapshot \(\d+ MB so far\) exceeds the limit of 1 MB \(KUBE_RUNBOOK_MAX_SNAPSHOT_MB\); nothing was written; if the namespace really holds that much, raise it, e\.g\. KUBE_RUNBOOK_MAX_SNAPSHOT_MB=4$/,
    );
    expect(await readdir(target).catch(() => [])).toEqual([]);
    // The same dump under the default limit is written.
    expect(runCli(['--from', dump, '--captured-at', '2026-11-24T09:30:00Z', '--out', target]).status).toBe(0);
  });

  it('refuses a text field over KUBE_RUNBOOK_MAX_TEXT_CHARS, naming the field: exit 1, one line, no file', async () => {
    const run = runCli([...seedArgs('2026-11-24T09:30:00Z'), '--captured-at', '2026-11-24T09:30:00Z', '--out', out], { KUBE_RUNBOOK_MAX_TEXT_CHARS: '100' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lastLine(run.stderr).replaceAll(out, '<out>')).toBe(
      'kube-runbook: <out>/2026-11-24T09-30-00Z.json: configMaps[0].data.Corefile is 427 characters, which exceeds the limit of 100 characters (KUBE_RUNBOOK_MAX_TEXT_CHARS); nothing was written; no kube-system object holds text that long, so check the input, or if it is real, raise it, e.g. KUBE_RUNBOOK_MAX_TEXT_CHARS=400',
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('fails with one line when the output folder cannot be written', async () => {
    const file = join(out, 'a-file');
    await writeFile(file, '');
    const run = runCli([...seedArgs('2026-11-24T09:30:00Z'), '--out', file]);
    expect(run.status).toBe(1);
    expect(lastLine(run.stderr).replaceAll(out, '<out>')).toMatch(/^kube-runbook: <out>\/a-file\/\S+\.json: cannot write the snapshot \(.+\); check that <out>\/a-file is a writable folder$/);
  });
});

describe('npm run snapshot: the process', () => {
  it('exits 1 with one line on stderr for a bad argument', () => {
    const run = runCli(['--bogus']);
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', 'kube-runbook: unknown option --bogus; see npm run snapshot -- --help\n']);
  });
});
