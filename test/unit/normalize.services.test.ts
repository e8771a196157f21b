import { describe, expect, it } from 'vitest';
import { toService } from '../../src/snapshot/normalize/services.ts';

describe('toService', () => {
  it('reads kube-dns as kubectl get service -o json lists it', () => {
    const kubeDns = {
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'kube-dns', namespace: 'kube-system', creationTimestamp: '2026-10-01T02:13:45Z', labels: { 'k8s-app': 'kube-dns' } },
      spec: {
        type: 'ClusterIP', clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], selector: { 'k8s-app': 'kube-dns' },
        ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 'metrics' }],
      },
    };
    expect(toService(kubeDns)).toEqual({
      namespace: 'kube-system', name: 'kube-dns', type: 'ClusterIP', clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: '53', nodePort: null },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 'metrics', nodePort: null },
      ],
      selector: { 'k8s-app': 'kube-dns' }, createdAt: '2026-10-01T02:13:45Z',
    });
  });

  it('reads a NodePort port with the API defaults: protocol TCP, targetPort = port', () => {
    const service = { kind: 'Service', metadata: { name: 'web', namespace: 'apps' }, spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] } };
    expect(toService(service).ports).toEqual([{ name: null, port: 80, protocol: 'TCP', targetPort: '80', nodePort: 30080 }]);
  });

  it('reads a Service with nothing in it as empty texts, ClusterIP (the API default type) and no ports', () => {
    expect(toService({ kind: 'Service' })).toEqual({ namespace: '', name: '', type: 'ClusterIP', clusterIP: null, ports: [], selector: {}, createdAt: '1970-01-01T00:00:00Z' });
    expect(toService({ kind: 'Service', spec: { ports: [{}] } }).ports).toEqual([{ name: null, port: 0, protocol: 'TCP', targetPort: '', nodePort: null }]);
  });
});
