import { describe, expect, it } from 'vitest';
import { findings } from '../../src/snapshot/findings.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { buildGap, buildService, buildServiceEndpoints, seedSnapshot } from '../support/snapshot-builder.ts';

const withEndpoints = (serviceEndpoints: Snapshot['serviceEndpoints'], overrides: Partial<Snapshot> = {}) =>
  findings(seedSnapshot({ serviceEndpoints, ...overrides }), null).filter((f) => f.rule === 'service-no-endpoints');

const seed = seedSnapshot();
const others = seed.serviceEndpoints.filter((e) => e.service !== 'kube-dns');

describe('service-no-endpoints', () => {
  it('finds nothing on the seed cluster, where every Service has ready endpoints', () => {
    expect(withEndpoints(seed.serviceEndpoints)).toEqual([]);
  });

  it('is critical for kube-dns with no ready endpoint, and links to the DNS section', () => {
    const dns = buildServiceEndpoints({ service: 'kube-dns', ports: ['dns 53/UDP'], readyPods: [], notReady: 2 });
    const [f, ...rest] = withEndpoints([dns, ...others]);
    expect(rest).toEqual([]);
    expect(f).toEqual({
      id: 'service-no-endpoints:Service/kube-dns',
      rule: 'service-no-endpoints',
      severity: 'critical',
      subject: { kind: 'Service', name: 'kube-dns' },
      evidence: { ready: 0, notReady: 2, clusterIP: '10.96.0.10' },
      topic: 'dns',
    });
    expect(describeFinding(f!)).toEqual({
      title: 'Service kube-dns に準備完了のエンドポイントがない',
      evidence: 'ClusterIP 10.96.0.10 への通信を受ける Pod がない(準備完了でないエンドポイント 2 個)',
    });
  });

  it('counts a Service with no EndpointSlice at all as having none (warning for a Service other than kube-dns)', () => {
    const list = withEndpoints(seed.serviceEndpoints.filter((e) => e.service !== 'sealed-secrets-controller-metrics'));
    expect(list.map((f) => [f.subject.name, f.severity, f.topic, f.evidence])).toEqual([
      ['sealed-secrets-controller-metrics', 'warning', 'service-endpoints', { ready: 0, notReady: 0, clusterIP: '10.103.186.200' }],
    ]);
  });

  it('leaves out a Service without a selector: its endpoints are kept by hand', () => {
    const manual = buildService({ name: 'external-etcd', clusterIP: '10.96.7.7', ports: ['2379/TCP'], selector: {} });
    expect(withEndpoints(seed.serviceEndpoints, { services: [...seed.services, manual] })).toEqual([]);
  });

  it.each([
    ['EndpointSlices', 'endpointslices.discovery.k8s.io'],
    ['Services', 'services'],
  ])('says nothing when %s could not be read (unknown is not "none")', (_what, resource) => {
    expect(withEndpoints([], { gaps: [buildGap({ resource })] })).toEqual([]);
  });
});
