import { describe, expect, it } from 'vitest';
import { endpointChanges } from '../../src/snapshot/endpoint-history.ts';
import { buildService, buildServiceEndpoints, buildSnapshot } from '../support/snapshot-builder.ts';

const endpoints = (service: string, readyPods: string[]) => buildServiceEndpoints({ service, ports: ['dns 53/UDP'], readyPods });

describe('endpointChanges', () => {
  it('leaves out a Service the earlier snapshot did not have (unknown there, not zero)', () => {
    const before = buildSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });
    const after = buildSnapshot({ services: [buildService({ name: 'metrics-server' })], serviceEndpoints: [endpoints('metrics-server', ['metrics-server-7d4b-aa'])] });
    expect(endpointChanges(before, after)).toEqual([]);
  });

  it('lists changes by Service name even when a hand-edited snapshot lists its Services out of order', () => {
    const services = [buildService({ name: 'kube-dns' }), buildService({ name: 'metrics-server' })];
    const before = buildSnapshot({ capturedAt: '2026-11-23T09:30:00Z', services, serviceEndpoints: [endpoints('kube-dns', ['a', 'b']), endpoints('metrics-server', ['m'])] });
    const after = { ...buildSnapshot({ services, serviceEndpoints: [endpoints('kube-dns', ['a'])] }), services: [...services].reverse() };
    expect(endpointChanges(before, after)).toEqual([
      { service: 'kube-dns', from: 2, to: 1 },
      { service: 'metrics-server', from: 1, to: 0 },
    ]);
  });
});
