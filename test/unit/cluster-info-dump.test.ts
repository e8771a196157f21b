import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { readDumps } from '../../src/snapshot/dump.ts';
import { newestDumpTime } from '../../src/snapshot/dump-time.ts';
import { splitJsonDocuments, withoutLogBlocks } from '../../src/snapshot/dump-stream.ts';
import { normalize } from '../../src/snapshot/normalize.ts';

const FIXTURE = 'test/fixtures/cluster-info-dump';
const STDOUT = `${FIXTURE}/cluster-info-dump.txt`;
const FOLDER = `${FIXTURE}/output-directory`;
const options = { namespace: 'kube-system', capturedAt: '2026-11-28T00:00:00Z', source: 'file' as const };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-cluster-info-'));
});

async function failure(paths: string[]): Promise<string> {
  try {
    await readDumps(paths, options);
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message.replaceAll(dir, '<dir>')}`;
  }
  throw new Error('the read did not fail');
}

const podNames = (raw: Awaited<ReturnType<typeof readDumps>>) => raw.pods.map((pod) => pod.metadata!.name).sort();

describe('kubectl cluster-info dump on stdout', () => {
  it('reads every list between the log blocks, and only the namespace', async () => {
    const progress: string[] = [];
    const raw = await readDumps([STDOUT], { ...options, onProgress: (line) => progress.push(line) });
    expect(raw.nodes.map((node) => node.metadata!.name)).toEqual(['kind-control-plane', 'kind-control-plane2', 'kind-control-plane3', 'kind-worker']);
    expect(raw.pods).toHaveLength(21);
    expect(raw.pods.every((pod) => pod.kind === 'Pod' && pod.metadata!.namespace === 'kube-system')).toBe(true);
    expect(raw.services.map((s) => s.metadata!.name)).toEqual(['kube-dns']);
    expect(raw.apiService?.metadata?.name).toBe('kubernetes');
    expect(raw.events.map((e) => e.reason)).toEqual(['Unhealthy']);
    expect(progress[0]).toMatch(/^test\/fixtures\/cluster-info-dump\/cluster-info-dump\.txt: 32 objects \(\d+ ms\)$/);
    expect(progress).toHaveLength(1);
  });

  it('records what a cluster-info dump never holds as gaps, and nothing it holds', async () => {
    const raw = await readDumps([STDOUT], options);
    const gaps = raw.gaps.map((gap) => gap.resource);
    expect(gaps).toEqual(expect.arrayContaining(['configmaps', 'leases', 'statefulsets', 'kube-public/configmaps/cluster-info']));
    expect(gaps).not.toEqual(expect.arrayContaining(['pods']));
    for (const read of ['pods', 'nodes', 'services', 'daemonsets', 'deployments', 'replicasets', 'events', 'default/services/kubernetes']) expect(gaps).not.toContain(read);
  });

  it('takes its capture time from the newest API timestamp, not from the logs', async () => {
    const raw = await readDumps([STDOUT], options);
    expect(newestDumpTime(raw, new Date('2026-11-28T00:00:00Z'))).toBe('2026-03-10T08:41:52Z');
  });

  it('gives the same snapshot as the --output-directory folder', async () => {
    const [fromStdout, fromFolder] = await Promise.all([readDumps([STDOUT], options), readDumps([FOLDER], options)]);
    expect(normalize(fromFolder)).toEqual(normalize(fromStdout));
  });

  it('keeps a log line with braces, an END-looking line and an END right after the last log character out of the JSON', async () => {
    const text = await readFile(STDOUT, 'utf8');
    expect(text).toContain('a6338e9==== END logs for container');
    expect(text).toContain('==== not an END line ====\n}\n');
    const blanked = withoutLogBlocks(text, STDOUT);
    expect(blanked.split('\n')).toHaveLength(text.split('\n').length);
    expect(blanked).not.toContain('logs for container');
    expect(splitJsonDocuments(blanked, STDOUT).map((doc) => JSON.parse(doc.text).kind)).toEqual([
      'NodeList',
      ...['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList', 'DeploymentList', 'ReplicaSetList', 'PodList'],
      ...['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList', 'DeploymentList', 'ReplicaSetList', 'PodList'],
    ]);
  });
});

describe('an HA kind cluster from its cluster-info dump', () => {
  it('has three control-plane nodes, each with its own etcd member', async () => {
    const snapshot = normalize(await readDumps([STDOUT], options));
    expect(clusterShape(snapshot)).toMatchObject({
      distribution: 'kind',
      controlPlane: 'static-pods',
      datastore: 'etcd-static-pod',
      controlPlaneNodes: ['kind-control-plane', 'kind-control-plane2', 'kind-control-plane3'],
    });
    expect(snapshot.pods.filter((pod) => pod.labels.component === 'etcd').map((pod) => `${pod.name} on ${pod.node}`)).toEqual([
      'etcd-kind-control-plane on kind-control-plane',
      'etcd-kind-control-plane2 on kind-control-plane2',
      'etcd-kind-control-plane3 on kind-control-plane3',
    ]);
  });
});

describe('kubectl cluster-info dump --output-directory (--from DIR)', () => {
  it('reads nodes.json, the namespace folder and the default Service; skips logs and other lists', async () => {
    const progress: string[] = [];
    const raw = await readDumps([FOLDER], { ...options, onProgress: (line) => progress.push(line) });
    expect(progress[0]).toBe(`${FOLDER}: cluster-info dump folder, 9 files read; 6 lists of other namespaces and the pods' logs skipped`);
    expect(progress.filter((line) => line.includes('logs.txt'))).toEqual([]);
    expect(podNames(raw)).toHaveLength(21);
    expect(raw.apiService?.metadata?.name).toBe('kubernetes');
  });

  it('reads another namespace when asked for it', async () => {
    const folder = join(dir, 'default-ns');
    await cp(FOLDER, folder, { recursive: true });
    await writeFile(join(folder, 'default', 'pods.json'), JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [{ metadata: { name: 'web-1', namespace: 'default' } }] }));
    const raw = await readDumps([folder], { ...options, namespace: 'default' });
    expect(podNames(raw)).toEqual(['web-1']);
    expect(raw.nodes).toHaveLength(4);
  });

  it('names a folder without the namespace', async () => {
    const folder = join(dir, 'no-namespace');
    await mkdir(folder, { recursive: true });
    await cp(join(FOLDER, 'nodes.json'), join(folder, 'nodes.json'));
    expect(await failure([folder])).toBe(
      `E_INPUT: <dir>/no-namespace: no kube-system/ folder; pass the folder kubectl cluster-info dump --output-directory wrote (it holds nodes.json and kube-system/pods.json), or add --namespaces kube-system to that command`,
    );
  });
});

