import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readClusterInfo } from '../../src/snapshot/cluster-info.ts';
import { testCerts } from '../fake-api/certs.ts';

/** kube-public/cluster-info as kubeadm writes it: a kubeconfig with the API server and the cluster CA, no user. */
const clusterInfo = (kubeconfig: unknown) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' }, data: { kubeconfig } });

describe('readClusterInfo', () => {
  it("reads the server and the CA's subject from kubeadm's kubeconfig", () => {
    const kubeconfig = stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: '', cluster: { server: 'https://192.168.1.10:6443', 'certificate-authority-data': Buffer.from(testCerts().caPem).toString('base64') } }],
      contexts: null,
      'current-context': '',
      preferences: {},
      users: null,
    });
    expect(readClusterInfo(clusterInfo(kubeconfig))).toMatchObject({ server: 'https://192.168.1.10:6443', caSubject: 'CN=fake-api-ca' });
  });

  it.each([
    ['text that is not YAML', 'clusters: [unclosed'],
    ['no kubeconfig key', undefined],
    ['a kubeconfig that is not text', 42],
    ['a kubeconfig without clusters', 'apiVersion: v1\nkind: Config\n'],
  ])('says nothing it cannot read for %s: every fact null', (_, kubeconfig) => {
    expect(readClusterInfo(clusterInfo(kubeconfig))).toEqual({ server: null, caSubject: null, caNotAfter: null });
  });
});
