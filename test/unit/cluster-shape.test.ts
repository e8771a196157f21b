import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { readDumps } from '../../src/snapshot/dump.ts';
import { newestDumpTime } from '../../src/snapshot/dump-time.ts';
import { normalize } from '../../src/snapshot/normalize.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { rawState, seedRaw } from '../fixtures/raw-state.ts';
import { buildNode, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

const SHAPES = 'test/fixtures/shapes';
const NOW = new Date('2026-11-28T00:00:00Z');

/** A fixture cluster as `--from` reads it (no --captured-at). */
async function imported(name: string, extra: string[] = []) {
  const files = [`${SHAPES}/${name}/nodes.json`, `${SHAPES}/${name}/kube-system.json`, ...extra];
  const raw = await readDumps(files, { namespace: 'kube-system', capturedAt: '2026-11-28T00:00:00Z', source: 'file' });
  return { raw, snapshot: normalize(raw) };
}

describe('clusterShape on real kubectl output', () => {
  it.each([
    ['k3s', 'k3s', 'embedded', 'k3s-embedded-etcd', ['k3s-server-1', 'k3s-server-2']],
    ['kind', 'kind', 'static-pods', 'etcd-static-pod', ['kind-control-plane']],
    ['eks', 'eks', 'managed', 'managed', []],
    ['gke', 'gke', 'managed', 'managed', []],
  ])('%s -> %s, control plane %s, datastore %s', async (name, distribution, controlPlane, datastore, controlPlaneNodes) => {
    const shape = clusterShape((await imported(name)).snapshot);
    expect(shape).toMatchObject({ distribution, controlPlane, datastore, controlPlaneNodes, smallArmNodes: false });
  });

  it('names the evidence it used', async () => {
    expect(clusterShape((await imported('k3s')).snapshot).evidence).toEqual([
      { fact: 'kubeletVersion', node: 'k3s-agent-1', value: 'v1.30.6+k3s1' },
      { fact: 'etcdRole', node: 'k3s-server-1' },
    ]);
    expect(clusterShape((await imported('kind')).snapshot).evidence).toEqual([
      { fact: 'controlPlanePods', value: 'etcd, kube-apiserver, kube-controller-manager, kube-scheduler' },
      { fact: 'providerID', node: 'kind-control-plane', value: 'kind://docker/kind/kind-control-plane' },
    ]);
    expect(clusterShape((await imported('gke')).snapshot).evidence).toEqual([
      { fact: 'kubeletVersion', node: 'gke-gar-1-pool-1-dce25db1-2mm5', value: 'v1.30.5-gke.1014001' },
      { fact: 'noControlPlanePods' },
    ]);
  });

  it('reads the seed Raspberry Pi cluster as kubeadm with static pods on small ARM nodes', async () => {
    expect(clusterShape(normalize(await seedRaw()))).toEqual({
      distribution: 'kubeadm',
      controlPlane: 'static-pods',
      datastore: 'etcd-static-pod',
      controlPlaneNodes: ['rpi-master-1'],
      smallArmNodes: true,
      evidence: [
        { fact: 'controlPlanePods', value: 'etcd, kube-apiserver, kube-controller-manager, kube-scheduler' },
        { fact: 'configMap', value: 'kubeadm-config' },
      ],
    });
  });

  it('k3s without etcd-role nodes runs SQLite or an external database, and says it cannot tell which', () => {
    const node = buildNode({ name: 'pi', roles: ['control-plane', 'master'], kubeletVersion: 'v1.31.4+k3s1' });
    expect(clusterShape(buildSnapshot({ nodes: [node] })).datastore).toBe('k3s-sqlite-or-external');
  });

  it('says unknown rather than guess: no nodes, no control-plane pods; or a provider without its kubelet suffix', () => {
    expect(clusterShape(buildSnapshot({ nodes: [] }))).toMatchObject({ distribution: 'unknown', controlPlane: 'unknown', datastore: 'unknown', evidence: [] });
    // kubeadm on EC2 without kubeadm-config readable: aws providerID alone does not make it EKS.
    const ec2 = buildNode({ name: 'ip-10-0-0-1', providerID: 'aws:///eu-west-1a/i-0abc', kubeletVersion: 'v1.31.2' });
    expect(clusterShape(buildSnapshot({ nodes: [ec2] })).distribution).toBe('unknown');
    expect(clusterShape(buildSnapshot({ nodes: [buildNode({ providerID: 'azure:///subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-1/virtualMachines/0' })] })).distribution).toBe('aks');
  });

  it('does not call x86 or big ARM machines small', () => {
    const big = buildNode({ architecture: 'arm64', capacity: { cpu: '64', memory: '263870740Ki' } });
    expect(clusterShape(buildSnapshot({ nodes: [big] })).smallArmNodes).toBe(false);
    expect(clusterShape(seedSnapshot()).smallArmNodes).toBe(true);
  });
});

describe('newestDumpTime', () => {
  it.each([
    ['k3s', '2026-01-14T08:41:52Z'],
    ['kind', '2026-02-03T14:12:07Z'],
    ['eks', '2026-01-02T20:20:31Z'],
    ['gke', '2025-11-07T00:22:17Z'],
  ])('%s: the newest API-written timestamp of the dump (%s)', async (name, newest) => {
    expect(newestDumpTime((await imported(name)).raw, NOW)).toBe(newest);
  });

  it('ignores times after now (a skewed clock) and says null when the dump holds none', async () => {
    const { raw } = await imported('eks');
    expect(newestDumpTime(raw, new Date('2026-01-02T20:03:00Z'))).toBe('2026-01-02T20:03:00Z');
    expect(newestDumpTime({ ...raw, pods: [], nodes: [], deployments: [], daemonSets: [], replicaSets: [], configMaps: [] }, NOW)).toBeNull();
  });
});

describe('"items": null', () => {
  it('is an empty typed list, not an error: the kind is read and empty', async () => {
    expect((await imported('gke')).snapshot.gaps.map((gap) => gap.resource)).toContain('statefulsets');
    const { snapshot } = await imported('gke', [`${SHAPES}/gke/statefulsets.json`]);
    expect(snapshot.gaps.map((gap) => gap.resource)).not.toContain('statefulsets');
    expect(snapshot.workloads.filter((w) => w.kind === 'StatefulSet')).toEqual([]);
  });
});

describe('newestDumpTime on hand-made objects', () => {
  const now = new Date('2026-11-28T00:00:00Z');
  /** A pod whose `time` field sits `depth` levels below the pod list (the list is 0, the pod 1). */
  const podWithTimeAt = (depth: number, wrap: (inner: unknown) => unknown) => {
    let value: unknown = { time: '2026-11-20T10:00:00Z' };
    for (let level = depth; level > 1; level--) value = wrap(value);
    return rawState({ pods: [value as KubeObject] });
  };

  it('reads API-written times 32 levels deep, through objects and lists alike, and no deeper', () => {
    expect(newestDumpTime(rawState(), now)).toBeNull();
    expect(newestDumpTime(podWithTimeAt(32, (inner) => ({ inner })), now)).toBe('2026-11-20T10:00:00Z');
    expect(newestDumpTime(podWithTimeAt(33, (inner) => ({ inner })), now)).toBeNull();
    expect(newestDumpTime(podWithTimeAt(32, (inner) => [inner]), now)).toBe('2026-11-20T10:00:00Z');
    expect(newestDumpTime(podWithTimeAt(33, (inner) => [inner]), now)).toBeNull();
  });

  it('survives a hostile nesting far deeper than the stack', () => {
    expect(newestDumpTime(podWithTimeAt(200_000, (inner) => ({ inner })), now)).toBeNull();
  });

  it('reads only API-written fields, and only RFC 3339 times in them', () => {
    const raw = rawState({ pods: [{ metadata: { name: 'p', creationTimestamp: '2026-11-01T00:00:00Z', annotations: { notAfter: '2026-11-27T00:00:00Z' } }, status: { startTime: 'Fri, 27 Nov 2026 10:00:00 GMT', conditions: [{ lastTransitionTime: '2026-11-27' }] } }] });
    expect(newestDumpTime(raw, now)).toBe('2026-11-01T00:00:00Z');
  });
});