describe('kubectl cluster-info dump: bad input is one line naming the file', () => {
  const tail = '; pass the output of kubectl get … -o json or -o yaml';

  async function dumpWith(name: string, change: (text: string) => string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, change(await readFile(STDOUT, 'utf8')));
    return path;
  }

  it('names the document and its first line when one does not parse', async () => {
    // The third document (the kube-system ReplicationControllerList) loses a comma.
    const path = await dumpWith('broken.txt', (text) => text.replace('"kind": "ReplicationControllerList",', '"kind": "ReplicationControllerList"'));
    const line = (await readFile(STDOUT, 'utf8')).split('\n').indexOf('    "kind": "ReplicationControllerList",') + 1;
    expect(await failure([path])).toBe(`E_INPUT: <dir>/broken.txt: document 3 (line ${line - 1}): not valid JSON (Expected ',' or '}' after property value in JSON at position 46 (line 3 column 5))${tail}`);
  });

  it('names the line of text that is neither JSON nor a log block', async () => {
    const path = await dumpWith('stderr-mixed.txt', (text) => text.replace('{\n    "kind": "EventList"', 'Warning: v1 Event is deprecated\n{\n    "kind": "EventList"'));
    const line = (await readFile(path, 'utf8')).split('\n').indexOf('Warning: v1 Event is deprecated') + 1;
    expect(await failure([path])).toBe(`E_INPUT: <dir>/stderr-mixed.txt: line ${line}: expected a JSON document after the previous one, found other text; pass kubectl's output unchanged (kubectl cluster-info dump > FILE, without 2>&1)`);
  });

  it('names a log block cut short, without echoing the log', async () => {
    const path = await dumpWith('cut.txt', (text) => text.slice(0, text.indexOf('CoreDNS-1.11.3')));
    const line = (await readFile(path, 'utf8')).split('\n').findIndex((l) => l.startsWith('==== START logs for container kube-dns')) + 1;
    const message = await failure([path]);
    expect(message).toBe(`E_INPUT: <dir>/cut.txt: line ${line}: the logs of container kube-dns of pod kube-system/coredns-6f6b679f8f-8b6cx have no END line; the dump was cut short, run kubectl cluster-info dump again`);
    expect(message).not.toContain('plugin/reload');
  });

  it('refuses a stdout dump of other namespaces only', async () => {
    const path = await dumpWith('default-only.txt', (text) => text.replaceAll('"namespace": "kube-system"', '"namespace": "monitoring"'));
    expect(await failure([path])).toBe(`E_INPUT: <dir>/default-only.txt: no Pod of namespace kube-system; add the output of kubectl get pods -n kube-system -o json`);
    await rm(path);
  });
});
