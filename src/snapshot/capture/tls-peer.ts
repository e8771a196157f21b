import type { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import tls from 'node:tls';

/** Why a handshake gave no certificate: `timeout` / `refused` mean the port is out of reach from here. */
export class PeerError extends Error {
  constructor(readonly kind: 'timeout' | 'refused' | 'other', message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * The certificate a TLS server presents, from a handshake that sends no request and no credential.
 * The chain is not verified: a self-signed kubelet certificate is exactly what we want to see.
 */
export function peerCertificate(host: string, port: number, options: { timeoutMs: number; servername?: string }): Promise<X509Certificate> {
  const servername = options.servername ?? (isIP(host) ? undefined : host);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername, rejectUnauthorized: false });
    const finish = (result: X509Certificate | PeerError) => {
      clearTimeout(timer);
      socket.destroy();
      if (result instanceof PeerError) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(() => finish(new PeerError('timeout', `no TLS handshake with ${host}:${port} within ${options.timeoutMs} ms`)), options.timeoutMs);
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerX509Certificate();
      finish(certificate ?? new PeerError('other', `${host}:${port} presented no certificate`));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      const unreachable = ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET'].includes(code);
      finish(new PeerError(unreachable ? 'refused' : 'other', `TLS handshake with ${host}:${port} failed (${code})`, { cause: error }));
    });
  });
}
