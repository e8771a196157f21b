/** The seed runbook's table texts: row names, the レプリカ column, STATUS and AGE summaries, last terminations, ports. */
import { describe, expect, it } from 'vitest';
import { portText } from '../../src/site/service-view.ts';
import { ageSummary, lastTerminations, podsOf, replicasText, rowName, statusSummary } from '../../src/site/workload-view.ts';
import { buildContainer, buildPod, buildWorkload, seedSnapshot } from '../support/snapshot-builder.ts';

const CAPTURED = '2026-11-24T09:30:00Z';

describe('rowName', () => {
  it.each([
    ['a Deployment: its name and -*', buildWorkload({ kind: 'Deployment', name: 'coredns', pods: ['coredns-a', 'coredns-b'] }), 'coredns-*'],
    ['a DaemonSet with one pod is still a controller', buildWorkload({ kind: 'DaemonSet', name: 'kube-proxy', pods: ['kube-proxy-x'] }), 'kube-proxy-*'],
    ['a static pod: the pod itself', buildWorkload({ kind: 'StaticPod', name: 'etcd-rpi-master-1', pods: ['etcd-rpi-master-1'] }), 'etcd-rpi-master-1'],
    ['a bare pod: the pod itself', buildWorkload({ kind: 'Pod', name: 'debug', pods: ['debug'] }), 'debug'],
    ['a static pod whose pod is gone', buildWorkload({ kind: 'StaticPod', name: 'etcd-x', pods: [] }), 'etcd-x-*'],
  ])('%s', (_name, workload, expected) => {
    expect(rowName(workload)).toBe(expected);
  });
});

describe('replicasText', () => {
  it.each([
    ['a controller, all ready', buildWorkload({ kind: 'Deployment', name: 'd', desired: 2, ready: 2 }), '2/2'],
    ['a controller, one short', buildWorkload({ kind: 'DaemonSet', name: 'd', desired: 3, ready: 2 }), '2/3'],
    ['a ready static pod', buildWorkload({ kind: 'StaticPod', name: 's', desired: 1, ready: 1 }), '1'],
    ['a static pod that is not ready', buildWorkload({ kind: 'StaticPod', name: 's', desired: 1, ready: 0 }), '0/1'],
    ['a ready bare pod', buildWorkload({ kind: 'Pod', name: 'p', desired: 1, ready: 1 }), '1'],
    ['no desired count (a CronJob): the ready count alone', buildWorkload({ kind: 'CronJob', name: 'c', desired: null, ready: 0 }), '0'],
  ])('%s', (_name, workload, expected) => {
    expect(replicasText(workload)).toBe(expected);
  });
});

describe('podsOf', () => {
  it("keeps the snapshot's order and only the workload's pods", () => {
    const snapshot = seedSnapshot();
    const coredns = snapshot.workloads.find((w) => w.name === 'coredns')!;
    expect(podsOf(snapshot, coredns).map((p) => p.name)).toEqual(['coredns-668d6bf9bc-4xk2p', 'coredns-668d6bf9bc-9zqlm']);
  });
});

describe('statusSummary', () => {
  const pod = (name: string, status: string) => buildPod({ name, status });
  it.each([
    ['no pods', [], 'Pod がありません'],
    ['all alike', [pod('a', 'Running'), pod('b', 'Running')], 'Running'],
    ['mixed, counted in order of first sight', [pod('a', 'Running'), pod('b', 'CrashLoopBackOff'), pod('c', 'Running')], 'Running 2 / CrashLoopBackOff 1'],
  ])('%s', (_name, pods, expected) => {
    expect(statusSummary(pods)).toBe(expected);
  });
});

describe('ageSummary', () => {
  const pod = (name: string, createdAt: string) => buildPod({ name, createdAt });
  it.each([
    ['no pods', [], '不明'],
    ['one age', [pod('a', '2026-11-12T09:30:00Z'), pod('b', '2026-11-12T09:30:00Z')], '12日'],
    ['youngest to oldest, whatever the order', [pod('a', '2026-11-21T09:30:00Z'), pod('b', '2026-11-12T09:30:00Z'), pod('c', '2026-11-18T09:30:00Z')], '3日〜12日'],
  ])('%s', (_name, pods, expected) => {
    expect(ageSummary(pods, CAPTURED)).toBe(expected);
  });
});

describe('lastTerminations', () => {
  const ended = (name: string, lastTermination: { reason: string | null; exitCode: number; signal?: number; finishedAt: string | null } | null) =>
    buildContainer({ name, lastTermination });

  it('is empty when no container ended', () => {
    expect(lastTerminations(buildPod({ containers: [buildContainer()] }))).toEqual([]);
  });

  it('gives reason, exit code and JST time of a single container, without its name', () => {
    const pod = buildPod({ containers: [ended('app', { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-11-24T09:00:00Z' })] });
    expect(lastTerminations(pod)).toEqual(['OOMKilled・終了コード 137・2026/11/24 18:00 JST']);
  });

  it('prefers the signal to the exit code, and says 不明 for a missing reason and leaves out a missing time', () => {
    const pod = buildPod({ containers: [ended('app', { reason: null, exitCode: 0, signal: 9, finishedAt: null })] });
    expect(lastTerminations(pod)).toEqual(['不明・シグナル 9']);
  });

  it('names the container when the pod has several, even if only one ended', () => {
    const pod = buildPod({ containers: [buildContainer({ name: 'sidecar' }), ended('app', { reason: 'Error', exitCode: 1, finishedAt: null })] });
    expect(lastTerminations(pod)).toEqual(['app: Error・終了コード 1']);
  });

  it('gives one line per container that ended', () => {
    const pod = buildPod({
      containers: [ended('a', { reason: 'Error', exitCode: 2, finishedAt: null }), ended('b', { reason: 'Completed', exitCode: 0, finishedAt: null })],
    });
    expect(lastTerminations(pod)).toEqual(['a: Error・終了コード 2', 'b: Completed・終了コード 0']);
  });
});

describe('portText', () => {
  const port = (overrides: Partial<Parameters<typeof portText>[0]>) => ({ name: null, port: 80, protocol: 'TCP', targetPort: '80', nodePort: null, ...overrides });
  it.each([
    ['port and protocol', port({}), '80/TCP'],
    ['with its name', port({ name: 'dns', port: 53, protocol: 'UDP', targetPort: '53' }), '53/UDP (dns)'],
    ['a target port that differs', port({ name: 'https', port: 443, targetPort: '6443' }), '443/TCP → 6443 (https)'],
    ['a named target port equal to the port name says nothing new', port({ name: 'metrics', port: 9153, targetPort: 'metrics' }), '9153/TCP (metrics)'],
    ['a named target port that differs', port({ name: 'web', port: 80, targetPort: 'http' }), '80/TCP → http (web)'],
    ['an empty target port', port({ targetPort: '' }), '80/TCP'],
    ['a NodePort', port({ nodePort: 30080 }), '80:30080/TCP'],
  ])('%s', (_name, value, expected) => {
    expect(portText(value)).toBe(expected);
  });
});
