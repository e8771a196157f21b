import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawState } from '../../src/snapshot/raw.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { canaryForms } from '../fixtures/fake-api/cluster.ts';
import { harness, type Harness } from './setup.ts';

describe('capture against the fake API server', () => {
  let h: Harness;
  let state: RawState;

  beforeAll(async () => {
    h = await harness();
    state = await h.run();
  });
  afterAll(() => h.close());

  it('reads every list of the namespace, and nothing of other namespaces', () => {
    const names = (list: { metadata?: { name?: string } }[]) => list.map((o) => o.metadata?.name);
    expect(names(state.pods)).toEqual([
      'coredns-5d78c9869d-abcde', 'coredns-5d78c9869d-fghij', 'etcd-backup-29000000-q7w8e',
      'etcd-rpi-master-1', 'kube-controller-manager-rpi-master-1', 'kube-proxy-x1y2z',
    ]);
    expect({
      deployments: names(state.deployments), replicaSets: names(state.replicaSets), daemonSets: names(state.daemonSets),
      statefulSets: names(state.statefulSets), jobs: names(state.jobs), cronJobs: names(state.cronJobs), nodes: names(state.nodes),
      services: names(state.services), configMaps: names(state.configMaps), leases: names(state.leases),
      sealedSecrets: names(state.sealedSecrets), secrets: state.secrets.map((s) => s.metadata.name),
    }).toMatchInlineSnapshot(`
      {
        "configMaps": [
          "coredns",
          "kubeadm-config",
        ],
        "cronJobs": [
          "etcd-backup",
        ],
        "daemonSets": [
          "kube-proxy",
        ],
        "deployments": [
          "coredns",
        ],
        "jobs": [
          "etcd-backup-29000000",
        ],
        "leases": [
          "kube-controller-manager",
          "kube-scheduler",
        ],
        "nodes": [
          "rpi-master-1",
          "rpi-worker-1",
          "rpi-worker-2",
        ],
        "replicaSets": [
          "coredns-5d78c9869d",
        ],
        "sealedSecrets": [
          "db-password",
        ],
        "secrets": [
          "bootstrap-token-abcdef",
          "etcd-backup-s3",
          "sealed-secrets-keyabc12",
        ],
        "services": [
          "kube-dns",
        ],
        "statefulSets": [
          "metrics-store",
        ],
      }
    `);
  });

  it('fills the header fields and the single objects', () => {
    expect({ ...state.context, server: state.context.server?.replace(/:\d+$/, ':PORT') }).toEqual({ clusterName: 'fake-cluster', server: 'https://127.0.0.1:PORT' });
    expect([state.capturedAt, state.source, state.namespace, state.version]).toEqual(['2026-11-24T09:30:00Z', 'live', 'kube-system', 'v1.31.2']);
    expect(state.clusterInfo?.metadata?.name).toBe('cluster-info');
    expect((state.apiService?.['spec'] as { clusterIP?: string }).clusterIP).toBe('10.96.0.1');
    expect(state.gaps).toEqual([]);
  });

  it('keeps only Warning events, asked for with a field selector', () => {
    expect(state.events.map((e) => [e['type'], e['reason']])).toEqual([['Warning', 'BackOff']]);
    expect(h.api.requests.find((r) => r.path.endsWith('/events'))?.query['fieldSelector']).toBe('type=Warning');
  });

  it('gives list items the kind and apiVersion a kubectl dump has, and no managedFields', () => {
    expect([state.pods[0]?.kind, state.pods[0]?.apiVersion, state.leases[0]?.apiVersion, state.sealedSecrets[0]?.kind])
      .toEqual(['Pod', 'v1', 'coordination.k8s.io/v1', 'SealedSecret']);
    expect(h.api.sentBodies.some((b) => b.includes('managedFields'))).toBe(true);
    expect(JSON.stringify(state)).not.toContain('managedFields');
  });

  it('lists secrets as a Table of metadata: name, type and key count, no values', () => {
    expect(state.secrets.map((s) => [s.metadata.name, s.type, s.keyCount])).toEqual([
      ['bootstrap-token-abcdef', 'bootstrap.kubernetes.io/token', 2],
      ['etcd-backup-s3', 'Opaque', 3],
      ['sealed-secrets-keyabc12', 'kubernetes.io/tls', 2],
    ]);
    expect(state.secrets[1]?.metadata.annotations).toEqual({ owner: 'ops' });
    const secretRequests = h.api.requests.filter((r) => r.path.includes('/secrets'));
    expect(secretRequests.map((r) => [r.accept, r.query['includeObject']])).toEqual([['application/json;as=Table;v=v1;g=meta.k8s.io', 'Metadata']]);
  });

  it('never lets a planted secret value travel or land in the RawState', () => {
    const json = JSON.stringify(state);
    const sent = h.api.sentBodies.join('\n');
    for (const canary of canaryForms()) expect(json).not.toContain(canary);
    // Secret data never left the server; last-applied annotations did (they are metadata) but were dropped.
    for (const canary of canaryForms('secretData')) expect(sent).not.toContain(canary);
    expect(json).not.toContain('last-applied-configuration');
  });

  it('reuses its connections instead of a TLS handshake per request', () => {
    expect(h.api.requests.length).toBe(20);
    // Four pooled connections, and one handshake that only reads the serving certificate.
    expect(h.api.connections()).toBeLessThanOrEqual(5);
  });

  it('reaches an API served under a path prefix (a proxy)', async () => {
    const proxied = await harness({ pathPrefix: '/k8s/clusters/c-1' });
    try {
      const kubeconfig = writeKubeconfig(proxied.dir, proxied.api, { server: `${proxied.api.url}/k8s/clusters/c-1` });
      const other = await proxied.run({ kubeconfig });
      expect([other.pods.length, other.gaps]).toEqual([6, []]);
    } finally {
      await proxied.close();
    }
  });

  it('says what it read, one line per resource', () => {
    expect(h.lines.map((l) => l.replace(/\d+ ms/, 'N ms')).sort()).toMatchInlineSnapshot(`
      [
        "API server certificate: 1 certificates",
        "configmaps: 2 in N ms",
        "cronjobs: 1 in N ms",
        "daemonsets: 1 in N ms",
        "default/services/kubernetes: 1 in N ms",
        "deployments: 1 in N ms",
        "endpointslices.discovery.k8s.io: 0 in N ms",
        "events: 1 in N ms",
        "jobs: 1 in N ms",
        "kube-public/configmaps/cluster-info: 1 in N ms",
        "kubeconfig client certificate: 0 certificates",
        "kubelet certificates: 3 certificates",
        "leases: 2 in N ms",
        "livez: 10 checks, passed in N ms",
        "nodes: 3 in N ms",
        "pods: 6 in N ms",
        "readyz: 13 checks, passed in N ms",
        "replicasets: 1 in N ms",
        "sealedsecrets.bitnami.com: 1 in N ms",
        "secrets: 3 in N ms",
        "services: 1 in N ms",
        "statefulsets: 1 in N ms",
        "version: v1.31.2 in N ms",
      ]
    `);
  });
});
