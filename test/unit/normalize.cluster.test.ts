import { describe, expect, it } from 'vitest';
import { toCluster } from '../../src/snapshot/normalize/cluster.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { buildNode } from '../support/snapshot-builder.ts';
import { rawState, runningPod } from '../fixtures/raw-state.ts';

/** A control-plane static pod (kubeadm or RKE2 labels it `component: <name>`) running `image`. */
function staticPod(component: string, image: string): KubeObject {
  const pod = runningPod(`${component}-cp-1`, { labels: { component, tier: 'control-plane' }, annotations: { 'kubernetes.io/config.mirror': 'abc' } });
  (pod.spec as { containers: unknown[] }).containers = [{ name: component, image }];
  return pod;
}

const versionFrom = (pods: KubeObject[], kubelets: string[] = []) =>
  toCluster(rawState({ pods }), null, kubelets.map((kubeletVersion, index) => buildNode({ name: `n${index}`, kubeletVersion }))).version;

describe('toCluster: version from the kube-apiserver static pod when /version was not read', () => {
  it.each<[string, string, string | null]>([
    ['kubeadm', 'registry.k8s.io/kube-apiserver:v1.31.2', 'v1.31.2'],
    ['a two-digit patch', 'registry.k8s.io/kube-apiserver:v1.31.10', 'v1.31.10'],
    ['numbers of any width', 'registry.example:5000/kube-apiserver:v10.100.1000', 'v10.100.1000'],
    ['RKE2: the suffix is kept', 'docker.io/rancher/hardened-kubernetes:v1.34.2-rke2r1-build20251112', 'v1.34.2-rke2r1-build20251112'],
    ['pinned by digest: the digest is not part of the tag', 'registry.k8s.io/kube-apiserver:v1.31.2@sha256:9d6a1ef7a0b1', 'v1.31.2'],
    ['no version tag: unknown', 'registry.k8s.io/kube-apiserver:latest', null],
    ['a version without its patch: unknown', 'registry.k8s.io/kube-apiserver:v1.31', null],
    ['no tag at all: unknown', 'registry.k8s.io/kube-apiserver', null],
  ])('%s: %s -> %s', (_case, image, expected) => {
    expect(versionFrom([staticPod('kube-apiserver', image)])).toBe(expected);
  });

  it('reads only the kube-apiserver pod, not another control-plane pod listed before it', () => {
    // Mid-upgrade: the controller-manager already runs the new version.
    expect(versionFrom([staticPod('kube-controller-manager', 'registry.k8s.io/kube-controller-manager:v1.32.0'), staticPod('kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.31.2')])).toBe('v1.31.2');
  });

  it('takes the next kube-apiserver pod when the first has no version tag', () => {
    expect(versionFrom([staticPod('kube-apiserver', 'registry.k8s.io/kube-apiserver:latest'), staticPod('kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.31.2')])).toBe('v1.31.2');
  });

  it('is unknown (null) when no node reports a kubelet version either, not an empty text', () => {
    expect(versionFrom([], ['', ''])).toBeNull();
    expect(versionFrom([], ['', 'v1.30.4', ''])).toBe('v1.30.4');
  });
});

describe('toCluster: the name from kubeadm-config', () => {
  const nameFrom = (clusterConfiguration: string) => toCluster(rawState({
    configMaps: [{ kind: 'ConfigMap', metadata: { name: 'kubeadm-config' }, data: { ClusterConfiguration: clusterConfiguration } }],
    context: { clusterName: 'kubernetes-admin@kubernetes', server: null },
  }), null, []).name;

  it('reads clusterName through a few YAML aliases', () => {
    const aliases = Array.from({ length: 10 }, () => '- *dir\n').join('');
    expect(nameFrom(`apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncertificatesDir: &dir /etc/kubernetes/pki\nextra:\n${aliases}clusterName: rpi-cluster\n`)).toBe('rpi-cluster');
  });

  it('refuses a document with 60 alias uses (the parser allows 50, against alias bombs) and falls back to the kubeconfig\'s cluster', () => {
    const aliases = Array.from({ length: 60 }, () => '- *dir\n').join('');
    expect(nameFrom(`apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncertificatesDir: &dir /etc/kubernetes/pki\nextra:\n${aliases}clusterName: rpi-cluster\n`)).toBe('kubernetes-admin@kubernetes');
  });
});

describe('toCluster: the newest kubelet version when neither /version nor the API server pod is there', () => {
  it.each<[string, string[], string]>([
    ['a newer major wins over a larger minor', ['v1.99.0', 'v2.0.0'], 'v2.0.0'],
    ['numeric, not text order: v1.31.10 after v1.31.9', ['v1.31.10', 'v1.31.9'], 'v1.31.10'],
    ['a fourth numeric part counts, a missing one is 0 (v1.31.02.1 after v1.31.2)', ['v1.31.2', 'v1.31.02.1'], 'v1.31.02.1'],
    ['only a leading v is dropped: 1.31.2-v9 has the part v9 (0), below 1.31.2-3', ['1.31.2-v9', '1.31.2-3'], '1.31.2-3'],
  ])('%s', (_case, kubelets, expected) => {
    expect(versionFrom([], kubelets)).toBe(expected);
    expect(versionFrom([], [...kubelets].reverse())).toBe(expected);
  });
});
