/**
 * kubeletCertificates against real sockets on this machine: a kubelet on IPv6, a node without an
 * address, a port that refuses, and a port that answers but does not speak TLS.
 */
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeletCertificates } from '../../src/snapshot/capture/certificates.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { issueCertificate } from '../fake-api/certs.ts';

const node = (name: string, addresses: { type: string; address: string }[], port?: number): KubeObject => ({
  kind: 'Node', metadata: { name },
  status: { addresses, ...(port ? { daemonEndpoints: { kubeletEndpoint: { Port: port } } } : {}) },
});
const listen = (server: Server, host: string) => new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));
const closeAll: (() => void)[] = [];
afterAll(() => closeAll.forEach((close) => close()));

let kubelet6: number;
let kubelet4: number;
let plainTcp: number;
let closed: number;
beforeAll(async () => {
  const cert = issueCertificate({ cn: 'rpi-worker-1', sans: ['IP:::1'], notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 300 * 86_400_000) });
  const tls = createTlsServer({ cert: cert.certPem, key: cert.keyPem }, (socket) => socket.end());
  tls.on('tlsClientError', () => {});
  kubelet6 = await listen(tls, '::1');
  const tls4 = createTlsServer({ cert: cert.certPem, key: cert.keyPem }, (socket) => socket.end());
  tls4.on('tlsClientError', () => {});
  kubelet4 = await listen(tls4, '127.0.0.1');
  const plain = createTcpServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  plainTcp = await listen(plain, '127.0.0.1');
  const gone = createTcpServer();
  closed = await listen(gone, '127.0.0.1');
  await new Promise<void>((resolve) => gone.close(() => resolve()));
  closeAll.push(() => tls.close(), () => tls4.close(), () => plain.close());
});

describe('kubeletCertificates', () => {
  it('writes an IPv6 kubelet address in brackets in the location, an IPv4 one as it is', async () => {
    const reads = await kubeletCertificates([
      node('rpi-worker-1', [{ type: 'InternalIP', address: '::1' }], kubelet6),
      node('rpi-worker-2', [{ type: 'InternalIP', address: '127.0.0.1' }], kubelet4),
    ], 2000);
    expect(reads.gaps).toEqual([]);
    expect(reads.certificates.map((c) => [c.id, c.source, c.name, c.location]).sort()).toEqual([
      ['kubelet/rpi-worker-1', 'kubelet-tls', 'rpi-worker-1', `rpi-worker-1 [::1]:${kubelet6}`],
      ['kubelet/rpi-worker-2', 'kubelet-tls', 'rpi-worker-2', `rpi-worker-2 127.0.0.1:${kubelet4}`],
    ]);
  });

  it('records a node without an address as an error gap naming the node', async () => {
    expect(await kubeletCertificates([node('rpi-worker-2', [])], 2000)).toEqual({
      certificates: [],
      gaps: [{ resource: 'kubelet-certificate/rpi-worker-2', reason: 'error', message: 'node rpi-worker-2 reports no address' }],
    });
  });

  it('calls a refused port unreachable (normal outside the node network) and a port without TLS an error', async () => {
    const reads = await kubeletCertificates([
      node('refuses', [{ type: 'InternalIP', address: '127.0.0.1' }], closed),
      node('plain-http', [{ type: 'InternalIP', address: '127.0.0.1' }], plainTcp),
    ], 2000);
    expect(reads.certificates).toEqual([]);
    const [plain, refused] = [...reads.gaps].sort((a, b) => a.resource.localeCompare(b.resource));
    expect(refused).toEqual({
      resource: 'kubelet-certificate/refuses', reason: 'unreachable',
      message: `TLS handshake with 127.0.0.1:${closed} failed (ECONNREFUSED); normal when the capture runs outside the node network`,
    });
    expect(plain).toMatchObject({ resource: 'kubelet-certificate/plain-http', reason: 'error' });
    expect(plain!.message).toMatch(new RegExp(`^TLS handshake with 127\\.0\\.0\\.1:${plainTcp} failed \\([A-Z_]+\\)$`));
  });

  it('asks a node\'s InternalIP even when other addresses come first, and its first address when it has no InternalIP', async () => {
    // 127.0.0.2 is loopback too, but nothing listens there: asking it would be refused.
    const reads = await kubeletCertificates([
      node('internal-last', [{ type: 'Hostname', address: '127.0.0.2' }, { type: 'ExternalIP', address: '127.0.0.2' }, { type: 'InternalIP', address: '127.0.0.1' }], kubelet4),
      node('no-internal', [{ type: 'ExternalIP', address: '127.0.0.1' }, { type: 'Hostname', address: '127.0.0.2' }], kubelet4),
    ], 2000);
    expect(reads.gaps).toEqual([]);
    expect(reads.certificates.map((c) => c.location).sort()).toEqual([`internal-last 127.0.0.1:${kubelet4}`, `no-internal 127.0.0.1:${kubelet4}`]);
  });

  it.each([
    [0, 10250],
    [65536, 10250],
    [-1, 10250],
    [65535, 65535],
  ])('a reported kubelet port of %i is asked as %i', async (reported, asked) => {
    const reads = await kubeletCertificates([{ kind: 'Node', metadata: { name: 'n' }, status: { addresses: [{ type: 'InternalIP', address: '127.0.0.2' }], daemonEndpoints: { kubeletEndpoint: { Port: reported } } } }], 2000);
    expect(reads.gaps.map((gap) => gap.message)).toEqual([`TLS handshake with 127.0.0.2:${asked} failed (ECONNREFUSED); normal when the capture runs outside the node network`]);
  });
});
