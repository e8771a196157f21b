/**
 * clusterShape's kubeadm sign and the memory quantities behind "small arm": the ConfigMap must be
 * named kubeadm-config (other kube-system ConfigMaps prove nothing), every node must be small arm,
 * and a quantity is read in each of Kubernetes' suffixes or not at all.
 */
import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { buildConfigMap, buildNode, seedSnapshot } from '../support/snapshot-builder.ts';

describe('clusterShape: kubeadm-config', () => {
  const seed = seedSnapshot();
  const controlPlanePods = { fact: 'controlPlanePods', value: 'etcd, kube-apiserver, kube-controller-manager, kube-scheduler' };

  it('reads static control-plane pods with other ConfigMaps but no kubeadm-config as unknown, and names only the pods', () => {
    const configMaps = seed.configMaps.filter((cm) => cm.name !== 'kubeadm-config');
    const shape = clusterShape({ ...seed, configMaps });
    expect(shape.distribution).toBe('unknown');
    expect(shape.controlPlane).toBe('static-pods');
    expect(shape.evidence).toEqual([controlPlanePods]);
  });

  it('reads the kubeadm-config ConfigMap alone as kubeadm', () => {
    const shape = clusterShape({ ...seed, configMaps: [buildConfigMap({ name: 'kubeadm-config', keys: ['ClusterConfiguration'] })] });
    expect(shape.distribution).toBe('kubeadm');
    expect(shape.evidence).toEqual([controlPlanePods, { fact: 'configMap', value: 'kubeadm-config' }]);
  });
});

describe('clusterShape: small arm nodes', () => {
  const small = (...memories: string[]) =>
    clusterShape(seedSnapshot({ nodes: memories.map((memory, i) => buildNode({ name: `n${i}`, capacity: { cpu: '4', memory, pods: '110' } })) })).smallArmNodes;

  it('is false when one of the nodes is not small arm', () => {
    const nodes = [buildNode({ name: 'rpi-1' }), buildNode({ name: 'nuc-1', architecture: 'amd64' })];
    expect(clusterShape(seedSnapshot({ nodes })).smallArmNodes).toBe(false);
  });

  it.each([
    ['8000000k', true], ['9000000k', false],
    ['8000M', true], ['9000M', false],
    ['8G', true], ['9G', false],
    ['1T', false], ['1Ti', false],
  ])('reads %s of memory as small: %s', (memory, want) => {
    expect(small(memory)).toBe(want);
  });

  it.each(['7.5Gi', '4e9', '4Gi '])('cannot read %s, so does not call the node small', (memory) => {
    expect(small(memory)).toBe(false);
  });
});
