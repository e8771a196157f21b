import { X509Certificate } from 'node:crypto';
import type { Certificate } from './schema.ts';
import { isoTime } from './time.ts';

/** Where a certificate lives and what it is, before its X.509 facts are known. */
export type CertificatePlace = Pick<Certificate, 'id' | 'source' | 'name' | 'location'>;

/** The facts kept of a parsed certificate; nothing of the key or the certificate itself. */
export function certificateFacts(certificate: X509Certificate, place: CertificatePlace): Certificate {
  return {
    ...place,
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    sans: (certificate.subjectAltName ?? '').split(', ').filter(Boolean),
    notBefore: isoTime(new Date(certificate.validFrom)),
    notAfter: isoTime(new Date(certificate.validTo)),
    selfSigned: isSelfSigned(certificate),
    isCA: certificate.ca,
    caName: null,
    externallyManaged: null,
    missing: false,
  };
}

/** A certificate from PEM or DER bytes (or base64 of either), or null when they are not one. */
export function parseCertificate(bytes: Buffer | string): X509Certificate | null {
  try {
    return new X509Certificate(typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes);
  } catch {
    return null;
  }
}

/** The cluster CA of `kube-public/cluster-info`, before its X.509 facts. */
export function clusterCaBase(): Certificate {
  return {
    id: 'cluster-info/ca', source: 'cluster-info', name: 'ca', location: 'kube-public/configmaps/cluster-info',
    subject: null, issuer: null, sans: [], notBefore: null, notAfter: null,
    selfSigned: null, isCA: true, caName: null, externallyManaged: null, missing: false,
  };
}

/** Issued by itself and verified by its own public key: a kubelet's default serving certificate, or a root CA. */
function isSelfSigned(certificate: X509Certificate): boolean {
  try {
    return certificate.checkIssued(certificate) && certificate.verify(certificate.publicKey);
  } catch {
    return false;
  }
}

/** node:crypto prints a DN one attribute per line; a table wants `CN=kube-apiserver, O=…`. */
function oneLine(name: string): string {
  return name.split('\n').join(', ');
}
