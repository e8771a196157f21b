/**
 * diff's orders and pairings where the input order would hide a mistake: old and new pods whose
 * names sort against their ages, pods without a node, lists given unsorted, and a side whose pods
 * were not read.
 */
import { describe, expect, it } from 'vitest';
import { diff, formatPorts, matchPods } from '../../src/snapshot/diff.ts';
import type { Pod, Snapshot } from '../../src/snapshot/schema.ts';
import { buildContainer, buildGap, buildPod, buildService, buildWorkload, seedSnapshot } from '../support/snapshot-builder.ts';

const pod = (name: string, node: string | null, createdAt: string) => buildPod({ name, node, createdAt, workload: { kind: 'Deployment', name: 'web' } });
const pairs = (pods: ReturnType<typeof matchPods>) => ({
  same: pods.same.map(([a]) => a.name),
  replaced: pods.replaced.map(([a, b]) => `${a.name} -> ${b.name}`),
  added: pods.added.map((p) => p.name),
  removed: pods.removed.map((p) => p.name),
});

describe('matchPods: pairing and order', () => {
  it('pairs off-node pods by age even when their names sort the other way', () => {
    const before = [pod('web-b', 'x', '2026-11-01T00:00:00Z'), pod('web-a', 'y', '2026-11-02T00:00:00Z')];
    const after = [pod('web-d', null, '2026-11-20T00:00:00Z'), pod('web-c', null, '2026-11-19T00:00:00Z')];
    expect(pairs(matchPods(before, after)).replaced).toEqual(['web-b -> web-c', 'web-a -> web-d']);
  });

  it('breaks a tie of ages by name', () => {
    const before = [pod('web-b', 'x', '2026-11-01T00:00:00Z'), pod('web-a', 'y', '2026-11-01T00:00:00Z')];
    const after = [pod('web-c', null, '2026-11-19T00:00:00Z'), pod('web-d', null, '2026-11-19T00:00:00Z')];
    expect(pairs(matchPods(before, after)).replaced).toEqual(['web-a -> web-c', 'web-b -> web-d']);
  });

  it('never pairs two pods on the same node because neither has one', () => {
    const before = [pod('web-old', null, '2026-11-01T00:00:00Z')];
    const after = [pod('web-new-1', 'w2', '2026-11-19T00:00:00Z'), pod('web-new-2', null, '2026-11-20T00:00:00Z')];
    expect(pairs(matchPods(before, after))).toEqual({ same: [], replaced: ['web-old -> web-new-1'], added: ['web-new-2'], removed: [] });
  });

  it('lists every group sorted by name, whatever order the snapshots hold', () => {
    const staticPod = (name: string) => buildPod({ name, node: 'm', workload: { kind: 'StaticPod', name } });
    const before = [pod('web-z', 'm', '2026-11-01T00:00:00Z'), pod('web-y', 'w', '2026-11-01T00:00:00Z'), staticPod('s-z'), staticPod('s-y'), pod('web-k', 'n', '2026-11-01T00:00:00Z'), pod('web-j', 'n', '2026-11-01T00:00:00Z')];
    const after = [pod('web-k', 'n', '2026-11-01T00:00:00Z'), pod('web-j', 'n', '2026-11-01T00:00:00Z'), staticPod('s-x'), staticPod('s-w'), pod('web-q', 'w', '2026-11-19T00:00:00Z'), pod('web-p', 'm', '2026-11-19T00:00:00Z')];
    expect(pairs(matchPods(before, after))).toEqual({
      same: ['web-j', 'web-k'],
      replaced: ['web-z -> web-p', 'web-y -> web-q'],
      added: ['s-w', 's-x'],
      removed: ['s-y', 's-z'],
    });
  });
});

describe('diff: workloads', () => {
  const withImages = (images: [string, string][]): Pod[] =>
    images.map(([container, image], i) => buildPod({ name: `web-${i}`, workload: { kind: 'Deployment', name: 'web' }, containers: [buildContainer({ name: container, image })] }));

  it('lists a container\'s images sorted, and containers by name', () => {
    const before = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z', pods: withImages([['zz', 'reg/z:1'], ['aa', 'reg/a:2'], ['aa', 'reg/a:1']]), workloads: [buildWorkload({ kind: 'Deployment', name: 'web', desired: 3, ready: 3 })] });
    const after = seedSnapshot({ pods: withImages([['zz', 'reg/z:2'], ['aa', 'reg/a:3'], ['aa', 'reg/a:1']]), workloads: [buildWorkload({ kind: 'Deployment', name: 'web', desired: 3, ready: 3 })] });
    expect(diff(before, after).workloads.images.map((change) => [change.container, change.from, change.to])).toEqual([
      ['aa', ['reg/a:1', 'reg/a:2'], ['reg/a:1', 'reg/a:3']],
      ['zz', ['reg/z:1'], ['reg/z:2']],
    ]);
  });

  it('reports a change of desired replicas even when ready stayed the same', () => {
    const before = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z', workloads: [buildWorkload({ kind: 'Deployment', name: 'web', desired: 2, ready: 2 })] });
    const after = seedSnapshot({ workloads: [buildWorkload({ kind: 'Deployment', name: 'web', desired: 3, ready: 2 })] });
    expect(diff(before, after).workloads.replicas).toEqual([{ workload: { kind: 'Deployment', name: 'web' }, from: { desired: 2, ready: 2 }, to: { desired: 3, ready: 2 } }]);
  });
});

describe('diff: a side whose pods were not read', () => {
  it('compares no pod or workload, and names pods as unknown', () => {
    const after = seedSnapshot({ pods: [], workloads: [], gaps: [buildGap({ resource: 'pods', message: 'pods is forbidden' })] });
    const d = diff(seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' }), after);
    expect(d.unknown).toEqual(['pods']);
    expect(d.pods).toEqual({ added: [], removed: [], replaced: [], status: [], restarts: [] });
    expect(d.workloads).toEqual({ added: [], removed: [], restarts: [], replicas: [], images: [] });
  });
});

describe('diff: other resources not read on one side', () => {
  const before = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });

  it.each<[string, Partial<Snapshot>, 'nodes' | 'configMaps' | 'secrets' | 'services', unknown]>([
    ['nodes', { nodes: [] }, 'nodes', { added: [], removed: [], ready: [], versions: [] }],
    ['configmaps', { configMaps: [] }, 'configMaps', { added: [], removed: [] }],
    ['secrets', { secrets: [] }, 'secrets', { added: [], removed: [] }],
    ['services', { services: [], apiService: null }, 'services', { added: [], removed: [], changed: [] }],
  ])('%s: compared as no change, and named unknown', (resource, emptied, field, empty) => {
    const after = seedSnapshot({ ...emptied, gaps: [buildGap({ resource, message: `${resource} is forbidden` })] });
    const d = diff(before, after);
    expect(d.unknown).toEqual([resource]);
    expect(d[field]).toEqual(empty);
  });
});

describe('formatPorts', () => {
  it('writes a NodePort as port:nodePort, as kubectl\'s PORT(S) column', () => {
    const service = buildService({ type: 'NodePort', ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: '8080', nodePort: 30080 }, { name: 'dns', port: 53, protocol: 'UDP', targetPort: '53', nodePort: null }] });
    expect(formatPorts(service)).toBe('80:30080/TCP,53/UDP');
  });
});
