/** clusterShape's signs one at a time: what makes control-plane pods static, k3s and kind, and a node "small arm". */
import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import type { Pod, Workload } from '../../src/snapshot/schema.ts';
import { buildNode, buildPod, buildWorkload, seedSnapshot } from '../support/snapshot-builder.ts';

const eksNode = buildNode({ name: 'ip-10-0-1-2.ec2.internal', kubeletVersion: 'v1.31.2-eks-7f9249a', architecture: 'amd64' });

describe('clusterShape: control-plane pods', () => {
  it('counts a component label only on static pods: a Deployment labelled component=kube-apiserver is no control plane', () => {
    const pods: Pod[] = [buildPod({ name: 'kube-apiserver-proxy-x', labels: { component: 'kube-apiserver' }, workload: { kind: 'Deployment', name: 'kube-apiserver-proxy' } })];
    const workloads: Workload[] = [buildWorkload({ kind: 'Deployment', name: 'kube-apiserver-proxy', labels: { component: 'kube-apiserver' } })];
    const shape = clusterShape(seedSnapshot({ nodes: [eksNode], pods, workloads, configMaps: [] }));
    expect([shape.distribution, shape.controlPlane]).toEqual(['eks', 'managed']);
  });

  it('finds the components on static-pod workloads when their pods carry no label', () => {
    const snapshot = seedSnapshot();
    const pods = snapshot.pods.map((pod) => ({ ...pod, labels: {} }));
    const workloads = [buildWorkload({ kind: 'StaticPod', name: 'etcd-rpi-master-1', labels: { component: 'etcd' } }), buildWorkload({ kind: 'DaemonSet', name: 'kube-proxy', labels: { component: 'kube-scheduler' } })];
    const shape = clusterShape({ ...snapshot, pods, workloads });
    expect([shape.distribution, shape.controlPlane, shape.datastore]).toEqual(['kubeadm', 'static-pods', 'etcd-static-pod']);
    expect(shape.evidence).toContainEqual({ fact: 'controlPlanePods', value: 'etcd' });
  });
});

describe('clusterShape: distribution signs', () => {
  it.each(['v1.31.4+k3s1', 'v1.30.6+k3s12', 'v1.31.0-rc1+k3s1'])('reads kubelet %s as k3s', (kubeletVersion) => {
    expect(clusterShape(seedSnapshot({ nodes: [buildNode({ kubeletVersion })] })).distribution).toBe('k3s');
  });

  it('reads a kind:// provider ID as kind, and a cloud one on a kubeadm cluster as kubeadm', () => {
    const kind = clusterShape(seedSnapshot({ nodes: [buildNode({ name: 'kind-control-plane', providerID: 'kind://docker/kind/kind-control-plane' })] }));
    expect(kind.distribution).toBe('kind');
    expect(kind.evidence).toContainEqual({ fact: 'providerID', node: 'kind-control-plane', value: 'kind://docker/kind/kind-control-plane' });
    const cloud = clusterShape(seedSnapshot({ nodes: [buildNode({ providerID: 'aws:///eu-west-1a/i-0abc' })] }));
    expect(cloud.distribution).toBe('kubeadm');
  });
});

describe('clusterShape: small arm nodes', () => {
  it.each([
    ['4000000000', true],
    ['9000000000', false],
    ['7Gi', true],
    ['9Gi', false],
    ['8388608Ki', true],
    ['8388609Ki', false],
    ['lots', false],
  ])('an arm64 node of %s memory is small: %s', (memory, small) => {
    const node = buildNode({ capacity: { cpu: '4', memory, pods: '110' } });
    expect(clusterShape(seedSnapshot({ nodes: [node] })).smallArmNodes).toBe(small);
  });

  it('an amd64 node is never small arm, nor is a cluster with no node', () => {
    expect(clusterShape(seedSnapshot({ nodes: [buildNode({ architecture: 'amd64' })] })).smallArmNodes).toBe(false);
    expect(clusterShape(seedSnapshot({ nodes: [] })).smallArmNodes).toBe(false);
  });
});
