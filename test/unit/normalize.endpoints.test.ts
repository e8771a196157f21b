import { describe, expect, it } from 'vitest';
import { toServiceEndpoints } from '../../src/snapshot/normalize/endpoints.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

type Endpoint = Record<string, unknown>;
type Port = { name?: string; port?: number; protocol?: string };

/** An EndpointSlice as `kubectl get endpointslices -o json` lists it (discovery.k8s.io/v1). */
function slice(name: string, service: string | null, endpoints: Endpoint[], ports: Port[] = [{ name: 'http', port: 8080, protocol: 'TCP' }], addressType = 'IPv4'): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name,
      namespace: 'kube-system',
      labels: service === null ? { 'endpointslice.kubernetes.io/managed-by': 'example.com/hand' } : { 'kubernetes.io/service-name': service, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' },
    },
    addressType,
    endpoints,
    ports,
  };
}

/** An endpoint backed by a pod; `ready` as the slice's `conditions.ready` (undefined: unset). */
function podEndpoint(pod: string, address: string, ready: boolean | undefined): Endpoint {
  return {
    addresses: [address],
    conditions: ready === undefined ? {} : { ready, serving: ready, terminating: false },
    nodeName: 'rpi-worker-1',
    targetRef: { kind: 'Pod', name: pod, namespace: 'kube-system' },
  };
}

/** An endpoint with no target, as a hand-kept slice for a Service without selector has. */
const addressEndpoint = (address: string, ready?: boolean): Endpoint => ({ addresses: [address], ...(ready === undefined ? {} : { conditions: { ready } }) });

