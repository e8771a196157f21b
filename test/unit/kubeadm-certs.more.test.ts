/** readKubeadmExpiration on `kubeadm certs check-expiration -o json` documents (output.kubeadm.k8s.io/v1alpha3), read whole. */
import { describe, expect, it } from 'vitest';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { readKubeadmExpiration } from '../../src/snapshot/kubeadm-certs.ts';

const WHERE = 'certs/rpi-master-1.json';
const document = (certificates: unknown[], certificateAuthorities: unknown[] = []) => ({
  kind: 'CertificateExpirationInfo', apiVersion: 'output.kubeadm.k8s.io/v1alpha3', certificates, certificateAuthorities,
});

describe('readKubeadmExpiration', () => {
  it('reads a CA kept outside the cluster (external CA mode: externallyManaged true) and a certificate it signs, every field', () => {
    const ca = { name: 'ca', expirationDate: '2034-11-10T09:30:00Z', residualTime: 315360000000000000, externallyManaged: true };
    const apiserver = { name: 'apiserver', expirationDate: '2027-11-12T09:30:00Z', residualTime: 31536000000000000, caName: 'ca', externallyManaged: false };
    expect(readKubeadmExpiration(document([apiserver], [ca]), WHERE)).toEqual([
      {
        id: 'kubeadm/ca', source: 'kubeadm', name: 'ca', location: '/etc/kubernetes/pki/ca.crt',
        subject: null, issuer: null, sans: [], notBefore: null, notAfter: '2034-11-10T09:30:00Z',
        selfSigned: null, isCA: true, caName: null, externallyManaged: true, missing: false,
      },
      {
        id: 'kubeadm/apiserver', source: 'kubeadm', name: 'apiserver', location: '/etc/kubernetes/pki/apiserver.crt',
        subject: null, issuer: null, sans: [], notBefore: null, notAfter: '2027-11-12T09:30:00Z',
        selfSigned: null, isCA: false, caName: 'ca', externallyManaged: false, missing: false,
      },
    ]);
  });

  it('counts only the boolean true as externally managed', () => {
    const entry = (externallyManaged: unknown) => ({ name: 'front-proxy-ca', expirationDate: '2034-11-10T09:30:00Z', externallyManaged });
    expect(readKubeadmExpiration(document([], [entry(true), entry('true'), entry(1), entry(undefined)]), WHERE).map((c) => c.externallyManaged)).toEqual([true, false, false, false]);
  });

  it('quotes at most 40 characters of an expiration date it cannot read', () => {
    const long = `${'x'.repeat(39)}yz-and-more`;
    let error: unknown;
    try {
      readKubeadmExpiration(document([{ name: 'apiserver', expirationDate: long, externallyManaged: false }]), WHERE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunbookError);
    expect(error).toMatchObject({ code: 'E_INPUT', message: `certs/rpi-master-1.json: certificates[0].expirationDate: expected an RFC 3339 time, received "${'x'.repeat(39)}y"` });
  });
});

describe('readKubeadmExpiration: certificate names', () => {
  it.each([
    ['a path before the name', '../apiserver'],
    ['a name followed by a line break and more', 'apiserver\n<script>'],
    ['an upper-case prefix', 'X-apiserver'],
    ['65 characters', 'a'.repeat(65)],
  ])('refuses %s with one line naming the field', (_case, name) => {
    expect(() => readKubeadmExpiration(document([{ name, expirationDate: '2027-11-12T09:30:00Z' }]), WHERE)).toThrow(
      new RunbookError('E_INPUT', 'certs/rpi-master-1.json: certificates[0].name: expected a certificate name such as apiserver'),
    );
  });

  it('accepts kubeadm\'s names with dots and dashes, up to 64 characters', () => {
    const names = ['apiserver-etcd-client', 'front-proxy-client', 'admin.conf', 'a'.repeat(64)];
    expect(readKubeadmExpiration(document(names.map((name) => ({ name, expirationDate: '2027-11-12T09:30:00Z' }))), WHERE).map((c) => c.id)).toEqual(names.map((name) => `kubeadm/${name}`));
  });
});
