/**
 * The pod rules' choices the other findings tests leave open: which section a not-ready pod links to
 * (image pull, CoreDNS, kube-proxy, by name or by label), which container a crash loop or a restart
 * card names, when a climb since the previous snapshot is the same pod's, the restart thresholds'
 * edges between the two restart rules, and which terminations are OOM kills.
 */
import { describe, expect, it } from 'vitest';
import { findings, RESTARTS_WARNING, type Finding } from '../../src/snapshot/findings.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import type { Pod, WorkloadRef } from '../../src/snapshot/schema.ts';
import { buildContainer, buildPod, buildSnapshot, buildWorkload } from '../support/snapshot-builder.ts';

const BEFORE = '2026-11-23T09:30:00Z';
const NOW = '2026-11-24T09:30:00Z';
const ofRule = (list: Finding[], rule: Finding['rule']) => list.filter((f) => f.rule === rule);
const current = (pods: Pod[]) => buildSnapshot({ capturedAt: NOW, pods });
const previous = (pods: Pod[]) => buildSnapshot({ capturedAt: BEFORE, pods });

describe('not-ready: the section a pod links to', () => {
  const notReadyTopic = (pod: Pod) => ofRule(findings(current([pod]), null), 'not-ready').map((f) => f.topic);
  const waitingForImage = buildContainer({ name: 'sidecar', state: 'waiting', reason: 'ImagePullBackOff', ready: false });

  it('links a pod with one container waiting for its image (the other running) to the image-pull section', () => {
    const pod = buildPod({ name: 'metrics-server-7d9f', status: 'Running', ready: '1/2', containers: [buildContainer({ name: 'main' }), waitingForImage] });
    expect(notReadyTopic(pod)).toEqual(['image-pull']);
  });

  it('links a pod labelled k8s-app=kube-dns to the DNS section whatever its workload is named', () => {
    const pod = buildPod({ name: 'rke2-coredns-6b9f', status: 'Running', ready: '0/1', workload: { kind: 'Deployment', name: 'rke2-coredns' }, labels: { 'k8s-app': 'kube-dns' } });
    expect(notReadyTopic(pod)).toEqual(['dns']);
  });

  it('links a pod of the DaemonSet kube-proxy to the kube-proxy section without any label', () => {
    const pod = buildPod({ name: 'kube-proxy-x7k2p', status: 'Running', ready: '0/1', workload: { kind: 'DaemonSet', name: 'kube-proxy' } });
    expect(notReadyTopic(pod)).toEqual(['kube-proxy']);
  });

  it('links any other pod to the not-ready section', () => {
    const pod = buildPod({ name: 'metrics-server-7d9f', status: 'Running', ready: '0/1', workload: { kind: 'Deployment', name: 'metrics-server' }, labels: { 'k8s-app': 'metrics-server' } });
    expect(notReadyTopic(pod)).toEqual(['not-ready']);
  });
});

describe('replicas-short: the section of a workload that is no component', () => {
  it('links a short Deployment other than CoreDNS/kube-proxy to the replicas section', () => {
    const workload = buildWorkload({ kind: 'Deployment', name: 'metrics-server', desired: 2, ready: 1 });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: NOW, workloads: [workload] }), null), 'replicas-short');
    expect(f).toMatchObject({ topic: 'replicas', severity: 'warning', evidence: { desired: 2, ready: 1, missing: 1 } });
  });
});

describe('crashloop: the container it names', () => {
  it('names the container in CrashLoopBackOff, not the one that restarted most nor the first', () => {
    const pod = buildPod({
      name: 'coredns-5d78c', status: 'Running', ready: '1/2', restarts: 13,
      containers: [
        buildContainer({ name: 'main', restarts: 10 }),
        buildContainer({ name: 'reloader', state: 'waiting', reason: 'CrashLoopBackOff', ready: false, restarts: 3 }),
      ],
    });
    const [f] = ofRule(findings(current([pod]), null), 'crashloop');
    expect(f?.evidence).toEqual({ status: 'Running', ready: '1/2', restarts: 13, workload: 'Pod coredns-5d78c', container: 'reloader' });
  });

  it('names the first container of a pod whose STATUS alone says CrashLoopBackOff', () => {
    const pod = buildPod({ name: 'p', status: 'CrashLoopBackOff', ready: '0/2', restarts: 4, containers: [buildContainer({ name: 'a', restarts: 1 }), buildContainer({ name: 'b', restarts: 3 })] });
    const [f] = ofRule(findings(current([pod]), null), 'crashloop');
    expect(f?.evidence).toEqual({ status: 'CrashLoopBackOff', ready: '0/2', restarts: 4, workload: 'Pod p', container: 'a' });
  });
});

