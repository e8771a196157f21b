/** How each component page finds its workloads, pods, services and findings in a snapshot. */
import { describe, expect, it } from 'vitest';
import { componentPods, findingsOf, manifestPath, servicesOf, workloadsOf, type ComponentId } from '../../src/site/component-map.ts';
import { findings } from '../../src/snapshot/findings.ts';
import type { Finding } from '../../src/snapshot/findings.ts';

/** A finding as findings() builds it, with no evidence: these tests only route findings to components. */
const finding = (rule: string, severity: Finding['severity'], subject: Finding['subject'], topic: string, evidence: object): Finding =>
  ({ id: `${rule}:${subject.kind}/${subject.name}`, rule, severity, subject, evidence, topic }) as Finding;
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { workloadFindings } from '../../src/site/workload-findings.ts';
import { buildPod, buildSealedSecretsKey, buildSecret, buildService, buildSnapshot, buildWorkload, seedSnapshot, withPods } from '../support/snapshot-builder.ts';

const names = (list: readonly { name: string }[]) => list.map((item) => item.name);

describe('manifestPath', () => {
  it.each<[ComponentId, string | null]>([
    ['etcd', '/etc/kubernetes/manifests/etcd.yaml'],
    ['kube-apiserver', '/etc/kubernetes/manifests/kube-apiserver.yaml'],
    ['kube-controller-manager', '/etc/kubernetes/manifests/kube-controller-manager.yaml'],
    ['kube-scheduler', '/etc/kubernetes/manifests/kube-scheduler.yaml'],
    ['coredns', null],
    ['kube-proxy', null],
    ['sealed-secrets', null],
  ])('%s -> %s', (id, path) => {
    expect(manifestPath(id)).toBe(path);
  });
});

