import { daysLeft, expirySeverity } from '../certificate-expiry.ts';
import type { Certificate, Snapshot } from '../schema.ts';
import { defineRule } from './rule.ts';

/** A kubelet's own self-signed serving certificate, which nothing renews (its own rule handles it). */
export function isSelfSignedKubelet(certificate: Certificate): boolean {
  return certificate.source === 'kubelet-tls' && certificate.selfSigned === true;
}

/** The certificates worth one finding each: the cluster CA once (kubeadm's copy wins over cluster-info's). */
function expiringCandidates(snapshot: Snapshot): Certificate[] {
  const kubeadmCa = snapshot.certificates.some((c) => c.id === 'kubeadm/ca');
  return snapshot.certificates.filter((c) => !isSelfSignedKubelet(c) && !(kubeadmCa && c.source === 'cluster-info'));
}

const evidence = { name: 'string', source: 'string', location: 'string', notAfter: 'string', daysLeft: 'number' } as const;

/** certificate-expiring: any known certificate expires within 30 days (warning) or 7 days / has expired (critical). */
export const certificateExpiring = defineRule({
  id: 'certificate-expiring',
  label: '証明書の期限',
  topics: ['certificates'],
  evidence,
  find: ({ current }) =>
    expiringCandidates(current).flatMap((certificate) => {
      const severity = expirySeverity(certificate, current.capturedAt);
      if (!severity) return [];
      const { id, name, source, location, notAfter } = certificate;
      return [{ subject: { kind: 'Certificate', name: id }, severity, evidence: { name, source, location, notAfter: notAfter!, daysLeft: daysLeft(certificate, current.capturedAt)! } }];
    }),
  text: ({ evidence: e }, tools) => ({
    title: `証明書 ${e.name} ${e.daysLeft < 0 ? 'の有効期限が切れている' : 'の有効期限が近い'}`,
    evidence: `${tools.certificateSource(e.source)}、場所 ${e.location}。有効期限 ${tools.time(e.notAfter)}、${tools.daysLeft(e.daysLeft)}`,
  }),
});

/**
 * kubelet-serving-self-signed: a kubelet serves with its own self-signed certificate (no
 * serverTLSBootstrap) that expires within 30 days. Nothing renews it: the kubelet only makes one
 * when the file is missing.
 */
export const kubeletServingSelfSigned = defineRule({
  id: 'kubelet-serving-self-signed',
  label: '自己署名の kubelet 証明書の期限',
  topics: ['kubelet-serving-certificate', 'certificates'],
  evidence,
  find: ({ current }) =>
    current.certificates.filter(isSelfSignedKubelet).flatMap((certificate) => {
      const severity = expirySeverity(certificate, current.capturedAt);
      if (!severity) return [];
      const { id, name, source, location, notAfter } = certificate;
      return [{ subject: { kind: 'Certificate', name: id }, severity, evidence: { name, source, location, notAfter: notAfter!, daysLeft: daysLeft(certificate, current.capturedAt)! } }];
    }),
  text: ({ evidence: e }, tools) => ({
    title: `ノード ${e.name} の kubelet が自己署名の証明書を使っていて、${e.daysLeft < 0 ? '期限が切れている' : '期限が近い'}`,
    evidence: `${e.location}。有効期限 ${tools.time(e.notAfter)}、${tools.daysLeft(e.daysLeft)}。kubelet はこの証明書を自動では更新しない`,
  }),
});
