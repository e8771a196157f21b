import { describe, expect, it } from 'vitest';
import { API_SERVER_CERTIFICATE_GAP, certificateGap, kubeconfigCertificateGap, kubeletCertificateGap } from '../../src/snapshot/certificate-gaps.ts';
import { certificatePlaceRead } from '../../src/snapshot/certificate-history.ts';
import type { Certificate } from '../../src/snapshot/schema.ts';
import { buildCertificate, buildGap } from '../support/snapshot-builder.ts';

describe('certificateGap', () => {
  it('names the gap of each source that records one, and none for the others', () => {
    expect(certificateGap({ source: 'api-server-tls', name: 'kube-apiserver' })).toBe('apiserver-certificate');
    expect(API_SERVER_CERTIFICATE_GAP).toBe('apiserver-certificate');
    expect(certificateGap({ source: 'kubelet-tls', name: 'rpi-worker-1' })).toBe('kubelet-certificate/rpi-worker-1');
    expect(kubeletCertificateGap('rpi-worker-1')).toBe('kubelet-certificate/rpi-worker-1');
    expect(certificateGap({ source: 'kubeconfig', name: 'kubernetes-admin' })).toBe('kubeconfig-certificate/kubernetes-admin');
    expect(kubeconfigCertificateGap('kubernetes-admin')).toBe('kubeconfig-certificate/kubernetes-admin');
    expect(certificateGap({ source: 'kubeadm', name: 'apiserver' })).toBeNull();
    expect(certificateGap({ source: 'cluster-info', name: 'ca' })).toBeNull();
  });
});

describe('certificatePlaceRead', () => {
  const admin: Certificate = { ...buildCertificate({ name: 'kubernetes-admin', notAfter: '2027-10-21T09:30:00Z' }), id: 'kubeconfig/kubernetes-admin', source: 'kubeconfig' };
  const apiserver: Certificate = { ...buildCertificate({ name: 'kube-apiserver', notAfter: '2027-10-21T09:30:00Z' }), id: 'api-server-tls/kube-apiserver', source: 'api-server-tls' };
  const kubeadm = buildCertificate({ name: 'apiserver', notAfter: '2027-10-21T09:30:00Z' });

  it('is read where the certificate itself is present, even beside a gap of its place', () => {
    const gap = buildGap({ resource: 'kubeconfig-certificate/kubernetes-admin' });
    expect(certificatePlaceRead({ certificates: [admin], gaps: [gap] }, admin)).toBe(true);
  });

  it('is unread where the gap of its place is recorded, though other certificates of that source were read', () => {
    const other = { ...admin, id: 'kubeconfig/ops', name: 'ops' };
    expect(certificatePlaceRead({ certificates: [other], gaps: [buildGap({ resource: 'kubeconfig-certificate/kubernetes-admin' })] }, admin)).toBe(false);
    expect(certificatePlaceRead({ certificates: [other], gaps: [buildGap({ resource: 'kubeconfig-certificate/ops' })] }, admin)).toBe(true);
    expect(certificatePlaceRead({ certificates: [kubeadm], gaps: [buildGap({ resource: 'apiserver-certificate' })] }, apiserver)).toBe(false);
  });

  it('without a gap, is read when its source gave anything at all', () => {
    expect(certificatePlaceRead({ certificates: [kubeadm], gaps: [] }, apiserver)).toBe(false);
    expect(certificatePlaceRead({ certificates: [apiserver], gaps: [] }, { ...apiserver, id: 'api-server-tls/other' })).toBe(true);
    expect(certificatePlaceRead({ certificates: [], gaps: [] }, kubeadm)).toBe(false);
  });
});