describe('workloadsOf and componentPods on the seed cluster', () => {
  it.each<[ComponentId, string[], string[]]>([
    ['etcd', ['etcd-rpi-master-1'], ['etcd-rpi-master-1']],
    ['kube-apiserver', ['kube-apiserver-rpi-master-1'], ['kube-apiserver-rpi-master-1']],
    ['kube-controller-manager', ['kube-controller-manager-rpi-master-1'], ['kube-controller-manager-rpi-master-1']],
    ['kube-scheduler', ['kube-scheduler-rpi-master-1'], ['kube-scheduler-rpi-master-1']],
    ['coredns', ['coredns'], ['coredns-668d6bf9bc-4xk2p', 'coredns-668d6bf9bc-9zqlm']],
    ['kube-proxy', ['kube-proxy'], ['kube-proxy-7hx2k', 'kube-proxy-m4q8d', 'kube-proxy-zt5wn']],
    ['sealed-secrets', ['sealed-secrets-controller'], ['sealed-secrets-controller-7d9b6c5f4-x8k2j']],
  ])('%s', (id, workloads, pods) => {
    expect(names(workloadsOf(seedSnapshot(), id))).toEqual(workloads);
    expect(names(componentPods(seedSnapshot(), id))).toEqual(pods);
  });

  it('finds every static pod of a component on a multi-master cluster, and only static pods', () => {
    const etcd = (node: string) => buildPod({ name: `etcd-${node}`, node, workload: { kind: 'StaticPod', name: `etcd-${node}` }, labels: { component: 'etcd' } });
    const impostor = buildPod({ name: 'etcd-backup-1', workload: { kind: 'Deployment', name: 'etcd-backup' }, labels: { component: 'etcd' } });
    const snapshot = buildSnapshot({ pods: [etcd('cp-1'), etcd('cp-2'), etcd('cp-3'), impostor] });
    expect(names(workloadsOf(snapshot, 'etcd'))).toEqual(['etcd-cp-1', 'etcd-cp-2', 'etcd-cp-3']);
  });

  it('finds a controller by the label on its pods when its own labels differ, or by a known name', () => {
    const helmDns = buildPod({ name: 'dns-abc', workload: { kind: 'Deployment', name: 'dns' }, labels: { 'k8s-app': 'kube-dns' } });
    const helmSealed = buildPod({ name: 'sealed-secrets-xyz', workload: { kind: 'Deployment', name: 'sealed-secrets' } });
    const other = buildPod({ name: 'metrics-server-1', workload: { kind: 'Deployment', name: 'metrics-server' }, labels: { 'k8s-app': 'metrics-server' } });
    const snapshot = buildSnapshot({ pods: [helmDns, helmSealed, other] });
    expect(names(workloadsOf(snapshot, 'coredns'))).toEqual(['dns']);
    expect(names(workloadsOf(snapshot, 'sealed-secrets'))).toEqual(['sealed-secrets']);
    expect(names(workloadsOf(snapshot, 'kube-proxy'))).toEqual([]);
  });

  it("finds a controller by its own labels when it has no pod", () => {
    const snapshot = buildSnapshot({ workloads: [buildWorkload({ kind: 'DaemonSet', name: 'proxy', labels: { 'k8s-app': 'kube-proxy' } })] });
    expect(names(workloadsOf(snapshot, 'kube-proxy'))).toEqual(['proxy']);
    expect(componentPods(snapshot, 'kube-proxy')).toEqual([]);
  });

  it("finds GKE's static kube-proxy pods by their component label, without the DaemonSet's k8s-app label or name", () => {
    // As GKE's kubelet mirrors /etc/kubernetes/manifests/kube-proxy.manifest: labels component=kube-proxy, tier=node.
    const gke = (node: string) =>
      buildPod({ name: `kube-proxy-${node}`, node, workload: { kind: 'StaticPod', name: `kube-proxy-${node}` }, labels: { component: 'kube-proxy', tier: 'node' } });
    const snapshot = buildSnapshot({ pods: [gke('gke-cluster-pool-d4e9ae18-tgdf'), gke('gke-cluster-pool-d4e9ae18-x1b2')] });
    expect(names(workloadsOf(snapshot, 'kube-proxy'))).toEqual(['kube-proxy-gke-cluster-pool-d4e9ae18-tgdf', 'kube-proxy-gke-cluster-pool-d4e9ae18-x1b2']);
    expect(names(workloadsOf(snapshot, 'coredns'))).toEqual([]);
  });

  it('finds a controller when any one of its pods has the label (a rollout replacing unlabelled pods), never a podless stranger', () => {
    const snapshot = buildSnapshot({
      pods: [
        buildPod({ name: 'dns-old-1', workload: { kind: 'Deployment', name: 'dns' }, labels: { app: 'dns' } }),
        buildPod({ name: 'dns-new-1', workload: { kind: 'Deployment', name: 'dns' }, labels: { 'k8s-app': 'kube-dns' } }),
      ],
      workloads: undefined,
    });
    const withStranger = { ...snapshot, workloads: [...snapshot.workloads, buildWorkload({ kind: 'DaemonSet', name: 'node-exporter', labels: { app: 'node-exporter' } })] };
    expect(names(workloadsOf(withStranger, 'coredns'))).toEqual(['dns']);
    expect(names(componentPods(withStranger, 'coredns'))).toEqual(['dns-new-1', 'dns-old-1']);
  });

  it('needs every wanted label to match', () => {
    const snapshot = buildSnapshot({ pods: [buildPod({ name: 'x', workload: { kind: 'StaticPod', name: 'x' }, labels: { component: 'etcd-proxy' } })] });
    expect(workloadsOf(snapshot, 'etcd')).toEqual([]);
  });
});

describe('servicesOf', () => {
  it.each<[ComponentId, string[]]>([
    ['coredns', ['kube-dns']],
    ['sealed-secrets', ['sealed-secrets-controller', 'sealed-secrets-controller-metrics']],
    ['kube-proxy', []],
    ['etcd', []],
  ])('%s', (id, services) => {
    expect(names(servicesOf(seedSnapshot(), id))).toEqual(services);
  });

  it('never picks a Service without a selector, and needs the whole selector to match', () => {
    const snapshot = seedSnapshot({
      services: [
        buildService({ name: 'external', selector: {} }),
        buildService({ name: 'half', selector: { 'k8s-app': 'kube-dns', tier: 'none' } }),
        buildService({ name: 'kube-dns', selector: { 'k8s-app': 'kube-dns' } }),
      ],
    });
    expect(names(servicesOf(snapshot, 'coredns'))).toEqual(['kube-dns']);
  });

  it('picks no Service for a component with no pod (Cilium replacing kube-proxy)', () => {
    const snapshot = seedSnapshot();
    const cilium = { ...snapshot, pods: snapshot.pods.filter((pod) => pod.workload.name !== 'kube-proxy'), workloads: snapshot.workloads.filter((w) => w.name !== 'kube-proxy') };
    expect(componentPods(cilium, 'kube-proxy')).toEqual([]);
    expect(names(servicesOf(cilium, 'kube-proxy'))).toEqual([]);
  });

  it('picks a Service that selects some of the pods only (one CoreDNS pod of two carries the extra label)', () => {
    const snapshot = withPods(seedSnapshot(), (pods) => pods.map((pod) => (pod.name === 'coredns-668d6bf9bc-4xk2p' ? { ...pod, labels: { ...pod.labels, zone: 'a' } } : pod)), {
      services: [buildService({ name: 'kube-dns-zone-a', selector: { 'k8s-app': 'kube-dns', zone: 'a' } })],
    });
    expect(names(servicesOf(snapshot, 'coredns'))).toEqual(['kube-dns-zone-a']);
  });
});

