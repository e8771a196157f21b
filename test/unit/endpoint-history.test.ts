import { describe, expect, it } from 'vitest';
import { diff, summarize } from '../../src/snapshot/diff.ts';
import { endpointChanges, endpointTrends } from '../../src/snapshot/endpoint-history.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { describeDiff } from '../../src/i18n/diff.ja.ts';
import { buildGap, buildService, seedSnapshot } from '../support/snapshot-builder.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 9, 30)).toISOString().replace('.000Z', 'Z');
const seed = (n: number, overrides: Partial<Snapshot> = {}) => seedSnapshot({ capturedAt: day(n), ...overrides });
/** The seed with kube-dns's endpoints changed: `ready` of them, or no EndpointSlice at all (null). */
function dnsReady(n: number, ready: number | null): Snapshot {
  const snapshot = seed(n);
  const others = snapshot.serviceEndpoints.filter((e) => e.service !== 'kube-dns');
  const dns = snapshot.serviceEndpoints.find((e) => e.service === 'kube-dns')!;
  return seed(n, { serviceEndpoints: ready === null ? others : [...others, { ...dns, ready, readyPods: dns.readyPods.slice(0, ready) }] });
}

describe('endpointTrends', () => {
  it('counts ready endpoints per Service, zero without a slice, a break where EndpointSlices or the Service were not there', () => {
    const unreadSlices = seed(2, { gaps: [buildGap({ resource: 'endpointslices.discovery.k8s.io' })] });
    const withMetrics = (n: number) => seed(n, { services: [...seed(n).services, buildService({ name: 'metrics-server', selector: { k8s: 'metrics-server' } })] });
    const trends = endpointTrends([dnsReady(0, 2), dnsReady(1, null), unreadSlices, withMetrics(3)]);
    expect(trends.map((t) => `${t.service}: ${t.points.map((p) => p.ready ?? '—').join(' ')}`)).toEqual([
      'kube-dns: 2 0 — 2',
      'metrics-server: — — — 0',
      'sealed-secrets-controller: 1 1 — 1',
      'sealed-secrets-controller-metrics: 1 1 — 1',
    ]);
  });
});

describe('endpointChanges', () => {
  it('lists Services whose ready endpoints changed, and is part of the compare view', () => {
    expect(endpointChanges(dnsReady(0, 2), dnsReady(1, 0))).toEqual([{ service: 'kube-dns', from: 2, to: 0 }]);
    const d = diff(dnsReady(0, 2), dnsReady(1, 1));
    expect(describeDiff(d).find((s) => s.id === 'endpoints')).toEqual({ id: 'endpoints', title: 'ready エンドポイント数', entries: ['kube-dns: 2 → 1 個(-1)'] });
    expect(summarize(d).endpointChanges).toBe(1);
  });

  it('says nothing when one side could not read EndpointSlices', () => {
    const unread = seed(1, { gaps: [buildGap({ resource: 'endpointslices.discovery.k8s.io' })] });
    expect(endpointChanges(dnsReady(0, 2), unread)).toEqual([]);
  });
});
