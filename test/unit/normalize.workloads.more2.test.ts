import { describe, expect, it } from 'vitest';
import { toWorkloads } from '../../src/snapshot/normalize/workloads.ts';
import { buildContainer, buildPod } from '../support/snapshot-builder.ts';
import { controller, rawState } from '../fixtures/raw-state.ts';

describe('toWorkloads: a row known only from its pods', () => {
  it('counts ready pods, lists app images without init containers, and dates the row by its oldest pod', () => {
    // The owning Deployment is missing from the state (e.g. not readable): the row comes from its pods.
    const metricsServer = { kind: 'Deployment', name: 'metrics-server' } as const;
    const pods = [
      buildPod({
        name: 'metrics-server-7d4b-zz',
        workload: metricsServer,
        createdAt: '2026-11-20T10:00:00Z',
        restarts: 3,
        containers: [
          buildContainer({ name: 'wait-for-api', image: 'busybox:1.36', init: true }),
          buildContainer({ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.7.2', restarts: 3 }),
        ],
      }),
      buildPod({
        name: 'metrics-server-7d4b-aa',
        workload: metricsServer,
        createdAt: '2026-11-12T09:30:00Z',
        conditionReady: false,
        ready: '0/1',
        restarts: 1,
        labels: { 'k8s-app': 'metrics-server' },
        containers: [buildContainer({ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.7.1', restarts: 1 })],
      }),
    ];
    expect(toWorkloads(rawState(), pods)).toEqual([
      {
        kind: 'Deployment',
        name: 'metrics-server',
        desired: null,
        ready: 1,
        pods: ['metrics-server-7d4b-aa', 'metrics-server-7d4b-zz'],
        restarts: 4,
        images: ['registry.k8s.io/metrics-server/metrics-server:v0.7.1', 'registry.k8s.io/metrics-server/metrics-server:v0.7.2'],
        createdAt: '2026-11-12T09:30:00Z',
        labels: {},
        selector: null,
      },
    ]);
  });
});

describe('toWorkloads: the SELECTOR of a controller', () => {
  const selectorOf = (selector: unknown) =>
    toWorkloads(rawState({ deployments: [controller('Deployment', 'coredns', { spec: { selector } })] }), [])[0]!.selector;

  it('writes matchLabels as kubectl -o wide does: `k=v` pairs sorted by key, joined by commas', () => {
    expect(selectorOf({ matchLabels: { 'k8s-app': 'kube-dns', app: 'coredns' } })).toBe('app=coredns,k8s-app=kube-dns');
  });

  it('writes a single label without a comma', () => {
    expect(selectorOf({ matchLabels: { 'k8s-app': 'kube-dns' } })).toBe('k8s-app=kube-dns');
  });

  it('is null when matchLabels is empty or absent', () => {
    expect(selectorOf({ matchLabels: {} })).toBeNull();
    expect(selectorOf({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] })).toBeNull();
    expect(selectorOf(undefined)).toBeNull();
  });
});