describe('findingsOf', () => {
  const ids = (snapshot: Snapshot, id: ComponentId) => findingsOf(snapshot, findings(snapshot, null), id).map((f) => f.id);

  it("gives kube-controller-manager its pod's and its lease's findings, and no other component's", () => {
    const snapshot = seedSnapshot();
    expect(ids(snapshot, 'kube-controller-manager')).toEqual([
      'restarts-high:Pod/kube-controller-manager-rpi-master-1',
      'lease-churn:Lease/kube-controller-manager',
    ]);
    expect(ids(snapshot, 'etcd')).toEqual([]);
    expect(ids(snapshot, 'coredns')).toEqual([]);
  });

  it('gives a component the findings of its topics whatever their subject', () => {
    const list = [
      finding('certificate-expiring', 'warning', { kind: 'Certificate', name: 'apiserver' }, 'certificates', {}),
      finding('not-ready', 'warning', { kind: 'Pod', name: 'elsewhere' }, 'dns', {}),
    ];
    expect(findingsOf(seedSnapshot(), list, 'kube-apiserver').map((f) => f.subject.name)).toEqual(['apiserver']);
    expect(findingsOf(seedSnapshot(), list, 'coredns').map((f) => f.subject.name)).toEqual(['elsewhere']);
    expect(findingsOf(seedSnapshot(), list, 'etcd')).toEqual([]);
  });

  it("gives sealed-secrets the findings about its key Secrets, and no other component a Secret's", () => {
    const snapshot = seedSnapshot({ secrets: [buildSealedSecretsKey('sealed-secrets-keyq7w2z'), buildSecret({ name: 'plain' })] });
    const list = [
      finding('sealed-secrets-key-new', 'info', { kind: 'Secret', name: 'sealed-secrets-keyq7w2z' }, 'gaps', {}),
      finding('sealed-secrets-key-new', 'info', { kind: 'Secret', name: 'plain' }, 'gaps', {}),
    ];
    expect(findingsOf(snapshot, list, 'sealed-secrets').map((f) => f.subject.name)).toEqual(['sealed-secrets-keyq7w2z']);
    expect(findingsOf(snapshot, list, 'kube-proxy')).toEqual([]);
  });
});

describe('workloadFindings', () => {
  it("splits a workload's findings into restart badges and the rest, leaving out leases of the same name", () => {
    const snapshot = seedSnapshot();
    const kcm = snapshot.workloads.find((w) => w.name === 'kube-controller-manager-rpi-master-1')!;
    const list = [
      finding('restarts-high', 'critical', { kind: 'Pod', name: kcm.name }, 'restarts', {}),
      finding('oom-killed', 'warning', { kind: 'Pod', name: kcm.name }, 'oom', {}),
      finding('not-ready', 'warning', { kind: 'Pod', name: kcm.name }, 'not-ready', {}),
      finding('lease-churn', 'warning', { kind: 'Lease', name: kcm.name }, 'restarts', {}),
      finding('crashloop', 'critical', { kind: 'Pod', name: 'someone-else' }, 'crashloop', {}),
    ];
    const split = workloadFindings(list, kcm);
    expect(split.restarts.map((f) => f.rule)).toEqual(['restarts-high', 'oom-killed']);
    expect(split.status.map((f) => f.rule)).toEqual(['not-ready']);
  });

  it.each(['restarts-high', 'restarts-climbing', 'crashloop', 'oom-killed'] as const)('%s is a restart badge', (rule) => {
    const workload = buildWorkload({ kind: 'Deployment', name: 'd', pods: ['d-1'] });
    const split = workloadFindings([finding(rule, 'warning', { kind: 'Pod', name: 'd-1' }, 'restarts', {})], workload);
    expect([split.restarts.length, split.status.length]).toEqual([1, 0]);
  });
});
