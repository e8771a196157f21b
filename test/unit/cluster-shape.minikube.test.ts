import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { buildNode, seedSnapshot } from '../support/snapshot-builder.ts';

/** The seed's kubeadm static pods and kubeadm-config ConfigMap (minikube runs kubeadm too), on 4-CPU arm64 nodes named as minikube names them. */
const onNodes = (...names: string[]) => seedSnapshot({ nodes: names.map((name, i) => buildNode({ name, roles: i === 0 ? ['control-plane'] : [] })) });

describe('clusterShape: minikube', () => {
  it('reads a node named minikube (or minikube-m02 for a second node) as minikube, before kubeadm-config', () => {
    expect(clusterShape(onNodes('minikube', 'minikube-m02'))).toEqual({
      distribution: 'minikube',
      controlPlane: 'static-pods',
      datastore: 'etcd-static-pod',
      controlPlaneNodes: ['minikube'],
      smallArmNodes: true,
      evidence: [
        { fact: 'controlPlanePods', value: 'etcd, kube-apiserver, kube-controller-manager, kube-scheduler' },
        { fact: 'nodeName', value: 'minikube' },
      ],
    });
    expect(clusterShape(onNodes('cp-1', 'minikube-m02')).evidence).toContainEqual({ fact: 'nodeName', value: 'minikube-m02' });
  });

  it('is kubeadm when the name only looks like minikube', () => {
    expect(clusterShape(onNodes('minikube-dev')).distribution).toBe('kubeadm');
    expect(clusterShape(onNodes('my-minikube')).distribution).toBe('kubeadm');
  });
});