describe('toServiceEndpoints', () => {
  it('counts ready and not-ready endpoints per Service and names the ready pods', () => {
    const dns = slice('kube-dns-6x7qz', 'kube-dns', [
      podEndpoint('coredns-7c65d6cfc9-9lqzt', '10.244.1.7', true),
      podEndpoint('coredns-7c65d6cfc9-4xk2p', '10.244.0.12', true),
      podEndpoint('coredns-7c65d6cfc9-zzzzz', '10.244.2.9', false),
    ], [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }]);
    expect(toServiceEndpoints([dns])).toEqual([{
      service: 'kube-dns',
      ready: 2,
      notReady: 1,
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', ready: 2 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', ready: 2 },
        { name: 'metrics', port: 9153, protocol: 'TCP', ready: 2 },
      ],
      readyPods: ['coredns-7c65d6cfc9-4xk2p', 'coredns-7c65d6cfc9-9lqzt'],
    }]);
  });

  it.each<[string, boolean | undefined, { ready: number; notReady: number; readyPods: string[] }]>([
    ['ready: true is ready', true, { ready: 1, notReady: 0, readyPods: ['p'] }],
    ['ready unset is ready ("nil should be interpreted as true")', undefined, { ready: 1, notReady: 0, readyPods: ['p'] }],
    ['ready: false is not ready', false, { ready: 0, notReady: 1, readyPods: [] }],
  ])('%s', (_case, ready, expected) => {
    const [endpoints] = toServiceEndpoints([slice('s-1', 's', [podEndpoint('p', '10.244.1.2', ready)])]);
    expect(endpoints).toEqual({ service: 's', ...expected, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: expected.ready }] });
  });

  it('counts a dual-stack pod once, and ready when one of its slices says so', () => {
    const v4 = slice('web-v4', 'web', [podEndpoint('web-a', '10.244.1.2', true), podEndpoint('web-b', '10.244.1.3', false)]);
    const v6 = slice('web-v6', 'web', [podEndpoint('web-a', 'fd00::2', true), podEndpoint('web-b', 'fd00::3', true)], undefined, 'IPv6');
    expect(toServiceEndpoints([v4, v6])).toEqual([
      { service: 'web', ready: 2, notReady: 0, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: 2 }], readyPods: ['web-a', 'web-b'] },
    ]);
  });

  it('counts endpoints without a pod by their first address', () => {
    const etcd = slice('external-etcd-1', 'external-etcd', [
      addressEndpoint('192.168.1.10'),
      addressEndpoint('192.168.1.11', false),
      addressEndpoint('192.168.1.12', true),
    ], [{ name: 'client', port: 2379, protocol: 'TCP' }]);
    const again = slice('external-etcd-2', 'external-etcd', [addressEndpoint('192.168.1.10')], [{ name: 'client', port: 2379, protocol: 'TCP' }]);
    expect(toServiceEndpoints([etcd, again])).toEqual([
      { service: 'external-etcd', ready: 2, notReady: 1, ports: [{ name: 'client', port: 2379, protocol: 'TCP', ready: 2 }], readyPods: [] },
    ]);
  });

  it('counts an endpoint without an address list (a hand-made dump) as one endpoint', () => {
    const [endpoints] = toServiceEndpoints([slice('s-1', 's', [{ conditions: { ready: false } }, { addresses: [], conditions: { ready: false } }])]);
    expect(endpoints).toEqual({ service: 's', ready: 0, notReady: 1, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: 0 }], readyPods: [] });
  });

  it('counts a target of another kind by its address, and does not call it a pod', () => {
    const vm = (name: string, address: string): Endpoint => ({ addresses: [address], conditions: { ready: true }, targetRef: { kind: 'VirtualMachineInstance', name } });
    const [endpoints] = toServiceEndpoints([slice('vm-1', 'vm', [vm('vmi', '10.244.3.4'), vm('vmi', '10.244.3.5')])]);
    expect(endpoints).toEqual({ service: 'vm', ready: 2, notReady: 0, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: 2 }], readyPods: [] });
  });

  it('gives each port the ready endpoints of the slices that serve it', () => {
    // A Service whose port changed from 80 to 8080: the old slice still serves `http` on 80.
    const old = slice('web-old', 'web', [podEndpoint('web-a', '10.244.1.2', true), podEndpoint('web-b', '10.244.1.3', false)], [{ name: 'http', port: 80, protocol: 'TCP' }]);
    const current = slice('web-new', 'web', [podEndpoint('web-c', '10.244.1.4', true), podEndpoint('web-d', '10.244.1.5', true)], [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(toServiceEndpoints([old, current])[0]!.ports).toEqual([
      { name: 'http', port: 80, protocol: 'TCP', ready: 1 },
      { name: 'http', port: 8080, protocol: 'TCP', ready: 2 },
    ]);
  });

  it('reads a port without protocol as TCP (the API default) and keeps a port without name or number as null', () => {
    const ports = toServiceEndpoints([slice('s-1', 's', [podEndpoint('p', '10.244.1.2', true)], [{ port: 9090 }, {}])])[0]!.ports;
    expect(ports).toEqual([
      { name: null, port: null, protocol: 'TCP', ready: 1 },
      { name: null, port: 9090, protocol: 'TCP', ready: 1 },
    ]);
  });

  it('orders ports by name, then number, then protocol', () => {
    const ports = toServiceEndpoints([slice('s-1', 's', [], [
      { name: 'metrics', port: 80, protocol: 'TCP' },
      { name: 'http', port: 8080, protocol: 'TCP' },
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns', port: 53, protocol: 'TCP' },
      { name: 'dns', port: 5353, protocol: 'SCTP' },
      { port: 9153, protocol: 'TCP' },
      { port: 81, protocol: 'TCP' },
      { port: 443, protocol: 'TCP' },
    ])])[0]!.ports;
    expect(ports.map((port) => `${port.name} ${port.port}/${port.protocol}`)).toEqual([
      'null 81/TCP', 'null 443/TCP', 'null 9153/TCP', 'dns 53/TCP', 'dns 53/UDP', 'dns 5353/SCTP', 'http 8080/TCP', 'metrics 80/TCP',
    ]);
  });

  it('leaves out slices without the kubernetes.io/service-name label, and orders Services by name', () => {
    const unowned = slice('hand-made', null, [podEndpoint('p', '10.244.1.2', true)]);
    const result = toServiceEndpoints([slice('b-1', 'b', []), unowned, slice('a-1', 'a', []), { kind: 'EndpointSlice' }]);
    expect(result).toEqual([
      { service: 'a', ready: 0, notReady: 0, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: 0 }], readyPods: [] },
      { service: 'b', ready: 0, notReady: 0, ports: [{ name: 'http', port: 8080, protocol: 'TCP', ready: 0 }], readyPods: [] },
    ]);
  });

  it('gives no Service for no slices', () => {
    expect(toServiceEndpoints([])).toEqual([]);
  });
});
