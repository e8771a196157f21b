/**
 * The node-side certificate listings `--certs` imports: `kubeadm certs check-expiration -o json` and
 * `k3s certificate check --output json`, told apart by their shape. Pure: dump.ts reads the files.
 */
import { isK3sCertificateCheck, readK3sCertificateCheck } from './k3s-certs.ts';
import { isKubeadmExpiration, readKubeadmExpiration } from './kubeadm-certs.ts';
import type { Certificate } from './schema.ts';

/** Which tool wrote a listing. */
export type CertificateTool = 'kubeadm' | 'k3s';

/** The tool that wrote `document`, or null when it is neither listing. */
export function certificateToolOf(document: Record<string, unknown>): CertificateTool | null {
  if (isKubeadmExpiration(document)) return 'kubeadm';
  if (isK3sCertificateCheck(document)) return 'k3s';
  return null;
}

/** The certificates of a listing written by `tool`. */
export function readCertificateListing(tool: CertificateTool, document: Record<string, unknown>, where: string): Certificate[] {
  return tool === 'kubeadm' ? readKubeadmExpiration(document, where) : readK3sCertificateCheck(document, where);
}

/** The commands that write what `--certs` reads, for messages and help. */
export const CERTIFICATE_COMMANDS = 'sudo kubeadm certs check-expiration -o json, or sudo k3s certificate check --output json';
