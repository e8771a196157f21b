/**
 * The certificate rules' choices: the cluster CA is one card (kubeadm's copy over cluster-info's,
 * cluster-info's when kubeadm's is not known), a self-signed certificate that is no kubelet's stays
 * with certificate-expiring, and a certificate hours from its end is near, not expired.
 */
import { describe, expect, it } from 'vitest';
import { findings, type Finding } from '../../src/snapshot/findings.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import type { Certificate } from '../../src/snapshot/schema.ts';
import { buildCertificate, buildSnapshot } from '../support/snapshot-builder.ts';

const NOW = '2026-11-24T09:30:00Z';
const IN_A_WEEK = '2026-12-01T09:30:00Z';
const certificateFindings = (certificates: Certificate[]) =>
  findings(buildSnapshot({ capturedAt: NOW, certificates }), null)
    .filter((f) => f.rule === 'certificate-expiring' || f.rule === 'kubelet-serving-self-signed')
    .map((f: Finding) => [f.rule, f.subject.name]);

const clusterInfoCa = buildCertificate({ id: 'cluster-info/ca', source: 'cluster-info', name: 'ca', location: 'kube-public/configmaps/cluster-info', notAfter: IN_A_WEEK, caName: null });

describe('certificate-expiring: the cluster CA once', () => {
  it("shows kubeadm's CA and not cluster-info's copy of it", () => {
    expect(certificateFindings([buildCertificate({ name: 'ca', notAfter: IN_A_WEEK, caName: null }), clusterInfoCa])).toEqual([['certificate-expiring', 'kubeadm/ca']]);
  });

  it("shows cluster-info's CA when kubeadm's CA is not among the certificates, next to other kubeadm ones", () => {
    expect(certificateFindings([buildCertificate({ name: 'apiserver', notAfter: IN_A_WEEK }), clusterInfoCa])).toEqual([
      ['certificate-expiring', 'cluster-info/ca'],
      ['certificate-expiring', 'kubeadm/apiserver'],
    ]);
  });

  it("shows cluster-info's CA alone", () => {
    expect(certificateFindings([clusterInfoCa])).toEqual([['certificate-expiring', 'cluster-info/ca']]);
  });

  it("keeps a self-signed CA that is no kubelet's with certificate-expiring", () => {
    expect(certificateFindings([buildCertificate({ name: 'ca', notAfter: IN_A_WEEK, caName: null, selfSigned: true, isCA: true })])).toEqual([['certificate-expiring', 'kubeadm/ca']]);
  });
});

describe('certificate texts: hours before the end is near, not expired', () => {
  const twelveHoursLeft = '2026-11-24T21:30:00Z';

  it('says a kubeadm certificate 12 hours from its end (0 whole days left) is near its end', () => {
    const [f] = findings(buildSnapshot({ capturedAt: NOW, certificates: [buildCertificate({ name: 'apiserver', notAfter: twelveHoursLeft })] }), null);
    expect(f?.evidence).toMatchObject({ daysLeft: 0 });
    expect(describeFinding(f!).title).toBe('証明書 apiserver の有効期限が近い');
  });

  it("says a kubelet's self-signed certificate 12 hours from its end is near its end", () => {
    const certificate = buildCertificate({
      id: 'kubelet/rpi-worker-1', source: 'kubelet-tls', name: 'rpi-worker-1', location: 'rpi-worker-1 192.168.1.11:10250',
      notAfter: twelveHoursLeft, selfSigned: true, caName: null,
    });
    const [f] = findings(buildSnapshot({ capturedAt: NOW, certificates: [certificate] }), null);
    expect(f?.rule).toBe('kubelet-serving-self-signed');
    expect(describeFinding(f!).title).toBe('ノード rpi-worker-1 の kubelet が自己署名の証明書を使っていて、期限が近い');
  });
});
