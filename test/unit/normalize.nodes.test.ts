import { describe, expect, it } from 'vitest';
import { toNode } from '../../src/snapshot/normalize/nodes.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { REDACTED } from '../../src/snapshot/redact.ts';

type Condition = { type: string; status: string; reason?: string; message?: string };

/** A node's conditions in the order the kubelet reports them. */
const KUBELET_CONDITIONS: Condition[] = [
  { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
  { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
  { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

/** A node as `kubectl get nodes -o json` lists it on a kubeadm cluster. */
function node(options: { labels?: Record<string, string>; conditions?: Condition[]; spec?: Record<string, unknown>; addresses?: { type: string; address: string }[] } = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'rpi-master-1', creationTimestamp: '2026-10-01T02:13:30Z', labels: options.labels ?? { 'kubernetes.io/hostname': 'rpi-master-1' } },
    spec: options.spec ?? { podCIDR: '10.244.0.0/24' },
    status: {
      addresses: options.addresses ?? [{ type: 'InternalIP', address: '192.168.1.100' }, { type: 'Hostname', address: 'rpi-master-1' }],
      capacity: { cpu: '4', memory: '7997876Ki', pods: '110' },
      allocatable: { cpu: '4', memory: '7895476Ki', pods: '110' },
      conditions: (options.conditions ?? KUBELET_CONDITIONS).map((condition) => ({ lastHeartbeatTime: '2026-11-24T09:29:41Z', lastTransitionTime: '2026-11-20T03:12:40Z', ...condition })),
      nodeInfo: {
        architecture: 'arm64', containerRuntimeVersion: 'containerd://1.7.22', kernelVersion: '6.6.51+rpt-rpi-2712',
        kubeletVersion: 'v1.31.2', osImage: 'Debian GNU/Linux 12 (bookworm)', operatingSystem: 'linux',
      },
    },
  };
}

const ready = (status: string): Condition => ({ type: 'Ready', status });

describe('toNode', () => {
  it('reads a kubeadm node in full, conditions ordered by type', () => {
    expect(toNode(node({ labels: { 'node-role.kubernetes.io/control-plane': '' }, spec: { providerID: 'kind://docker/kind/kind-control-plane', taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } }))).toEqual({
      name: 'rpi-master-1',
      roles: ['control-plane'],
      ready: true,
      unschedulable: false,
      kubeletVersion: 'v1.31.2',
      providerID: 'kind://docker/kind/kind-control-plane',
      osImage: 'Debian GNU/Linux 12 (bookworm)',
      kernelVersion: '6.6.51+rpt-rpi-2712',
      containerRuntime: 'containerd://1.7.22',
      architecture: 'arm64',
      internalIP: '192.168.1.100',
      capacity: { cpu: '4', memory: '7997876Ki', pods: '110' },
      allocatable: { cpu: '4', memory: '7895476Ki', pods: '110' },
      conditions: [
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure', since: '2026-11-20T03:12:40Z' },
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', since: '2026-11-20T03:12:40Z' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available', since: '2026-11-20T03:12:40Z' },
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', since: '2026-11-20T03:12:40Z' },
      ],
      taints: ['node-role.kubernetes.io/control-plane:NoSchedule'],
      createdAt: '2026-10-01T02:13:30Z',
    });
  });

  it('reads a node with nothing in it as empty texts and nulls, not a guess', () => {
    expect(toNode({ kind: 'Node' })).toEqual({
      name: '', roles: [], ready: false, unschedulable: false, kubeletVersion: '', providerID: null, osImage: '', kernelVersion: '',
      containerRuntime: '', architecture: '', internalIP: null, capacity: {}, allocatable: {}, conditions: [], taints: [], createdAt: '1970-01-01T00:00:00Z',
    });
  });

  it('lists roles as kubectl does: the node-role.kubernetes.io/ suffixes, sorted, empty ones dropped', () => {
    // A k3s server in an HA cluster (etcd embedded); labels given out of order, as a hand-written YAML may.
    const labels = {
      'node-role.kubernetes.io/master': 'true', 'node-role.kubernetes.io/etcd': 'true', 'node-role.kubernetes.io/control-plane': 'true',
      'node-role.kubernetes.io/': 'true', 'node.kubernetes.io/instance-type': 'k3s', 'kubernetes.io/hostname': 'k3s-server-1',
    };
    expect(toNode(node({ labels })).roles).toEqual(['control-plane', 'etcd', 'master']);
  });

  it.each<[string, Record<string, string>, string[]]>([
    // kubectl's findNodeRoles also reads the older `kubernetes.io/role` label (kops set `master` / `node`).
    ['kubernetes.io/role=master alone', { 'kubernetes.io/role': 'master' }, ['master']],
    ['kubernetes.io/role and the same node-role label: once', { 'kubernetes.io/role': 'master', 'node-role.kubernetes.io/master': '' }, ['master']],
    ['kubernetes.io/role next to another node-role label', { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'node' }, ['control-plane', 'node']],
    ['kubernetes.io/role empty: no role', { 'kubernetes.io/role': '' }, []],
    ['a label that only ends in role: no role', { 'example.com/kubernetes.io/role': 'master' }, []],
  ])('roles: %s', (_case, labels, expected) => {
    expect(toNode(node({ labels })).roles).toEqual(expected);
  });

  it.each<[string, boolean, Condition[]]>([
    ['Ready=True', true, KUBELET_CONDITIONS],
    ['Ready=False', false, [...KUBELET_CONDITIONS.slice(0, 3), ready('False')]],
    ['Ready=Unknown (the kubelet stopped posting)', false, [...KUBELET_CONDITIONS.slice(0, 3), ready('Unknown')]],
    ['no Ready condition, another one True', false, [{ type: 'MemoryPressure', status: 'True' }]],
    ['Ready=False while a pressure condition is True', false, [{ type: 'DiskPressure', status: 'True' }, ready('False')]],
    ['no conditions', false, []],
  ])('ready: %s -> %s', (_case, expected, conditions) => {
    expect(toNode(node({ conditions })).ready).toBe(expected);
  });

  it.each<[string, boolean, Record<string, unknown>]>([
    ['cordoned (spec.unschedulable: true)', true, { unschedulable: true }],
    ['unschedulable: false', false, { unschedulable: false }],
    ['unschedulable unset', false, {}],
    ['unschedulable as the text "true" (no API server sends it)', false, { unschedulable: 'true' }],
  ])('unschedulable: %s -> %s', (_case, expected, spec) => {
    expect(toNode(node({ spec })).unschedulable).toBe(expected);
  });

  it.each<[string, { type: string; address: string }[], string | null]>([
    ['the InternalIP, wherever it is listed', [{ type: 'Hostname', address: 'node-a' }, { type: 'ExternalIP', address: '203.0.113.7' }, { type: 'InternalIP', address: '10.0.0.7' }], '10.0.0.7'],
    ['null when the node has no InternalIP', [{ type: 'ExternalIP', address: '203.0.113.7' }, { type: 'Hostname', address: 'node-a' }], null],
  ])('internalIP: %s', (_case, addresses, expected) => {
    expect(toNode(node({ addresses })).internalIP).toBe(expected);
  });

  it('writes taints in kubectl describe\'s form: key[=value]:effect', () => {
    const taints = [
      { key: 'CriticalAddonsOnly', value: 'true', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2026-11-24T09:00:00Z' },
      { key: 'dedicated', value: '', effect: 'NoSchedule' },
      {},
    ];
    expect(toNode(node({ spec: { taints } })).taints).toEqual([
      'CriticalAddonsOnly=true:NoExecute',
      'node.kubernetes.io/unreachable:NoExecute',
      'dedicated:NoSchedule',
      ':',
    ]);
  });

  it('keeps a condition status other than True/False as Unknown, redacts its message, and reads a missing type as empty', () => {
    const conditions = [{ type: 'Ready', status: 'Maybe', message: 'PLEG failed: --token=abc123' }, { status: 'False' } as Condition];
    expect(toNode(node({ conditions })).conditions).toEqual([
      { type: '', status: 'False', reason: null, message: null, since: '2026-11-20T03:12:40Z' },
      { type: 'Ready', status: 'Unknown', reason: null, message: `PLEG failed: --token=${REDACTED}`, since: '2026-11-20T03:12:40Z' },
    ]);
  });
});
