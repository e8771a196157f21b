import { readFile } from 'node:fs/promises';
import { certificateFacts, parseCertificate } from '../certificate-facts.ts';
import { API_SERVER_CERTIFICATE_GAP, kubeconfigCertificateGap, kubeletCertificateGap } from '../certificate-gaps.ts';
import { isRecord, objs } from '../normalize/fields.ts';
import type { KubeObject } from '../raw.ts';
import { redactText } from '../redact.ts';
import type { Certificate, Gap } from '../schema.ts';
import type { Connection } from './connection.ts';
import { pool } from './pool.ts';
import { PeerError, peerCertificate } from './tls-peer.ts';

/** The kubelet's port when the Node does not say (`status.daemonEndpoints.kubeletEndpoint.Port`). */
const KUBELET_PORT = 10250;
/** Handshakes run this many at a time: a laptop outside the node network waits out each timeout. */
const KUBELET_CONCURRENCY = 8;

/** What the certificate reads found: certificates, and gaps for what could not be reached. */
export type CertificateReads = { certificates: Certificate[]; gaps: Gap[] };

/** The API server's serving certificate, from a handshake with the capture's server (no request, no permission). */
export async function apiServerCertificate(conn: Connection, timeoutMs: number): Promise<CertificateReads> {
  const cluster = conn.kc.getCurrentCluster();
  const location = conn.server.origin;
  if (conn.server.protocol !== 'https:' || cluster?.proxyUrl) {
    const why = cluster?.proxyUrl ? 'the API is reached through a proxy' : 'the API is not reached over TLS';
    return { certificates: [], gaps: [{ resource: API_SERVER_CERTIFICATE_GAP, reason: 'error', message: `${why}: ${location} presents no certificate of its own to the capture` }] };
  }
  try {
    const port = Number(conn.server.port) || 443;
    // Stryker disable next-line Regex: a URL's hostname has brackets only around an IPv6 address, first and last, so dropping either anchor changes nothing
    const x509 = await peerCertificate(conn.server.hostname.replace(/^\[|\]$/g, ''), port, { timeoutMs, servername: cluster?.tlsServerName });
    return { certificates: [certificateFacts(x509, { id: 'tls/apiserver', source: 'api-server-tls', name: 'apiserver', location })], gaps: [] };
  } catch (error) {
    return { certificates: [], gaps: [{ resource: API_SERVER_CERTIFICATE_GAP, reason: 'error', message: redactText((error as Error).message) }] };
  }
}

/**
 * The client certificate of the kubeconfig user the capture runs as (admin.conf's expires with
 * kubeadm's others). None for token, exec or in-cluster credentials: that is not a gap.
 */
export async function kubeconfigCertificate(conn: Connection): Promise<CertificateReads> {
  const user = conn.kc.getCurrentUser();
  if (!user || (!user.certData && !user.certFile)) return { certificates: [], gaps: [] };
  const where = user.certData ? `users[${user.name}].client-certificate-data` : `users[${user.name}].client-certificate ${user.certFile}`;
  const gap = (message: string): CertificateReads => ({ certificates: [], gaps: [{ resource: kubeconfigCertificateGap(user.name), reason: 'error', message }] });
  let bytes: Buffer | string;
  try {
    bytes = user.certData ? user.certData : await readFile(user.certFile!);
  } catch (error) {
    return gap(`${where}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const x509 = parseCertificate(bytes);
  if (!x509) return gap(`${where}: not a PEM or DER certificate`);
  return { certificates: [certificateFacts(x509, { id: `kubeconfig/${user.name}`, source: 'kubeconfig', name: user.name, location: `kubeconfig ${where}` })], gaps: [] };
}

/** A node's InternalIP (else its first address) and kubelet port, as its status reports them. */
function kubeletAddress(node: KubeObject): { host: string; port: number } | null {
  const status = isRecord(node.status) ? node.status : {};
  const addresses = objs(status.addresses);
  const address = addresses.find((a) => a.type === 'InternalIP') ?? addresses[0];
  if (typeof address?.address !== 'string') return null;
  const endpoint = isRecord(status.daemonEndpoints) && isRecord(status.daemonEndpoints.kubeletEndpoint) ? status.daemonEndpoints.kubeletEndpoint : {};
  const port = typeof endpoint.Port === 'number' && endpoint.Port > 0 && endpoint.Port < 65536 ? endpoint.Port : KUBELET_PORT;
  return { host: address.address, port };
}

/**
 * Each node's kubelet serving certificate, from a handshake with its address and kubelet port,
 * bounded by `timeoutMs`. A kubelet out of reach is a gap (`unreachable`): normal from a machine
 * outside the node network, so the run goes on.
 */
export async function kubeletCertificates(nodes: readonly KubeObject[], timeoutMs: number): Promise<CertificateReads> {
  const reads: CertificateReads = { certificates: [], gaps: [] };
  await pool(
    nodes.map((node) => async () => {
      const name = node.metadata?.name ?? '';
      const address = kubeletAddress(node);
      const resource = kubeletCertificateGap(name);
      if (!address) {
        reads.gaps.push({ resource, reason: 'error', message: `node ${name} reports no address` });
        return;
      }
      const location = `${name} ${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
      try {
        const x509 = await peerCertificate(address.host, address.port, { timeoutMs });
        reads.certificates.push(certificateFacts(x509, { id: `kubelet/${name}`, source: 'kubelet-tls', name, location }));
      } catch (error) {
        const unreachable = error instanceof PeerError && error.kind !== 'other';
        const note = unreachable ? '; normal when the capture runs outside the node network' : '';
        reads.gaps.push({ resource, reason: unreachable ? 'unreachable' : 'error', message: `${redactText((error as Error).message)}${note}` });
      }
    }),
    KUBELET_CONCURRENCY,
  );
  return reads;
}
