/** The gap names of certificate reads; browser-safe (no node:crypto), so history code can ask whether a place was read. */
import type { Certificate } from './schema.ts';

/** The gap a snapshot carries when the API server's TLS certificate could not be read. */
export const API_SERVER_CERTIFICATE_GAP = 'apiserver-certificate';

/** The gap name of one node's kubelet serving certificate (`kubelet-certificate/rpi-worker-1`). */
export function kubeletCertificateGap(node: string): string {
  return `kubelet-certificate/${node}`;
}

/** The gap name of a kubeconfig user's client certificate that could not be read. */
export function kubeconfigCertificateGap(user: string): string {
  return `kubeconfig-certificate/${user}`;
}

/** The gap a snapshot records when it could not read where `certificate` lives; null for sources that record none. */
export function certificateGap(certificate: Pick<Certificate, 'source' | 'name'>): string | null {
  switch (certificate.source) {
    case 'api-server-tls': return API_SERVER_CERTIFICATE_GAP;
    case 'kubelet-tls': return kubeletCertificateGap(certificate.name);
    case 'kubeconfig': return kubeconfigCertificateGap(certificate.name);
    default: return null;
  }
}
