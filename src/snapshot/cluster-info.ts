import { X509Certificate } from 'node:crypto';
import { parse } from 'yaml';
import type { KubeObject } from './raw.ts';
import type { ClusterInfo } from './schema.ts';
import { isoTime } from './time.ts';

type Kubeconfig = { clusters?: { cluster?: { server?: unknown; 'certificate-authority-data'?: unknown } }[] };

/**
 * The facts `kubeadm join` discovers from `kube-public/cluster-info`: the API server URL and the
 * cluster CA's subject and expiry. A field that cannot be read is null rather than an error: a
 * damaged cluster-info is itself worth showing as 不明.
 */
export function readClusterInfo(configMap: KubeObject): ClusterInfo {
  const text = (configMap.data as Record<string, unknown> | undefined)?.kubeconfig;
  let cluster: NonNullable<NonNullable<Kubeconfig['clusters']>[number]['cluster']> | undefined;
  try {
    cluster = typeof text === 'string' ? (parse(text) as Kubeconfig | null)?.clusters?.[0]?.cluster : undefined;
  } catch {
    cluster = undefined;
  }
  const server = typeof cluster?.server === 'string' ? cluster.server : null;
  const ca = typeof cluster?.['certificate-authority-data'] === 'string' ? readCertificate(cluster['certificate-authority-data']) : null;
  return { server, caSubject: ca?.subject ?? null, caNotAfter: ca?.notAfter ?? null };
}

/** Subject (one line, `CN=kubernetes`) and notAfter of a base64 PEM or DER certificate. */
function readCertificate(base64: string): { subject: string; notAfter: string } | null {
  try {
    const certificate = new X509Certificate(Buffer.from(base64, 'base64'));
    return {
      subject: certificate.subject.split('\n').filter(Boolean).join(', '),
      notAfter: isoTime(new Date(certificate.validTo)),
    };
  } catch {
    return null;
  }
}