describe('restart cards: the worst container and the climb', () => {
  const restarting = (restarts: number, overrides: Partial<Pod> = {}) =>
    buildPod({ name: 'kube-proxy-x7k2p', restarts, workload: { kind: 'DaemonSet', name: 'kube-proxy' }, ...overrides });

  it.each([
    ['listed first', ['busy', 'quiet']],
    ['listed last', ['quiet', 'busy']],
    ['listed in the middle', ['quiet', 'busy', 'idle']],
  ])('names the container that restarted most when it is %s', (_, order) => {
    const restarts: Record<string, number> = { busy: 60, quiet: 2, idle: 0 };
    const containers = order.map((name) => buildContainer({ name, restarts: restarts[name]! }));
    const [f] = ofRule(findings(current([restarting(62, { containers })]), null), 'restarts-high');
    expect(f?.evidence).toMatchObject({ container: 'busy' });
  });

  it('keeps an empty node in the evidence of a pod not yet scheduled', () => {
    const [f] = ofRule(findings(current([restarting(60, { node: null })]), null), 'restarts-high');
    expect(f?.evidence).toEqual({ restarts: 60, workload: 'DaemonSet kube-proxy', node: '', container: 'kube-proxy' });
  });

  it('shows no climb for a recreated pod whose counter went down', () => {
    const [f] = ofRule(findings(current([restarting(60)]), previous([restarting(80)])), 'restarts-high');
    expect(f?.evidence).toEqual({ restarts: 60, workload: 'DaemonSet kube-proxy', node: 'rpi-master-1', container: 'kube-proxy' });
  });

  it.each<[string, WorkloadRef]>([
    ['another kind of the same name', { kind: 'Deployment', name: 'kube-proxy' }],
    ['another workload of the same kind', { kind: 'DaemonSet', name: 'kube-router' }],
  ])('shows no climb from a pod of the same name that belonged to %s', (_, workload) => {
    const [f] = ofRule(findings(current([restarting(60)]), previous([restarting(40, { workload })])), 'restarts-high');
    expect(f?.evidence).not.toHaveProperty('from');
    expect(describeFinding(f!).evidence).toBe('再起動 60 回');
  });

  it('shows the climb from the same pod of the same workload', () => {
    const [f] = ofRule(findings(current([restarting(60)]), previous([restarting(40)])), 'restarts-high');
    expect(f?.evidence).toMatchObject({ from: 40, to: 60, delta: 20, hours: 24 });
  });

  it(`gives a pod that climbs to exactly ${RESTARTS_WARNING} restarts the restarts-high card only`, () => {
    const list = findings(current([restarting(RESTARTS_WARNING)]), previous([restarting(RESTARTS_WARNING - 5)]));
    expect(list.filter((f) => f.topic === 'restarts').map((f) => [f.rule, f.severity])).toEqual([['restarts-high', 'warning']]);
  });

  it(`gives a pod that climbs to ${RESTARTS_WARNING - 1} restarts the restarts-climbing card only`, () => {
    const list = findings(current([restarting(RESTARTS_WARNING - 1)]), previous([restarting(RESTARTS_WARNING - 5)]));
    expect(list.filter((f) => f.topic === 'restarts').map((f) => [f.rule, f.severity])).toEqual([['restarts-climbing', 'warning']]);
  });
});

describe('oom-killed: which terminations count', () => {
  const oomOf = (containers: Pod['containers']) => ofRule(findings(current([buildPod({ name: 'p', containers })]), null), 'oom-killed');

  it('does not count a container that terminated with another reason', () => {
    expect(oomOf([buildContainer({ name: 'c', state: 'terminated', reason: 'Error', ready: false })])).toEqual([]);
  });

  it('does not count a container whose reason says OOMKilled while it is not terminated', () => {
    expect(oomOf([buildContainer({ name: 'c', state: 'waiting', reason: 'OOMKilled', ready: false })])).toEqual([]);
  });

  it('names every OOM-killed container of the pod, comma-separated', () => {
    const killed = { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-11-24T08:00:00Z' };
    const [f] = oomOf([
      buildContainer({ name: 'a', lastTermination: killed }),
      buildContainer({ name: 'b' }),
      buildContainer({ name: 'c', state: 'terminated', reason: 'OOMKilled', ready: false }),
    ]);
    expect(f?.evidence).toEqual({ container: 'a, c', restarts: 0, workload: 'Pod p', finishedAt: '2026-11-24T08:00:00Z' });
  });
});
