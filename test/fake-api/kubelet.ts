import { createServer } from 'node:tls';
import type { AddressInfo } from 'node:net';

/** A TLS listener on 127.0.0.1 that presents a kubelet's serving certificate and answers nothing. */
export type FakeKubelet = { port: number; close(): Promise<void> };

/** Starts a fake kubelet port presenting `cert` (self-signed like a default kubelet's, or CA-signed). */
export async function startFakeKubelet(cert: { certPem: string; keyPem: string }): Promise<FakeKubelet> {
  const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (socket) => socket.end());
  // A client that hangs up right after the handshake leaves a reset here; a kubelet ignores it too.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
