import { unread } from '../gaps.ts';
import { defineRule } from './rule.ts';

/** The Service whose endpoints are the cluster's DNS: none ready means no name resolves. */
const DNS_SERVICE = 'kube-dns';

/**
 * service-no-endpoints: a Service of the namespace with a selector and no ready endpoint, which is
 * what "DNS is down" looks like from the API (critical for kube-dns). A Service without a selector
 * keeps its endpoints by hand and is left out; unread EndpointSlices say nothing.
 */
export const serviceNoEndpoints = defineRule({
  id: 'service-no-endpoints',
  label: '準備完了のエンドポイントがない Service',
  topics: ['service-endpoints', 'dns'],
  evidence: { ready: 'number', notReady: 'number', clusterIP: 'string?' },
  find: ({ current }) => {
    if (unread(current, 'endpointSlices') || unread(current, 'services')) return [];
    const endpoints = new Map(current.serviceEndpoints.map((e) => [e.service, e]));
    return current.services
      .filter((service) => Object.keys(service.selector).length > 0 && (endpoints.get(service.name)?.ready ?? 0) === 0)
      .map((service) => {
        const dns = service.name === DNS_SERVICE;
        const notReady = endpoints.get(service.name)?.notReady ?? 0;
        return {
          subject: { kind: 'Service', name: service.name },
          severity: dns ? 'critical' as const : 'warning' as const,
          topic: dns ? 'dns' as const : 'service-endpoints' as const,
          evidence: { ready: 0, notReady, ...(service.clusterIP ? { clusterIP: service.clusterIP } : {}) },
        };
      });
  },
  text: ({ subject, evidence: e }) => ({
    title: `Service ${subject.name} に準備完了のエンドポイントがない`,
    evidence: `${e.clusterIP ? `ClusterIP ${e.clusterIP} への通信を受ける Pod がない` : '通信を受ける Pod がない'}${e.notReady > 0 ? `(準備完了でないエンドポイント ${e.notReady} 個)` : ''}`,
  }),
});
